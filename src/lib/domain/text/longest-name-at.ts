/**
 * The one name matcher: from a word of a text, the longest run of tokens that is a name in a
 * dictionary. The curated build (extract/match-names.ts) and the geoparser
 * (geoparse/find-gazetteer-matches.ts) both walk their dictionaries with it, so they split, fold and
 * join the words of a name alike (see name-key.ts).
 */
import { isSeparator } from './fold-word';
import type { Token } from './tokenize';

/** Names filed by their folded form (fold-text.ts: the name key, or the fold with punctuation for names that have it). */
export interface NameDictionary<T> {
	/** What a folded name means, if it is a name. */
	lookup(key: string): T | undefined;
	/** Whether some longer name starts with these characters (so the matcher should read on). */
	hasPrefix(key: string): boolean;
}

/** A name found in the text: its token range (inclusive), its span in the text, its key and what the dictionary gave. */
export interface NameAt<T> {
	first: number;
	last: number;
	start: number;
	end: number;
	key: string;
	value: T;
}

/**
 * The longest name starting at word token `first`: reads on over the separators between words
 * (spaces, hyphens, dots, apostrophes) and over other punctuation a name may hold ("Washington, D.C."),
 * never across a line break, up to `maxWords` words. `accept` may refuse a name (its case does not fit)
 * or narrow what it means; a shorter name is then tried.
 *
 * @example longestNameAt('in Tal Afar', tokenize('in Tal Afar'), 1, dict)?.key === 'tal afar'
 */
export function longestNameAt<T, R = T>(
	text: string,
	tokens: readonly Token[],
	first: number,
	dictionary: NameDictionary<T>,
	accept: (value: T, first: number, last: number) => R | undefined = (v) => v as unknown as R,
	maxWords = Infinity
): NameAt<R> | undefined {
	const head = tokens[first];
	if (!head?.isWord) return undefined;
	let key = head.folded;
	let best: NameAt<R> | undefined;
	let words = 1;
	let j = first;
	for (;;) {
		const found = dictionary.lookup(key);
		const value = found === undefined ? undefined : accept(found, first, j);
		if (value !== undefined) best = { first, last: j, start: head.start, end: tokens[j]!.end, key, value };
		if (!dictionary.hasPrefix(key)) break;
		let k = j + 1;
		while (k < tokens.length && !tokens[k]!.isWord && isSeparator(tokens[k]!.text)) k++;
		const next = tokens[k];
		if (!next || (next.isWord && words >= maxWords) || /\n/.test(text.slice(tokens[j]!.end, next.start))) break;
		// The same spacing as foldText: one space for a gap or a separator, or between two words.
		const spaced = k > j + 1 || next.start > tokens[j]!.end || (next.isWord && tokens[j]!.isWord);
		key += (spaced ? ' ' : '') + (next.isWord ? next.folded : next.text);
		if (next.isWord) words++;
		j = k;
	}
	return best;
}
