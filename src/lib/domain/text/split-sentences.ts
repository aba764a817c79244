/**
 * Splits article text into sentences. Written for English news prose: titles and initials
 * ("Maj. Gen.", "Michael R. Gordon", "U.S. forces") do not end a sentence, a line break always does,
 * and a quotation stays with its speaker: no sentence ends inside “…”, nor between a closing quote and
 * its attribution (“Are Americans afraid …?” Rouhani asked.).
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
const SAY =
	'said|says|asked|asks|told|tells|added|adds|wrote|writes|replied|replies|explained|insisted|noted|argued|continued|declared|stated|warned|claimed|recalled|concluded|remarked|answered|admitted|acknowledged';
/** Up to four capitalised words and a verb of saying: the speaker after a quote ("Admiral Kirby said"). */
const ATTRIBUTION = new RegExp(`^(?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,4}(?:${SAY})\\b|^(?:${SAY})\\b`, 'u');

/**
 * Returns the sentence spans inside [from, to) of `text`, trimmed of surrounding white space.
 *
 * @example splitSentences('Gen. Suleimani flew. He met Mr. Maliki.').length === 2
 * @example splitSentences('“Are they afraid? Why?” Rouhani asked. He left.').length === 2
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
	const spans: Span[] = [];
	const quotes = quotations(text, from, to);
	let q = 0;
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
		while (q < quotes.length && quotes[q]!.end <= j) q++;
		if (insideQuotation(quotes, q, j)) continue;
		if (/[”"]/.test(text.slice(i + 1, j)) && ATTRIBUTION.test(text.slice(k, k + 80))) continue;
		push(j);
	}
	push(to);
	return spans;
}

/**
 * The quotations inside [from, to), each from its opening to just after its closing mark, in order of
 * their start. A quote must close on its own line, so an unbalanced mark cannot swallow a paragraph;
 * straight quotes count only when balanced on the line. A line that is one quotation from end to end
 * is a block quotation (an excerpt, not a speaker's words) and is split as ordinary text.
 */
function quotations(text: string, from: number, to: number): Span[] {
	const out: Span[] = [];
	let lineStart = from;
	for (let i = from; i <= to; i++) {
		if (i < to && text[i] !== '\n') continue;
		// One by one: spreading a line's quotations into push() overflows the stack on a line of 100,000 quotes.
		for (const q of lineQuotations(text, lineStart, i)) out.push(q);
		lineStart = i + 1;
	}
	return out.sort((a, b) => a.start - b.start);
}

function lineQuotations(text: string, from: number, to: number): Span[] {
	const found: Span[] = [];
	const open: number[] = [];
	const straight: number[] = [];
	for (let i = from; i < to; i++) {
		const ch = text[i];
		if (ch === '“') open.push(i);
		else if (ch === '”' && open.length) found.push({ start: open.pop()!, end: i + 1 });
		else if (ch === '"') straight.push(i);
	}
	if (straight.length % 2 === 0) {
		for (let n = 0; n < straight.length; n += 2) found.push({ start: straight[n]!, end: straight[n + 1]! + 1 });
	}
	let s = from;
	let e = to;
	while (s < e && /\s/.test(text[s]!)) s++;
	while (e > s && /\s/.test(text[e - 1]!)) e--;
	return found.filter((r) => !(r.start === s && r.end === e));
}

function insideQuotation(quotes: readonly Span[], first: number, at: number): boolean {
	for (let n = first; n < quotes.length && quotes[n]!.start < at; n++) if (at < quotes[n]!.end) return true;
	return false;
}

function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
	let w = dot;
	while (w > from && /[\p{L}.]/u.test(text[w - 1]!)) w--;
	const word = text.slice(w, dot);
	if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Michael R. Gordon"
	return ABBREVIATIONS.has(word.toLowerCase());
}
