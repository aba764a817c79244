/**
 * Finds every indexed name in the body of a text: at each word start the longest alias wins, so
 * "Islamic State of Iraq and Syria" is one group, not a group and two countries.
 */
import type { NameIndex, NameEntry } from '../gazetteer/build-name-index';
import { foldText } from '../text/fold-text';
import type { NameMatch, Span } from '../types';

const WORD = /[\p{L}\p{N}]/u;
const WORD_BREAK = /[\s\-‐‑‒–—_]+/u;

/**
 * Returns the matches inside the given spans of `text`, in text order, as spans of the original text.
 *
 * @example matchNames('Iraq’s army', [{ start: 0, end: 11 }], index)[0].text === 'Iraq'
 */
export function matchNames(text: string, spans: readonly Span[], index: NameIndex): NameMatch[] {
	const matches: NameMatch[] = [];
	for (const span of spans) {
		const { folded, origin } = foldText(text.slice(span.start, span.end));
		let p = 0;
		while (p < folded.length) {
			const atWordStart = WORD.test(folded[p]!) && (p === 0 || !WORD.test(folded[p - 1]!));
			const entry = atWordStart ? longestAt(folded, origin, p, text, span.start, index) : undefined;
			if (!entry) {
				p++;
				continue;
			}
			const end = p + entry.folded.length;
			const start = span.start + origin[p]!;
			const stop = span.start + origin[end - 1]! + 1;
			matches.push({ start, end: stop, text: text.slice(start, stop), targets: entry.targets });
			p = end;
		}
	}
	return matches;
}

function longestAt(
	folded: string,
	origin: number[],
	p: number,
	text: string,
	offset: number,
	index: NameIndex
): NameEntry | undefined {
	const bucket = index.buckets.get(folded.slice(p, p + 2));
	if (!bucket) return undefined;
	for (const entry of bucket) {
		const end = p + entry.folded.length;
		if (!folded.startsWith(entry.folded, p)) continue;
		if (end < folded.length && WORD.test(folded[end]!) && WORD.test(folded[end - 1]!)) continue;
		const original = text.slice(offset + origin[p]!, offset + origin[end - 1]! + 1);
		if (fitsCase(original, entry)) return entry;
	}
	return undefined;
}

function fitsCase(original: string, entry: NameEntry): boolean {
	if (entry.caseRule === 'any') return true;
	if (entry.caseRule === 'all-caps') {
		const letters = original.replace(/[^\p{L}]/gu, '');
		return letters === letters.toUpperCase();
	}
	// Every word the alias capitalises must be capitalised in the text: "an Islamic state" is not the Islamic State.
	const words = original.split(WORD_BREAK);
	return entry.capitals.every((capital, i) => !capital || isCapital(words[i] ?? ''));
}

function isCapital(word: string): boolean {
	const first = word.replace(/^[^\p{L}]+/u, '')[0] ?? '';
	return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase();
}
