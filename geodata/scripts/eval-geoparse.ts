/**
 * `npm run eval`: scores the geoparser on the two development corpora with the project's metric
 * (`../shared/geoparse-dev/README.md`) and prints one table.
 *
 * Rows: the shipped model on each corpus (it was trained on both, so these are in-sample figures);
 * then honest estimates for unseen text: two-fold cross-validation over documents (each half scored by
 * a model trained on the other halves of both corpora), and a model trained on one corpus only,
 * scored on the other (`--fast` skips these trainings).
 */
import { pathToFileURL } from 'node:url';
import { geoparseText } from '../../src/lib/domain/geoparse/geoparse-text';
import { loadTagger, type Tagger } from '../../src/lib/domain/geoparse/recognise-toponyms';
import { addCounts, scoreArticle, summarise, type GoldArticle, type ScoreCounts, type Scores } from '../../src/lib/domain/geoparse/score-geoparse';
import { trainTagger } from '../../src/lib/domain/geoparse/train-tagger';
import type { WorldGazetteer } from '../../src/lib/domain/geoparse/world-gazetteer';
import { loadWorldGazetteer, loadWorldTagger } from './load-world-gazetteer';
import { readDevCorpus, type CorpusName } from './read-dev-corpora';

/** Scores the geoparser with a given tagger on a corpus. */
export function evaluate(articles: readonly GoldArticle[], gazetteer: WorldGazetteer, tagger: Tagger, skipDemonyms = false): Scores & { chars: number; seconds: number } {
	let counts: ScoreCounts = { predicted: 0, gold: 0, matched: 0, exact: 0, errorsKm: [] };
	let chars = 0;
	const t0 = performance.now();
	for (const a of articles) {
		const predicted = geoparseText(a.text, gazetteer, tagger).filter((t) => !skipDemonyms || t.type !== 'demonym');
		counts = addCounts(counts, scoreArticle(a.gold, predicted));
		chars += a.text.length;
	}
	return { ...summarise(counts), chars, seconds: (performance.now() - t0) / 1000 };
}

/** One Markdown table row. */
export function formatRow(label: string, s: Scores): string {
	const f = (x: number) => x.toFixed(3).replace(/^0/, '');
	return `| ${label} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${f(s.exactF1)} | ${f(s.acc161)} | ${Math.round(s.medianKm)} km |`;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
	const fast = process.argv.includes('--fast');
	const t0 = performance.now();
	const gazetteer = loadWorldGazetteer();
	const tagger = loadWorldTagger();
	const corpora: Record<CorpusName, GoldArticle[]> = { LGL: readDevCorpus('LGL'), GeoVirus: readDevCorpus('GeoVirus') };
	console.error(`loaded gazetteer (${gazetteer.places.length.toLocaleString('en-US')} places) and model in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
	const rows = ['| corpus (model) | precision | recall | F1 | exact-span F1 | acc@161 | median error |', '|---|---|---|---|---|---|---|'];
	for (const name of ['LGL', 'GeoVirus'] as const) {
		const s = evaluate(corpora[name], gazetteer, tagger);
		rows.push(formatRow(`${name} (shipped model, in-sample)`, s));
		console.error(`${name}: ${(s.chars / 1e6).toFixed(2)} MB in ${s.seconds.toFixed(1)} s, ${(s.chars / 1e6 / s.seconds).toFixed(2)} MB/s`);
	}
	rows.push(formatRow('GeoVirus (shipped model, demonyms not scored: its guidelines leave them out)', evaluate(corpora.GeoVirus, gazetteer, tagger, true)));
	if (!fast) {
		// Two-fold cross-validation over documents: each half scored by a model that never saw it.
		const half = (list: GoldArticle[], k: number) => list.filter((_, i) => i % 2 === k);
		for (const name of ['LGL', 'GeoVirus'] as const) {
			let counts = { predicted: 0, gold: 0, matched: 0, exact: 0, errorsKm: [] as number[] };
			for (const k of [0, 1]) {
				const model = trainTagger(
					[
						{ articles: half(corpora.LGL, 1 - k) },
						{ articles: half(corpora.GeoVirus, 1 - k), demonymsUnannotated: true }
					],
					gazetteer,
					'two-fold'
				);
				const t = loadTagger(model);
				for (const a of half(corpora[name], k)) counts = addCounts(counts, scoreArticle(a.gold, geoparseText(a.text, gazetteer, t)));
			}
			rows.push(formatRow(`${name} (two-fold cross-validation, held-out documents)`, summarise(counts)));
		}
		for (const [train, test] of [['LGL', 'GeoVirus'], ['GeoVirus', 'LGL']] as const) {
			const model = trainTagger([{ articles: corpora[train], demonymsUnannotated: train === 'GeoVirus' }], gazetteer, `cross-corpus: ${train} only`);
			rows.push(formatRow(`${test} (trained on ${train} only)`, evaluate(corpora[test], gazetteer, loadTagger(model))));
		}
	}
	console.log(rows.join('\n'));
}
