/**
 * Splits article text into sentences. Written for English news prose: titles and initials
 * ("Maj. Gen.", "Michael R. Gordon", "U.S. forces") do not end a sentence, a blank line always does.
 */
import type { Span } from '../types';

const ABBREVIATIONS = new Set(
	[
		'mr', 'mrs', 'ms', 'dr', 'gen', 'maj', 'lt', 'col', 'capt', 'sgt', 'adm', 'rear', 'gov', 'sen', 'rep',
		'st', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
		'dec', 'inc', 'co', 'corp', 'jr', 'sr', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'ayatollah'
	].map((a) => a.toLowerCase())
);

const CLOSERS = `"'”’)]»`;
// Captured pages often put a no-break space after a full stop.
const SPACE = /[ \t\u00a0\u2009\u202f]/;

/**
 * Returns the sentence spans inside [from, to) of `text`, trimmed of surrounding white space.
 *
 * @example splitSentences('Gen. Suleimani flew. He met Mr. Maliki.').length === 2
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
	const spans: Span[] = [];
	let start = from;
	const push = (end: number) => {
		let s = start;
		let e = end;
		while (s < e && /\s/.test(text[s]!)) s++;
		while (e > s && /\s/.test(text[e - 1]!)) e--;
		if (e > s) spans.push({ start: s, end: e });
		start = end;
	};
	for (let i = from; i < to; i++) {
		const ch = text[i]!;
		if (ch === '\n') {
			// A line break ends a sentence: captured pages put headings, captions and paragraphs on lines.
			push(i);
			continue;
		}
		if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
		let j = i + 1;
		while (j < to && CLOSERS.includes(text[j]!)) j++;
		if (j < to && !SPACE.test(text[j]!)) continue;
		let k = j;
		while (k < to && SPACE.test(text[k]!)) k++;
		if (k >= to) continue;
		const next = text[k]!;
		if (!/[\p{Lu}\d“"‘'(\[]/u.test(next)) continue;
		if (ch === '.' && endsWithAbbreviation(text, start, i)) continue;
		push(j);
	}
	push(to);
	return spans;
}

function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
	let w = dot;
	while (w > from && /[\p{L}.]/u.test(text[w - 1]!)) w--;
	const word = text.slice(w, dot);
	if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Michael R. Gordon"
	return ABBREVIATIONS.has(word.toLowerCase());
}
