/**
 * The geoparser's reading of every unreviewed article, with a person's corrections applied: what the
 * build puts on the map for articles no one has reviewed. One implementation for `npm run geodata`
 * and for the dashboard's worker.
 */
import type { ArticleInput } from '../build-geodata';
import { geoparseText, type GeoparsedToponym } from '../geoparse/geoparse-text';
import type { Tagger } from '../geoparse/recognise-toponyms';
import type { WorldGazetteer, WorldPlace } from '../geoparse/world-gazetteer';
import { InputError, type InputProblem } from '../records/input-problem';
import { applyCorrections } from './apply-corrections';

/** The readings by article id: `machine` corrected (for the build), `raw` as the geoparser gave them (for review). */
export interface UnreviewedReadings {
	machine: Map<string, GeoparsedToponym[]>;
	raw: Map<string, GeoparsedToponym[]>;
}

/**
 * Reads the unreviewed articles; throws an InputError naming each correction that no longer fits.
 *
 * @param onArticle called after each article (done, of total), for a progress bar
 */
export function readUnreviewedArticles(
	articles: readonly ArticleInput[],
	world: () => WorldGazetteer,
	tagger: () => Tagger,
	onArticle: (done: number, total: number) => void = () => {}
): UnreviewedReadings {
	const unreviewed = articles.filter((a) => a.meta.review === 'unreviewed');
	const out: UnreviewedReadings = { machine: new Map(), raw: new Map() };
	const problems: InputProblem[] = [];
	let byId: Map<number, WorldPlace> | undefined;
	// Indexed only when a correction names a place the geoparser did not offer.
	const placeById = (id: number) => (byId ??= new Map(world().places.filter((p) => typeof p.id === 'number').map((p) => [p.id as number, p]))).get(id);
	for (const a of unreviewed) {
		const raw = geoparseText(a.text, world(), tagger());
		const corrected = applyCorrections(a.text, raw, a.meta.corrections ?? [], a.metaFile, placeById);
		problems.push(...corrected.problems);
		out.raw.set(a.meta.id, raw);
		out.machine.set(a.meta.id, corrected.reading);
		onArticle(out.raw.size, unreviewed.length);
	}
	if (problems.length) throw new InputError(problems);
	return out;
}
