/**
 * Gazetteer matching over folded tokens: at each word, the longest run of words that is a name in the
 * gazetteer, found by the one matcher the curated build uses too (text/longest-name-at.ts). The
 * gazetteer's prefix set makes this a walk down a word trie, a few hash look-ups per token.
 */
import { longestNameAt } from '../text/longest-name-at';
import type { Token } from '../text/tokenize';
import type { NameHit, WorldGazetteer } from './world-gazetteer';

/** A gazetteer name found in the text: token range (inclusive) and every place it may mean. */
export interface GazetteerMatch {
	first: number;
	last: number;
	start: number;
	end: number;
	key: string;
	hits: readonly NameHit[];
}

/**
 * Returns, for every word token that starts a gazetteer name, the longest such name (matches may
 * overlap; the tagger and resolver decide).
 *
 * @example findGazetteerMatches('in Tal Afar', tokenize('in Tal Afar'), gazetteer)[0].key === 'tal afar'
 */
export function findGazetteerMatches(text: string, tokens: readonly Token[], gazetteer: WorldGazetteer, maxWords = 6): GazetteerMatch[] {
	const dictionary = { lookup: (key: string) => nonEmpty(gazetteer.lookup(key)), hasPrefix: gazetteer.hasPrefix };
	const out: GazetteerMatch[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const m = longestNameAt(text, tokens, i, dictionary, undefined, maxWords);
		if (m) out.push({ first: m.first, last: m.last, start: m.start, end: m.end, key: m.key, hits: m.value });
	}
	return out;
}

function nonEmpty<T>(list: readonly T[]): readonly T[] | undefined {
	return list.length ? list : undefined;
}
