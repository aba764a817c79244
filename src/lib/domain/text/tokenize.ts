/**
 * Word tokens with their offsets: the unit the gazetteer matcher and the tagger share, so a name in
 * the gazetteer and a name in the text split and fold the same way.
 */
import { foldWord, isAsciiLetterOrDigit } from './fold-word';

/** One token: a word, an abbreviation with dots ("U.S."), a number, or one punctuation mark. */
export interface Token {
	start: number;
	end: number;
	text: string;
	/** Lower-cased, accents stripped ("Sāmarrā" → "samarra"); punctuation as is. */
	folded: string;
	isWord: boolean;
}

const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+|\S/gu;
const WORD = /^[\p{L}\p{N}]/u;

/**
 * Splits text into tokens with UTF-16 offsets.
 *
 * @example tokenize('Tal Afar, Iraq').map((t) => t.text) // ['Tal', 'Afar', ',', 'Iraq']
 */
export function tokenize(text: string): Token[] {
	const out: Token[] = [];
	eachToken(text, (start, end, t, isWord) => out.push({ start, end, text: t, folded: isWord ? foldWord(t) : t, isWord }));
	return out;
}

/**
 * Calls `visit` with each token's offsets, text and kind, in order, making no token objects: for a
 * reader of long text that needs neither the list nor the folded words (the offset-keeping fold).
 */
export function eachToken(text: string, visit: (start: number, end: number, token: string, isWord: boolean) => void): void {
	for (const m of text.matchAll(TOKEN)) {
		const t = m[0];
		const c = t.charCodeAt(0);
		// ASCII letters and digits without the regular expression: most tokens of English text.
		const isWord = isAsciiLetterOrDigit(c) || (c > 127 && WORD.test(t));
		visit(m.index, m.index + t.length, t, isWord);
	}
}
