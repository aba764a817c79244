/** Trains the toponym tagger on annotated articles: the pure part of `npm run train-tagger`. */
import { trainPerceptron } from './averaged-perceptron';
import { findGazetteerMatches } from './find-gazetteer-matches';
import { labelTokens } from './label-tokens';
import type { TaggerModel } from './recognise-toponyms';
import type { GoldArticle } from './score-geoparse';
import { tokenFeatures } from './token-features';
import { tokenize } from '../text/tokenize';
import type { WorldGazetteer } from './world-gazetteer';

/** A training corpus and whether its guidelines left demonyms unannotated (then they teach nothing). */
export interface TrainingCorpus {
	articles: readonly GoldArticle[];
	demonymsUnannotated?: boolean;
}

/**
 * The lower-case vocabulary of the training texts: words seen in lower case at least `min` times. A
 * capitalised word from it ("Mobile", "Reading") is less likely a place.
 */
export function lowerCaseVocabulary(texts: Iterable<string>, min = 3): string[] {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const t of tokenize(text)) if (t.isWord && /^\p{Ll}/u.test(t.text)) counts.set(t.folded, (counts.get(t.folded) ?? 0) + 1);
	}
	return [...counts].filter(([, n]) => n >= min).map(([w]) => w).sort();
}

let dropSeed = 12345;
/**
 * Hides the word itself from every other token during training, so the model learns what the
 * gazetteer, shape and context say about a name instead of memorising the training names.
 */
function dropWordFeatures(features: string[]): string[] {
	dropSeed = (dropSeed * 1103515245 + 12345) % 2147483648;
	return dropSeed / 2147483648 < 0.5 ? features.filter((f) => !f.startsWith('w=') && !f.startsWith('suf=')) : features;
}

/**
 * Trains a tagger model from corpora.
 *
 * @example trainTagger([{ articles }], gazetteer, 'trained on …').tags // ['O', 'B', 'I']
 */
export function trainTagger(corpora: readonly TrainingCorpus[], gazetteer: WorldGazetteer, about: string, epochs = 6): TaggerModel {
	dropSeed = 12345;
	const lowerWords = lowerCaseVocabulary(corpora.flatMap((c) => c.articles.map((a) => a.text)));
	const lower = new Set(lowerWords);
	const data = corpora.flatMap((c) =>
		c.articles.map((a) => {
			const tokens = tokenize(a.text);
			const matches = findGazetteerMatches(a.text, tokens, gazetteer);
			const ignore = c.demonymsUnannotated ? matches.filter((m) => m.hits[0]?.demonym) : [];
			return { features: tokenFeatures(a.text, tokens, matches, lower).map(dropWordFeatures), gold: labelTokens(tokens, a.gold, ignore) };
		})
	);
	const model = trainPerceptron(['O', 'B', 'I'], data, { epochs, seed: 7, prune: 0.01 });
	return { about, lowerWords, ...model };
}
