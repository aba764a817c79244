/**
 * The build's inputs with a reader's own articles added: the shipped records, the drafts, the
 * geoparser's reading of every unreviewed article and the GeoNames namesakes — what `loadInputs` gives
 * the build in Node, put together from what the browser has loaded.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ArticleInput, GeodataInputs } from '../build-geodata';
import type { BrowserInputs } from '../bundles/browser-inputs';
import { fallbackPlacesOf, indexFallbackPlaces } from '../gazetteer/fallback-gazetteer';
import type { GeoparsedToponym } from '../geoparse/geoparse-text';
import { readUnreviewedArticles } from './read-unreviewed';
import type { Tagger } from '../geoparse/recognise-toponyms';
import type { Event, GazetteerPlace, Group } from '../records/schema';
import type { WorldGazetteer } from '../geoparse/world-gazetteer';
import { textHash, type ArticleDraft } from './draft-article';
import { normaliseText } from './article-input';

/** What a reader added beside articles: places accepted for events, and the events recorded. */
export interface Additions {
	places: GazetteerPlace[];
	events: Event[];
	/** Groups added from proposals (absent in additions saved before groups could be added). */
	groups?: Group[];
}

export const NO_ADDITIONS: Additions = { places: [], events: [], groups: [] };

/** The shipped records with the reader's places and events added, filed as the shipped ones are. */
export function withAdditions<T extends Pick<BrowserInputs, 'gazetteer' | 'events' | 'actors'>>(shipped: T, additions: Additions): T {
	return {
		...shipped,
		actors: { ...shipped.actors, data: { ...shipped.actors.data, groups: [...shipped.actors.data.groups, ...(additions.groups ?? [])] } },
		gazetteer: { ...shipped.gazetteer, data: { ...shipped.gazetteer.data, places: [...shipped.gazetteer.data.places, ...additions.places] } },
		events: { ...shipped.events, data: { ...shipped.events.data, events: [...shipped.events.data.events, ...additions.events] } }
	};
}

/** A draft as the build reads it, filed under `geodata/articles/` like one added by `npm run ingest`. */
export function draftInput(draft: ArticleDraft): ArticleInput {
	return { file: `geodata/articles/${draft.meta.file}`, metaFile: `geodata/articles/${draft.metaFile}`, meta: draft.meta, text: draft.text };
}

/**
 * Puts the inputs together.
 *
 * @param onArticle called after each unreviewed article is geoparsed (done, of total), for a progress bar
 * @returns the inputs, and the geoparser's uncorrected `readings` of the unreviewed articles (for review)
 */
export function assembleInputs(
	shipped: BrowserInputs,
	drafts: readonly ArticleDraft[],
	additions: Additions,
	world: WorldGazetteer,
	tagger: Tagger,
	countryShapes: ReadonlyMap<string, Feature<Polygon | MultiPolygon>>,
	onArticle: (done: number, total: number) => void = () => {}
): GeodataInputs & { readings: Map<string, GeoparsedToponym[]> } {
	const articles = [...shipped.articles, ...drafts.map(draftInput)];
	const { machine, raw } = readUnreviewedArticles(articles, () => world, () => tagger, onArticle);
	return { ...withAdditions(shipped, additions), articles, countryShapes, machine, readings: raw, ...fallbackOf(world) };
}

// Indexing the world's 138k GeoNames places takes a second or more: once per loaded gazetteer, not once per build
// (the worker rebuilds after every article a reader adds or corrects).
const fallbackIndexes = new WeakMap<WorldGazetteer, Pick<GeodataInputs, 'fallback' | 'fallbackById'>>();

function fallbackOf(world: WorldGazetteer): Pick<GeodataInputs, 'fallback' | 'fallbackById'> {
	let cached = fallbackIndexes.get(world);
	if (!cached) {
		const places = fallbackPlacesOf(world);
		cached = { fallback: indexFallbackPlaces(places), fallbackById: new Map(places.map((p) => [p.geonameId, p])) };
		fallbackIndexes.set(world, cached);
	}
	return cached;
}

/**
 * Each draft whose text the atlas already holds (shipped, or added before), in words naming both: the
 * same article pasted twice, or dropped as a file after being pasted, is recognised by its text.
 */
export function repeatedArticles(existing: readonly Pick<ArticleInput, 'meta' | 'text'>[], drafts: readonly ArticleDraft[]): string[] {
	const known = new Map(existing.map((a) => [textHash(normaliseText(a.text)), a.meta]));
	const problems: string[] = [];
	for (const d of drafts) {
		const hash = textHash(normaliseText(d.text));
		const twin = known.get(hash);
		if (twin) problems.push(`“${d.meta.title}” is already in the atlas as “${twin.title}” (${twin.outlet.name}).`);
		else known.set(hash, d.meta);
	}
	return problems;
}
