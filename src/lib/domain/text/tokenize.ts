/**
 * Word tokens with their offsets: the unit the gazetteer matcher and the tagger share, so a name in
 * the gazetteer and a name in the text split and fold the same way.
 */
import { foldWord } from './fold-word';

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
	for (const m of text.matchAll(TOKEN)) {
		const t = m[0];
		const isWord = WORD.test(t);
		out.push({ start: m.index, end: m.index + t.length, text: t, folded: isWord ? foldWord(t) : t, isWord });
	}
	return out;
}
