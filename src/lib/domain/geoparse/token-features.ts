/**
 * The tagger's view of each token: the word and its shape, its neighbours, where it stands in the
 * sentence, whether the word is also an ordinary lower-case word, and what the gazetteer says about
 * the longest name covering it. General features only: no feature names a development text.
 */
import type { GazetteerMatch } from './find-gazetteer-matches';
import type { Token } from '../text/tokenize';
import { isCountryKind, type NameHit } from './world-gazetteer';

/** The coarse class of a gazetteer hit, the tagger's main gazetteer feature. */
export function hitClass(hit: NameHit): string {
	const p = hit.place;
	if (hit.demonym) return 'dem';
	if (isCountryKind(p.kind)) return 'country';
	if (p.kind === 'ADM1') return 'adm1';
	if (p.kind === 'continent' || p.kind === 'region') return 'region';
	if (!/^[A-Z]/.test(p.kind)) return 'phys';
	if (p.kind === 'PPLC') return 'capital';
	if (p.population >= 100_000) return 'city';
	if (p.population >= 10_000) return 'town';
	return 'village';
}

/** The shape of a word: "Xx", "X", "x", "X.X.", "d", or the punctuation itself. */
export function shapeOf(t: Token): string {
	if (!t.isWord) return t.text;
	const s = t.text;
	// Character classes by hand for ASCII (most tokens), regular expressions only for the rest.
	let upper = 0;
	let lower = 0;
	let digit = 0;
	let other = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 65 && c <= 90) upper++;
		else if (c >= 97 && c <= 122) lower++;
		else if (c >= 48 && c <= 57) digit++;
		else other++;
	}
	if (other) return shapeOfUnicode(s);
	if (digit === s.length) return 'd';
	const first = s.charCodeAt(0);
	const firstUpper = first >= 65 && first <= 90;
	if (!lower && !digit) return s.length === 1 ? 'X' : 'XX';
	if (firstUpper) return upper > 1 ? 'XxX' : 'Xx';
	return digit ? 'xd' : 'x';
}

function shapeOfUnicode(s: string): string {
	if (/^\p{N}+$/u.test(s)) return 'd';
	if (/^(?:\p{Lu}\.)+$/u.test(s)) return 'X.X.';
	if (/^\p{Lu}+$/u.test(s)) return s.length === 1 ? 'X' : 'XX';
	if (/^\p{Lu}/u.test(s)) return /\p{Lu}/u.test(s.slice(1)) ? 'XxX' : 'Xx';
	return /\p{N}/u.test(s) ? 'xd' : 'x';
}

const SENTENCE_END = /^[.!?:;"“”()\[\]]$/;
// Words before a place name far more often than before other names: "in Basra", "north of Tal Afar".
const CUE = new Set('in at from to towards toward near outside across into through around between via of north south east west northern southern eastern western central downtown across throughout within'.split(' '));
const AFTER_CUE = new Set('province county state city region district governorate border based area capital'.split(' '));

/**
 * Static features for every token (the tagger adds the previous tag).
 *
 * @param lowerWords words seen in lower case in ordinary text: "Mobile", "Reading", "Nice" are among them
 */
export function tokenFeatures(text: string, tokens: readonly Token[], matches: readonly GazetteerMatch[], lowerWords: ReadonlySet<string>): string[][] {
	const at = tokenFeaturizer(text, tokens, matches, lowerWords);
	return tokens.map((_, i) => at(i));
}

/**
 * The same features, computed on demand for one token at a time: the tagger never asks for most
 * lower-case words, and building their feature strings is most of tagging's cost.
 */
export function tokenFeaturizer(text: string, tokens: readonly Token[], matches: readonly GazetteerMatch[], lowerWords: ReadonlySet<string>): (i: number) => string[] {
	const n = tokens.length;
	const cover: (GazetteerMatch | undefined)[] = new Array(n);
	for (const m of matches) {
		for (let k = m.first; k <= m.last; k++) {
			const c = cover[k];
			if (!c || c.last - c.first < m.last - m.first) cover[k] = m;
		}
	}
	const lowerInDoc = new Set<string>();
	for (const t of tokens) if (t.isWord && /^\p{Ll}/u.test(t.text)) lowerInDoc.add(t.folded);
	const shapes = tokens.map(shapeOf);
	const word = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : tokens[k]!.folded);
	return (i) => {
		const t = tokens[i]!;
		const sh = shapes[i]!;
		const w = t.folded;
		const prevGap = i > 0 ? text.slice(tokens[i - 1]!.end, t.start) : '\n';
		const initial = i === 0 || /\n/.test(prevGap) || SENTENCE_END.test(tokens[i - 1]!.text);
		const f: string[] = [`w=${w}`, 'b', `sh=${sh}`, `p=${word(i - 1)}`, `n=${word(i + 1)}`, `p2=${word(i - 2)}`, `n2=${word(i + 2)}`];
		f.push(`shp=${i > 0 ? shapes[i - 1] : '<s>'}|${sh}`, `shn=${sh}|${i + 1 < n ? shapes[i + 1] : '</s>'}`);
		if (t.isWord && w.length > 3) f.push(`suf=${w.slice(-3)}`);
		if (initial) f.push(`init|${sh}`);
		if (CUE.has(word(i - 1))) f.push(`cue|${sh}`);
		if (AFTER_CUE.has(word(i + 1))) f.push(`cueN|${sh}`);
		const capital = sh === 'Xx' || sh === 'XX' || sh === 'X.X.' || sh === 'XxX';
		if (capital) {
			if (lowerWords.has(w)) f.push(`lcv${initial ? '|init' : ''}`);
			if (lowerInDoc.has(w)) f.push('lcdoc');
		}
		const c = cover[i];
		if (c) {
			const top = c.hits[0]!;
			const cls = hitClass(top);
			const pos = c.first === c.last ? 'S' : i === c.first ? 'B' : i === c.last ? 'E' : 'I';
			const len = Math.min(3, c.last - c.first + 1);
			f.push(`g=${cls}|${pos}`, `g=${cls}|${sh}`, `gl=${len}|${pos}`, `gp=${Math.min(7, Math.floor(Math.log10(top.place.population + 1)))}|${capital}`);
			f.push(`gn=${Math.min(3, c.hits.length)}`, `g=${cls}|p=${word(c.first - 1)}`, `g=${cls}|n=${word(c.last + 1)}`);
			if (initial) f.push(`g=${cls}|init`);
			if (CUE.has(word(c.first - 1))) f.push(`g=${cls}|cue`);
			if (AFTER_CUE.has(word(c.last + 1))) f.push(`g=${cls}|cueN`);
			if (capital && lowerWords.has(w)) f.push(`g=${cls}|lcv`);
			if (c.hits.some((h) => h.demonym)) f.push('gdem');
			if (c.hits.some((h) => h.place.kind === 'ADM1' || isCountryKind(h.place.kind))) f.push(`gadm|${sh}`);
		} else if (capital) f.push('nog');
		return f;
	};
}
