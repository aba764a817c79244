/**
 * `npm run eval`: scores the geoparser on the two development corpora with the project's metric
 * (`../shared/geoparse-dev/README.md`) and prints one table.
 *
 * Rows: the shipped model on each corpus (it was trained on both, so these are in-sample figures);
 * then honest estimates for unseen text: two-fold cross-validation over documents (each half scored by
 * a model trained on the other halves of both corpora), and a model trained on one corpus only,
 * scored on the other (`--fast` skips these trainings).
 *
 * `--baseline` adds, for each corpus, what recognition gives without the trained tagger (whose weights and
 * vocabulary come from the GPL-3.0 corpora): every capitalised gazetteer name, plus the context cues.
 *
 * `--errors` prints instead, for each corpus, the resolution errors (over 161 km) by category and the
 * names that err in the most articles: read them for patterns, never to fix one document.
 *
 * `--sweep name=v1,v2,…` prints instead one row per value of one resolver weight
 * (src/lib/domain/resolve/resolver-weights.ts): F1, acc@161 and median error of the shipped model on each corpus.
 */
import { pathToFileURL } from 'node:url';
import { geoparseText, type GeoparseOptions } from '../../src/lib/domain/geoparse/geoparse-text';
import { haversineKm } from '../../src/lib/domain/resolve/haversine-km';
import { RESOLVER_WEIGHTS, withWeights } from '../../src/lib/domain/resolve/resolver-weights';
import { loadTagger, type Tagger } from '../../src/lib/domain/geoparse/recognise-toponyms';
import { addCounts, matchToponyms, scoreArticle, summarise, type GoldArticle, type ScoreCounts, type Scores } from '../../src/lib/domain/geoparse/score-geoparse';
import { trainTagger } from '../../src/lib/domain/geoparse/train-tagger';
import { isCountryKind, type WorldGazetteer } from '../../src/lib/domain/geoparse/world-gazetteer';
import { loadWorldGazetteer, loadWorldTagger } from './load-world-gazetteer';
import { readDevCorpus, type CorpusName } from './read-dev-corpora';

/** Scores the geoparser with a given tagger on a corpus. */
export function evaluate(articles: readonly GoldArticle[], gazetteer: WorldGazetteer, tagger: Tagger, skipDemonyms = false, options: GeoparseOptions = {}): Scores & { chars: number; seconds: number } {
	let counts: ScoreCounts = { predicted: 0, gold: 0, matched: 0, exact: 0, errorsKm: [] };
	let chars = 0;
	const t0 = performance.now();
	for (const a of articles) {
		const predicted = geoparseText(a.text, gazetteer, tagger, options).filter((t) => !skipDemonyms || t.type !== 'demonym');
		counts = addCounts(counts, scoreArticle(a.gold, predicted));
		chars += a.text.length;
	}
	return { ...summarise(counts), chars, seconds: (performance.now() - t0) / 1000 };
}

/**
 * Resolution errors over 161 km, by category: a country whose reference point differs from the gold
 * one; the right place among the candidates but ranked lower (in the chosen country or another); or no
 * candidate near the gold point (a gap in the gazetteer, or a recognised span the gold reads otherwise).
 * Names are counted by the articles they err in, so one long article cannot dominate.
 */
export function listErrors(articles: readonly GoldArticle[], gazetteer: WorldGazetteer, tagger: Tagger, top = 40): string {
	const categories = new Map<string, number>();
	const names = new Map<string, { articles: Set<string>; example: string }>();
	let resolved = 0;
	for (const a of articles) {
		for (const [g, p] of matchToponyms(a.gold, geoparseText(a.text, gazetteer, tagger)).pairs) {
			if (g.lat === undefined || g.lon === undefined || p.lat === null || p.lon === null) continue;
			resolved++;
			const km = haversineKm(g.lat, g.lon, p.lat, p.lon);
			if (km <= 161) continue;
			const right = p.candidates.findIndex((c) => haversineKm(g.lat!, g.lon!, c.lat, c.lon) <= 161);
			const category =
				right > 0
					? `right place ranked #${right + 1}, ${p.candidates[right]!.country === p.country ? 'same' : 'other'} country (chose a ${p.kind})`
					: isCountryKind(p.kind ?? '')
						? 'country: reference point differs'
						: `no candidate near the gold point (chose a ${p.kind})`;
			categories.set(category, (categories.get(category) ?? 0) + 1);
			const key = `${p.text.toLowerCase()} — ${category}`;
			const entry = names.get(key) ?? { articles: new Set<string>(), example: `chose ${p.name}, ${p.admin1 ?? ''} ${p.country ?? ''} (${Math.round(km)} km off)${right > 0 ? `; right: ${p.candidates[right]!.name}, ${p.candidates[right]!.country} (score ${p.candidates[right]!.score} against ${p.candidates[0]!.score})` : ''}` };
			entry.articles.add(a.id);
			names.set(key, entry);
		}
	}
	const errors = [...categories.values()].reduce((x, y) => x + y, 0);
	const lines = [`${errors} of ${resolved} resolved toponyms over 161 km`, ...[...categories].sort((x, y) => y[1] - x[1]).map(([c, n]) => `${String(n).padStart(6)}  ${c}`), 'names erring in the most articles:'];
	for (const [key, e] of [...names].sort((x, y) => y[1].articles.size - x[1].articles.size).slice(0, top)) lines.push(`${String(e.articles.size).padStart(6)}  ${key}: ${e.example}`);
	return lines.join('\n');
}

/**
 * A tagger written by hand, learnt from no corpus: it tags every gazetteer name that is not written in
 * lower case (the classic gazetteer-lookup baseline); recognition's context cues run after it as usual.
 */
export function gazetteerOnlyTagger(): Tagger {
	const weights: Record<string, number[]> = { 'gl=1|S': [0, 1, 0], 'gl=2|B': [0, 1, 0], 'gl=3|B': [0, 1, 0], 'gl=2|E': [0, 0, 2], 'gl=3|I': [0, 0, 2], 'gl=3|E': [0, 0, 2] };
	// A lower-case word cannot start a name (a tie goes to O, the first tag), but may sit inside one ("Gulf of Mexico").
	for (let p = 0; p <= 7; p++) weights[`gp=${p}|false`] = [1, 0, 0];
	return loadTagger({ about: 'hand-written gazetteer-lookup baseline', tags: ['O', 'B', 'I'], weights, lowerWords: [] });
}

/** One Markdown table row. */
export function formatRow(label: string, s: Scores): string {
	const f = (x: number) => x.toFixed(3).replace(/^0/, '');
	return `| ${label} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${f(s.exactF1)} | ${f(s.acc161)} | ${Math.round(s.medianKm)} km |`;
}

/** Reads `--sweep name=v1,v2,…`: the weight's name and its values; undefined without the flag. */
export function parseSweep(argv: readonly string[]): { name: string; values: number[] } | undefined {
	const at = argv.indexOf('--sweep');
	if (at < 0) return undefined;
	const m = /^([A-Za-z0-9]+)=(.+)$/.exec(argv[at + 1] ?? '');
	if (!m) throw new Error(`--sweep needs name=v1,v2,… (one of: ${Object.keys(RESOLVER_WEIGHTS).join(', ')})`);
	const [, name, list] = m as unknown as [string, string, string];
	const values = list.split(',').map((v) => withWeights({ [name]: v.trim() })[name as keyof typeof RESOLVER_WEIGHTS]);
	return { name, values };
}

/** Scores the shipped model once per value of one weight: a Markdown table, one row per value, the one in use marked. */
export function sweep(corpora: Record<CorpusName, GoldArticle[]>, gazetteer: WorldGazetteer, tagger: Tagger, name: string, values: readonly number[]): string {
	const f = (x: number) => x.toFixed(3).replace(/^0/, '');
	const rows = [
		`| ${name} | LGL F1 | LGL acc@161 | LGL median | GeoVirus F1 | GeoVirus acc@161 | GeoVirus median |`,
		'|---|---|---|---|---|---|---|'
	];
	for (const value of values) {
		const weights = withWeights({ [name]: value });
		const cells = (['LGL', 'GeoVirus'] as const).map((c) => {
			const s = evaluate(corpora[c], gazetteer, tagger, false, { weights });
			return `${f(s.f1)} | ${f(s.acc161)} | ${Math.round(s.medianKm)} km`;
		});
		const inUse = RESOLVER_WEIGHTS[name as keyof typeof RESOLVER_WEIGHTS] === value ? ' (in use)' : '';
		rows.push(`| ${value}${inUse} | ${cells.join(' | ')} |`);
	}
	return rows.join('\n');
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
	const fast = process.argv.includes('--fast');
	// Read first, so a misspelt weight fails before the gazetteer loads.
	let swept: ReturnType<typeof parseSweep>;
	try {
		swept = parseSweep(process.argv);
	} catch (e) {
		console.error(`npm run eval: ${(e as Error).message}`);
		process.exit(2);
	}
	const t0 = performance.now();
	const gazetteer = loadWorldGazetteer();
	const tagger = loadWorldTagger();
	const corpora: Record<CorpusName, GoldArticle[]> = { LGL: readDevCorpus('LGL'), GeoVirus: readDevCorpus('GeoVirus') };
	if (swept) {
		console.log(sweep(corpora, gazetteer, tagger, swept.name, swept.values));
		process.exit(0);
	}
	if (process.argv.includes('--errors')) {
		for (const name of ['LGL', 'GeoVirus'] as const) console.log(`## ${name}\n${listErrors(corpora[name], gazetteer, tagger)}\n`);
		process.exit(0);
	}
	console.error(`loaded gazetteer (${gazetteer.places.length.toLocaleString('en-US')} places) and model in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
	const rows = ['| corpus (model) | precision | recall | F1 | exact-span F1 | acc@161 | median error |', '|---|---|---|---|---|---|---|'];
	for (const name of ['LGL', 'GeoVirus'] as const) {
		const s = evaluate(corpora[name], gazetteer, tagger);
		rows.push(formatRow(`${name} (shipped model, in-sample)`, s));
		console.error(`${name}: ${(s.chars / 1e6).toFixed(2)} MB in ${s.seconds.toFixed(1)} s, ${(s.chars / 1e6 / s.seconds).toFixed(2)} MB/s`);
	}
	rows.push(formatRow('GeoVirus (shipped model, demonyms not scored: its guidelines leave them out)', evaluate(corpora.GeoVirus, gazetteer, tagger, true)));
	if (process.argv.includes('--baseline')) {
		for (const name of ['LGL', 'GeoVirus'] as const) rows.push(formatRow(`${name} (no trained tagger: capitalised gazetteer names and context cues)`, evaluate(corpora[name], gazetteer, gazetteerOnlyTagger())));
	}
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
