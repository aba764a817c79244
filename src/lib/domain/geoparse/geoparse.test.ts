/**
 * The geoparser's parts on a small injected gazetteer: name keys and the word-trie matcher, the
 * metric, the perceptron, and resolution by the article's context. The world-scale cases are in
 * geodata/scripts/geoparse-cases.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { predictTags, trainPerceptron } from './averaged-perceptron';
import { findGazetteerMatches } from './find-gazetteer-matches';
import { labelTokens } from './label-tokens';
import type { RecognisedSpan } from './recognise-toponyms';
import { resolveToponyms } from './resolve-toponyms';
import { scoreArticle, summarise } from './score-geoparse';
import { nameKey } from '../text/name-key';
import { withWeights } from '../resolve/resolver-weights';
import { tokenize } from '../text/tokenize';
import { indexWorldGazetteer, type PlaceRow } from './world-gazetteer';

const rows: PlaceRow[] = [
	[2988507, 'Paris', 'paris', 48.8534, 2.3488, 'PPLC', 'FR', '11', 2_138_551, ''],
	[4717560, 'Paris', 'paris', 33.6609, -95.5555, 'PPLA2', 'US', 'TX', 24_782, ''],
	[4736286, 'Texas', 'texas|tex', 31.25, -99.25, 'ADM1', 'US', 'TX', 20_000_000, ''],
	[4738214, 'Tyler', 'tyler', 32.3513, -95.3011, 'PPLA2', 'US', 'TX', 104_798, ''],
	[2996944, 'Lyon', 'lyon|lyons', 45.7484, 4.8467, 'PPLA', 'FR', '84', 522_969, ''],
	['country-FR', 'France', 'france|french republic', 46, 2, 'PCLI', 'FR', '', 60_000_000, 'french'],
	[90393, 'Tall ‘Afar', "tal afar|tall 'afar", 36.3765, 42.4497, 'PPLA2', 'IQ', '15', 155_000, ''],
	[2449067, 'Afar', 'afar', 11.75, 41, 'ADM1', 'ET', '01', 1_000_000, ''],
	[4407066, 'St. Louis', 'st louis|saint louis', 38.627, -90.1979, 'PPLA2', 'US', 'MO', 315_685, '']
];
const gazetteer = indexWorldGazetteer([{ version: 1, part: 'test', places: rows }]);

/** Spans for exact gazetteer names in a text, as the tagger would give them. */
function spansOf(text: string, names: string[]): { tokens: ReturnType<typeof tokenize>; spans: RecognisedSpan[] } {
	const tokens = tokenize(text);
	const matches = findGazetteerMatches(text, tokens, gazetteer);
	const spans = matches.filter((m) => names.includes(text.slice(m.start, m.end))).map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), first: m.first, last: m.last, match: m }));
	return { tokens, spans };
}

describe('name keys and gazetteer matching', () => {
	it('files names by folded words, so spellings with dots, hyphens and accents meet', () => {
		expect(nameKey('U.S.')).toBe('us');
		expect(nameKey('Wilkes-Barre')).toBe('wilkes barre');
		expect(nameKey('Sāmarrā’')).toBe('samarra');
		expect(nameKey('Washington, D.C.')).toBeNull();
	});

	it('finds the longest name at each word, across joiners, with spans in the original text', () => {
		const text = 'Raids near Tal Afar and in St. Louis, Tex.';
		const found = findGazetteerMatches(text, tokenize(text), gazetteer).map((m) => text.slice(m.start, m.end));
		expect(found).toEqual(['Tal Afar', 'Afar', 'St. Louis', 'Tex']);
	});

	it('labels tokens B/I/O from gold spans for training', () => {
		const text = 'in Tal Afar today';
		expect(labelTokens(tokenize(text), [{ start: 3, end: 11 }])).toEqual([0, 1, 2, 0]);
	});
});

describe('resolution by the article’s context', () => {
	it('reads "Paris, Texas" as the town in Texas and says why', () => {
		const text = 'A fair in Paris, Texas drew crowds.';
		const { tokens, spans } = spansOf(text, ['Paris', 'Texas']);
		const [paris] = resolveToponyms(text, tokens, spans, gazetteer);
		expect(paris!.place?.country).toBe('US');
		expect(paris!.reason).toContain('qualified as "Paris, Texas"');
		expect(paris!.candidates[1]!.place.country).toBe('FR');
		expect(paris!.candidates[1]!.km).toBeGreaterThan(7000);
	});

	it('takes its weights from the table: with the context weighing nothing, "Paris, Texas" is the capital of France again', () => {
		const text = 'A fair in Paris, Texas drew crowds.';
		const { tokens, spans } = spansOf(text, ['Paris', 'Texas']);
		const [paris] = resolveToponyms(text, tokens, spans, gazetteer, [], withWeights({ qualifier: 0, articleRegion: 0, articleCountry: 0, beliefSupport: 0, beliefCountry: 0 }));
		expect(paris!.place?.country).toBe('FR');
		expect(() => withWeights({ qualifer: 1 })).toThrow(/no resolver weight "qualifer"/);
		expect(() => withWeights({ qualifier: 'eight' })).toThrow(/"eight" is not a number/);
	});

	it('takes Paris to Texas when the article’s other places are Texan, and to France otherwise', () => {
		const texan = 'Texas police in Paris and Tyler searched the area.';
		const t = spansOf(texan, ['Texas', 'Paris', 'Tyler']);
		const paris = resolveToponyms(texan, t.tokens, t.spans, gazetteer)[1]!;
		expect(paris.place?.country).toBe('US');
		expect(paris.reason).toContain('in Texas, which the article names');
		const french = 'Tourists returned to Paris and Lyon as France reopened.';
		const f = spansOf(french, ['Paris', 'Lyon', 'France']);
		expect(resolveToponyms(french, f.tokens, f.spans, gazetteer)[0]!.place?.country).toBe('FR');
	});

	it('marks a demonym and resolves it to its country', () => {
		const text = 'French troops arrived.';
		const { tokens, spans } = spansOf(text, ['French']);
		const [french] = resolveToponyms(text, tokens, spans, gazetteer);
		expect([french!.type, french!.place?.name]).toEqual(['demonym', 'France']);
	});
});

describe('the metric', () => {
	const gold = [
		{ start: 0, end: 5, text: 'Paris', lat: 48.85, lon: 2.35 },
		{ start: 10, end: 18, text: 'Tal Afar', lat: 36.38, lon: 42.45 },
		{ start: 30, end: 45, text: 'Washington Post', optional: true }
	];
	it('matches overlapping spans once each, counts exact spans apart, and ignores optional spans', () => {
		const counts = scoreArticle(gold, [
			{ start: 0, end: 5, lat: 33.66, lon: -95.56 },
			{ start: 0, end: 3 },
			{ start: 14, end: 18, lat: 36.4, lon: 42.4 },
			{ start: 30, end: 40 }
		]);
		expect([counts.predicted, counts.gold, counts.matched, counts.exact]).toEqual([3, 2, 2, 1]);
		const s = summarise(counts);
		expect(s.precision).toBeCloseTo(2 / 3);
		expect(s.recall).toBe(1);
		expect(s.acc161).toBe(0.5);
	});
});

describe('the averaged perceptron', () => {
	it('learns to tag capitalised words after "in" and generalises to a new one', () => {
		const sentence = (w: string, cue: string) => ({
			features: [[`w=${cue}`, 'sh=x'], [`w=${w.toLowerCase()}`, 'sh=Xx', `p=${cue}`]],
			gold: [0, cue === 'in' ? 1 : 0]
		});
		const data = ['Basra', 'Irbil', 'Mosul', 'Tikrit', 'Amman'].flatMap((w) => [sentence(w, 'in'), sentence(w, 'said')]);
		const model = trainPerceptron(['O', 'B', 'I'], data, { epochs: 5 });
		expect(predictTags(model, sentence('Raqqa', 'in').features)).toEqual(['O', 'B']);
		expect(predictTags(model, sentence('Raqqa', 'said').features)).toEqual(['O', 'O']);
	});
});
