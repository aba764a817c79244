/**
 * Recognition: tokens, gazetteer matches, tagger features, the trained tagger's B/I/O tags, and the
 * spans they make. Returns the gazetteer matches too, because the resolver starts from them.
 */
import { indexWeights, predictTags, type PerceptronModel } from './averaged-perceptron';
import { findGazetteerMatches, type GazetteerMatch } from './find-gazetteer-matches';
import { hitClass, tokenFeaturizer } from './token-features';
import { tokenize, type Token } from '../text/tokenize';
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
	/** A gazetteer name that starts the span but ends before it ("Washington" in "Washington Post"). */
	lead?: GazetteerMatch;
	/** Inside another name ("Washington" in "Washington Post"). */
	embedded?: boolean;
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
	const covered = new Uint8Array(tokens.length);
	for (const m of matches) covered.fill(1, m.first, m.last + 1);
	const plain = tokens.map((t, i) => !covered[i] && !/^\p{Lu}/u.test(t.text) && !/^\p{N}/u.test(t.text));
	const at = tokenFeaturizer(text, tokens, matches, tagger.lowerWords);
	const tags = predictTags(tagger.model, { length: tokens.length, at }, tagger.weights, plain);
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
			spans.push({ start, end, text: text.slice(start, end), first: i, last, ...(m && m.last === last ? { match: m } : m && m.last < last ? { lead: m } : {}) });
		}
		i = j;
	}
	return { tokens, matches, spans: readCountyLists(text, tokens, gazetteer, addCuedMatches(text, tokens, matches, spans, tagger.lowerWords)) };
}

const LOCATIVE = new Set('in at from to towards toward near outside into through around across between via reached entered left visited'.split(' '));
const STRONG = new Set(['country', 'adm1', 'capital', 'city', 'town', 'dem', 'region', 'phys']);

/**
 * Context cues the tagger may under-use on names it never saw in training: an unambiguous-looking
 * gazetteer name (capitalised, never written in lower case, not opening a sentence) after a locative
 * word ("towards Tikrit"), or in a list with a recognised toponym ("Basra, Haditha and Baiji"), and
 * demonyms used as adjectives ("Kurdish fighters").
 */
function addCuedMatches(text: string, tokens: readonly Token[], matches: readonly GazetteerMatch[], spans: RecognisedSpan[], lowerWords: ReadonlySet<string>): RecognisedSpan[] {
	const taken = new Set<number>();
	for (const s of spans) for (let k = s.first; k <= s.last; k++) taken.add(k);
	const endsAt = new Set(spans.map((s) => s.last));
	const out = [...spans];
	for (const m of matches) {
		let free = true;
		for (let k = m.first; k <= m.last; k++) if (taken.has(k)) free = false;
		if (!free) continue;
		const words = tokens.slice(m.first, m.last + 1).filter((t) => t.isWord);
		if (!words.every((t) => /^\p{Lu}/u.test(t.text)) || words.some((t) => lowerWords.has(t.folded) && words.length === 1)) continue;
		const prev = tokens[m.first - 1];
		const next = tokens[m.last + 1];
		if (next?.isWord && /^\p{Lu}/u.test(next.text)) continue;
		const cls = hitClass(m.hits[0]!);
		// A demonym used as an adjective ("Kurdish fighters"), anywhere in a sentence.
		const adjective = cls === 'dem' && !!next?.isWord && /^\p{Ll}/u.test(next.text);
		if (!adjective) {
			if (!prev || /\n/.test(text.slice(prev.end, tokens[m.first]!.start)) || /^[.!?"“:]$/.test(prev.text)) continue;
			if (!STRONG.has(cls)) continue;
			const listed = (prev.text === ',' || prev.folded === 'and' || prev.folded === 'or') && endsAt.has(m.first - 2);
			if (!LOCATIVE.has(prev.folded) && !listed) continue;
		}
		out.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), first: m.first, last: m.last, match: m });
		for (let k = m.first; k <= m.last; k++) taken.add(k);
		endsAt.add(m.last);
	}
	return out.sort((a, b) => a.start - b.start);
}

const PLURAL_ADMIN = new Map([
	['counties', 'county'],
	['parishes', 'parish']
]);

/**
 * "Cooke, Grayson and Love counties": each name of a list that ends in a plural of "county" or
 * "parish" names that county, not the town it may share its name with (US local news lists counties
 * this way). Spans the tagger found are re-pointed at the county; names it missed are added.
 */
function readCountyLists(text: string, tokens: readonly Token[], gazetteer: WorldGazetteer, spans: RecognisedSpan[]): RecognisedSpan[] {
	const out = [...spans];
	for (let i = 0; i < tokens.length; i++) {
		const generic = PLURAL_ADMIN.get(tokens[i]!.folded);
		if (!generic) continue;
		// Walk back over capitalised names separated by ",", "and", "or".
		let k = i - 1;
		for (;;) {
			let first = k;
			while (first >= 0 && tokens[first]!.isWord && /^\p{Lu}/u.test(tokens[first]!.text) && first > k - 3) first--;
			first++;
			if (first > k) break;
			const key = tokens.slice(first, k + 1).map((t) => t.folded).join(' ');
			const hits = gazetteer.lookup(`${key} ${generic}`).filter((h) => h.place.kind === 'ADM2');
			if (!hits.length) break;
			const start = tokens[first]!.start;
			const end = tokens[k]!.end;
			const span: RecognisedSpan = { start, end, text: text.slice(start, end), first, last: k, match: { first, last: k, start, end, key: `${key} ${generic}`, hits } };
			const at = out.findIndex((s) => s.first <= k && first <= s.last);
			if (at >= 0) out[at] = span;
			else out.push(span);
			const sep = tokens[first - 1];
			if (!sep || !(sep.text === ',' || sep.folded === 'and' || sep.folded === 'or')) break;
			k = first - 2;
			if (tokens[k]?.text === ',') k--;
		}
	}
	return out.sort((a, b) => a.start - b.start);
}
