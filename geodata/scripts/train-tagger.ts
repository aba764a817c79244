/**
 * `npm run train-tagger`: trains the toponym tagger on the two development corpora (LGL and GeoVirus,
 * GPL-3.0, see geodata/gazetteer-world/README.md) and writes `geodata/gazetteer-world/tagger-model.json`.
 * Deterministic: the same corpora, gazetteer and code give the same model.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { trainTagger } from '../../src/lib/domain/geoparse/train-tagger';
import { loadWorldGazetteer, TAGGER_FILE } from './load-world-gazetteer';
import { readDevCorpus } from './read-dev-corpora';

export const MODEL_ABOUT =
	'Averaged-perceptron toponym tagger (B/I/O), trained on LGL (Lieberman, Samet, Sankaranarayanan 2010) and GeoVirus ' +
	'(Gritta, Pilehvar, Collier 2018) as copied from milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation data/Corpora (GPL-3.0). ' +
	'Features: word, shape, neighbours, sentence position, lower-case vocabulary, GeoNames/Natural Earth gazetteer matches.';

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
	const t0 = performance.now();
	const gazetteer = loadWorldGazetteer();
	const model = trainTagger([{ articles: readDevCorpus('LGL') }, { articles: readDevCorpus('GeoVirus'), demonymsUnannotated: true }], gazetteer, MODEL_ABOUT);
	writeFileSync(TAGGER_FILE, JSON.stringify(model));
	console.log(`${TAGGER_FILE}: ${Object.keys(model.weights).length} features, trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
