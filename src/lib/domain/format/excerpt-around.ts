/**
 * A short excerpt of a sentence around the first word a search query matched, for a search result:
 * the words before, the match, the words after, each plain text for the page to mark up as text.
 */
import { foldName, foldText } from '../text/fold-text';

/** An excerpt split at its match; `match` is empty when no query word occurs in the text. */
export interface Excerpt {
	before: string;
	match: string;
	after: string;
}

/**
 * Cuts `text` to about `width` characters around the first word of `q` it contains (folded, so
 * "kerbala" finds "Kerbalā"), with an ellipsis where it was cut.
 *
 * @example excerptAround('The siege of Amerli ended.', 'siege') // { before: 'The ', match: 'siege', after: ' of Amerli ended.' }
 */
export function excerptAround(text: string, q: string, width = 110): Excerpt {
	const { folded, origin } = foldText(text);
	const words = q.split(/\s+/u).map(foldName).filter(Boolean);
	let from = -1;
	let length = 0;
	for (const w of words) {
		const at = folded.indexOf(w);
		if (at >= 0 && (from < 0 || at < from)) {
			from = at;
			length = w.length;
		}
	}
	if (from < 0) return { before: '', match: '', after: cut(text, 0, width) };
	const start = origin[from]!;
	const end = origin[from + length] ?? text.length;
	const lead = Math.max(0, start - Math.floor(width / 3));
	// Cut in the middle of a word, the excerpt starts at the next whole one.
	const before = lead > 0 ? `…${text.slice(lead, start).replace(/^\S*\s/u, '')}` : text.slice(0, start);
	return { before, match: text.slice(start, end), after: cut(text, end, width - (start - lead) - (end - start)) };
}

function cut(text: string, from: number, width: number): string {
	const rest = text.slice(from);
	if (rest.length <= width) return rest;
	return `${rest.slice(0, Math.max(0, width)).replace(/\s\S*$/u, '')}…`;
}
