/**
 * Finds runs of capitalised words that the curated index did not recognise: the candidates the
 * fallback gazetteer is asked about ("Fallujah", "Tikrit" in an article the curators never saw).
 */
import type { Span } from '../types';

// Capitalised words that open sentences or name things other than places far more often than not.
const NOT_NAMES = new Set(
	(
		'a an the and or but if of in on at to for from by with as is it its this that these those he she they we ' +
		'his her their our you i after before since while when where who what why how there here then than also ' +
		'january february march april may june july august september october november december ' +
		'monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr gen general president prime minister ' +
		'sunni sunnis shia shiite shiites muslim muslims islam islamic christian jewish arab arabs kurdish kurds ' +
		'american americans iranian iranians iraqi iraqis syrian syrians israeli western eastern northern southern ' +
		'god bible latest news must read one two three four five many some most all no not even so yet still ' +
		'however indeed meanwhile today yesterday last next new old former senior top chief army police state'
	).split(' ')
);

const WORD = /^[\p{Lu}][\p{L}'’-]*$/u;
const CONNECTOR = /^(al|el|as|ad|an|ar|at|az|ash|de|del|da|bin|ibn|abu|umm)$/i;

/** A run of capitalised words and whether it opens a sentence. */
export interface CapitalisedName extends Span {
	text: string;
	sentenceInitial: boolean;
}

/**
 * Returns capitalised word runs (at most `maxWords` words, connectors like "al-" allowed inside)
 * within `spans`, skipping the `taken` spans that the curated index already matched.
 *
 * @example findCapitalisedNames('He went to Tikrit.', [{ start: 0, end: 18 }], [])[0].text === 'Tikrit'
 */
export function findCapitalisedNames(
	text: string,
	spans: readonly Span[],
	taken: readonly Span[],
	maxWords = 3
): CapitalisedName[] {
	const out: CapitalisedName[] = [];
	for (const span of spans) {
		const words = [...text.slice(span.start, span.end).matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((m) => ({
			start: span.start + m.index,
			end: span.start + m.index + m[0].length,
			text: m[0].replace(/['’]s$/, '')
		}));
		let run: typeof words = [];
		const flush = () => {
			while (run.length && CONNECTOR.test(run[run.length - 1]!.text)) run.pop();
			if (run.length && run.length <= maxWords) {
				const first = run[0]!;
				const last = run[run.length - 1]!;
				const name = text.slice(first.start, last.start + last.text.length);
				if (!(run.length === 1 && NOT_NAMES.has(name.toLowerCase()))) {
					out.push({ start: first.start, end: first.start + name.length, text: name, sentenceInitial: opensSentence(text, first.start) });
				}
			}
			run = [];
		};
		for (let i = 0; i < words.length; i++) {
			const w = words[i]!;
			const gap = run.length ? text.slice(run[run.length - 1]!.end, w.start) : '';
			const isTaken = taken.some((t) => t.start < w.end && w.start < t.end);
			const continues = run.length > 0 && /^ $/.test(gap);
			if (!isTaken && WORD.test(w.text) && !NOT_NAMES.has(w.text.toLowerCase())) {
				if (!continues) flush();
				run.push(w);
			} else if (!isTaken && continues && CONNECTOR.test(w.text.split(/[-‐]/)[0]!)) {
				run.push(w);
			} else {
				flush();
			}
		}
		flush();
	}
	return out;
}

function opensSentence(text: string, at: number): boolean {
	let i = at - 1;
	while (i >= 0 && /[\s“"‘(]/.test(text[i]!)) {
		if (text[i] === '\n') return true;
		i--;
	}
	return i < 0 || /[.!?…:]/.test(text[i]!);
}
