import { countNoun } from '../format/count-noun';

/** A problem with a curated input, named so a curator can find and fix it. */
export interface InputProblem {
	/** The file, relative to the project root, e.g. "geodata/events.json". */
	file: string;
	/** The record (its id, or its position) and the field, e.g. 'event "amerli-siege" › claims[0].quote'. */
	where?: string;
	message: string;
}

/** Formats a problem as one line: file, record and field, then what is wrong and what to do. */
export function formatProblem(p: InputProblem): string {
	return p.where ? `${p.file}: ${p.where}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Thrown when inputs are wrong; carries every problem found, not just the first. */
export class InputError extends Error {
	constructor(readonly problems: readonly InputProblem[]) {
		super(`${countNoun(problems.length, 'problem')} in the inputs:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
		this.name = 'InputError';
	}
}
