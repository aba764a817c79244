/**
 * Recognition: tokens, gazetteer matches, tagger features, the trained tagger's B/I/O tags, and the
 * spans they make. Returns the gazetteer matches too, because the resolver starts from them.
 */
import { indexWeights, predictTags, type PerceptronModel } from './averaged-perceptron';
import { findGazetteerMatches, type GazetteerMatch } from './find-gazetteer-matches';
import { tokenFeatures } from './token-features';
import { tokenize, type Token } from './tokenize';
import type { WorldGazetteer } from './world-gazetteer';

/** The tagger model file: perceptron weights, the lower-case vocabulary it was trained with, provenance. */
export interface TaggerModel extends PerceptronModel {
	about: string;
	lowerWords: string[];
}

/** A model ready to run (weights in a Map). */
export interface Tagger {
	model: TaggerModel;
	weights: Map<string, number[]>;
	lowerWords: Set<string>;
}

/** A recognised span: character offsets, token range (inclusive), and the gazetteer name it covers exactly, if any. */
export interface RecognisedSpan {
	start: number;
	end: number;
	text: string;
	first: number;
	last: number;
	match?: GazetteerMatch;
}

/** Everything recognition found in one text. */
export interface Recognition {
	tokens: Token[];
	matches: GazetteerMatch[];
	spans: RecognisedSpan[];
}

/** Prepares a model file for tagging. */
export function loadTagger(model: TaggerModel): Tagger {
	if (!model || !Array.isArray(model.tags) || typeof model.weights !== 'object') throw new Error('tagger model: not a perceptron model file');
	return { model, weights: indexWeights(model), lowerWords: new Set(model.lowerWords) };
}

/**
 * Finds the toponym spans of a text.
 *
 * @example recogniseToponyms('Troops left Basra.', gazetteer, tagger).spans[0].text === 'Basra'
 */
export function recogniseToponyms(text: string, gazetteer: WorldGazetteer, tagger: Tagger): Recognition {
	const tokens = tokenize(text);
	const matches = findGazetteerMatches(text, tokens, gazetteer);
	const features = tokenFeatures(text, tokens, matches, tagger.lowerWords);
	const tags = predictTags(tagger.model, features, tagger.weights);
	const byFirst = new Map(matches.map((m) => [m.first, m]));
	const spans: RecognisedSpan[] = [];
	for (let i = 0; i < tokens.length; i++) {
		if (tags[i] === 'O') continue;
		let j = i;
		while (j + 1 < tokens.length && tags[j + 1] === 'I') j++;
		// A span never ends on a joiner ("St." is fine: the dot belongs to the abbreviation token).
		let last = j;
		while (last > i && !tokens[last]!.isWord) last--;
		if (tokens[i]!.isWord) {
			const m = byFirst.get(i);
			const start = tokens[i]!.start;
			const end = tokens[last]!.end;
			spans.push({ start, end, text: text.slice(start, end), first: i, last, ...(m && m.last === last ? { match: m } : {}) });
		}
		i = j;
	}
	return { tokens, matches, spans };
}
