/**
 * Finds every indexed name in the body of a text: at each word the longest alias whose case fits
 * wins, so "Islamic State of Iraq and Syria" is one group, not a group and two countries. The words
 * are walked by the one matcher the geoparser uses too (text/longest-name-at.ts).
 */
import { wordCapitals, type NameIndex, type NameEntry } from '../gazetteer/build-name-index';
import { longestNameAt } from '../text/longest-name-at';
import { tokenize, type Token } from '../text/tokenize';
import type { NameMatch, Span } from '../types';

/**
 * Returns the matches inside the given spans of `text`, in text order, as spans of the original text.
 *
 * @example matchNames('Iraq’s army', [{ start: 0, end: 11 }], index)[0].text === 'Iraq'
 */
export function matchNames(text: string, spans: readonly Span[], index: NameIndex): NameMatch[] {
	const matches: NameMatch[] = [];
	for (const span of spans) {
		const piece = text.slice(span.start, span.end);
		const tokens = tokenize(piece);
		const fitting = (entries: readonly NameEntry[], first: number, last: number) => entries.find((e) => fitsCase(tokens, first, last, piece, e));
		for (let i = 0; i < tokens.length; i++) {
			const m = longestNameAt(piece, tokens, i, index, fitting);
			if (!m) continue;
			const start = span.start + m.start;
			const end = span.start + m.end;
			matches.push({ start, end, text: text.slice(start, end), targets: m.value.targets });
			i = m.last;
		}
	}
	return matches;
}

function fitsCase(tokens: readonly Token[], first: number, last: number, text: string, entry: NameEntry): boolean {
	if (entry.caseRule === 'any') return true;
	if (entry.caseRule === 'all-caps') {
		const letters = text.slice(tokens[first]!.start, tokens[last]!.end).replace(/[^\p{L}]/gu, '');
		return letters === letters.toUpperCase();
	}
	// Every word the alias capitalises must be capitalised in the text: "an Islamic state" is not the Islamic State.
	const capitals = wordCapitals(tokens.slice(first, last + 1));
	return entry.capitals.every((capital, i) => !capital || capitals[i] === true);
}
