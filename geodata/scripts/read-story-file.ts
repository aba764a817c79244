/** Reads a story (YAML) and checks it against the Story schema, naming the line, step and field of any fault. */
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { Story } from '../../src/lib/domain/records/schema';
import { checkAgainst, type JsonFile } from './read-json-file';

/**
 * Parses `path` (named `file` in messages). Steps are named by number and heading, e.g.
 * `steps[3] (step 4, "The fall of Mosul") › view`.
 */
export async function readStoryFile(path: string, file: string): Promise<JsonFile<Story>> {
	const raw = await readFile(path, 'utf8').catch(() => undefined);
	if (raw === undefined) return { ok: false, problems: [{ file, message: 'cannot read the file; restore it' }] };
	if (!raw.trim()) return { ok: false, problems: [{ file, message: 'the file is empty; a story needs a title and steps' }] };
	const doc = parseDocument(raw, { prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length) {
		return {
			ok: false,
			problems: doc.errors.slice(0, 10).map((e) => ({
				file,
				where: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : undefined,
				message: `not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}; fix the syntax there`
			}))
		};
	}
	return checkAgainst(Story, doc.toJS(), file, describeStep);
}

function describeStep(root: unknown, path: readonly PropertyKey[]): string {
	const [first, index, ...rest] = path;
	if (first === 'steps' && typeof index === 'number') {
		const heading = (root as { steps?: { heading?: unknown }[] }).steps?.[index]?.heading;
		const name = typeof heading === 'string' ? `, "${heading}"` : '';
		return `steps[${index}] (step ${index + 1}${name})${rest.length ? ` › ${rest.map(String).join('.')}` : ''}`;
	}
	return path.map(String).join('.') || '(top level)';
}
