/**
 * Gazetteer matching over folded tokens: at each word, the longest run of words that is a name in the
 * gazetteer. The prefix set makes this a walk down a word trie, a few hash look-ups per token.
 */
import { isJoiner, type Token } from './tokenize';
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
	const out: GazetteerMatch[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const first = tokens[i]!;
		if (!first.isWord) continue;
		let key = first.folded;
		let best: GazetteerMatch | undefined;
		let words = 1;
		let j = i;
		for (;;) {
			const hits = gazetteer.lookup(key);
			if (hits.length) best = { first: i, last: j, start: first.start, end: tokens[j]!.end, key, hits };
			if (words >= maxWords || !gazetteer.hasPrefix(key)) break;
			// Read on over joiners ("St. Louis", "al-Sakher") to the next word on the same line.
			let k = j + 1;
			while (k < tokens.length && isJoiner(tokens[k]!)) k++;
			const next = tokens[k];
			if (!next || !next.isWord || /\n/.test(text.slice(tokens[j]!.end, next.start))) break;
			key += ' ' + next.folded;
			j = k;
			words++;
		}
		if (best) out.push(best);
	}
	return out;
}
