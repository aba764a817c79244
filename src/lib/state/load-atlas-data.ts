/** Fetches the built layers and index, naming the file when one is missing or corrupt. */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { ArticleBundle, ArticleCard, FirstViewIndex, PlaceBundle } from '$lib/domain/atlas-index';
import { placePageFile } from '$lib/domain/bundles/place-pages';
import { isFirstViewFile, unpackFirstView, type FirstViewFile } from '$lib/domain/bundles/first-view-file';

/** The data the dashboard shows. */
export interface AtlasData {
	index: FirstViewIndex;
	places: FeatureCollection<Point>;
	events: FeatureCollection<Point>;
	links: FeatureCollection<LineString>;
	/** Why a map layer could not be loaded; the lists and panels work from the index regardless. */
	layerError?: string;
}

const EMPTY: FeatureCollection<never> = { type: 'FeatureCollection', features: [] };

/**
 * Loads the index (without which nothing can be shown) and the map layers (without which the lists and
 * panels still work: a broken layer file is reported, not fatal).
 */
export async function loadAtlasData(base: string, fetcher: typeof fetch = fetch): Promise<AtlasData> {
	const layer = <T>(name: string) =>
		getJson<T>(fetcher, `${base}/data/${name}`, isFeatureCollection).then(
			(value) => ({ value, error: undefined }),
			(e: Error) => ({ value: EMPTY as T, error: e.message })
		);
	const indexed = getJson<FirstViewFile>(fetcher, `${base}/data/index.json`, isFirstViewFile).then(unpackFirstView);
	// A corpus served as vector tiles has its events and links read by the map, tile by tile, not here.
	const unlessTiled = <T>(name: string) =>
		indexed.then(
			(i) => (i.tiles ? { value: EMPTY as T, error: undefined } : layer<T>(name)),
			() => ({ value: EMPTY as T, error: undefined })
		);
	const [index, places, events, links] = await Promise.all([
		indexed,
		layer<FeatureCollection<Point>>('places.geojson'),
		unlessTiled<FeatureCollection<Point>>('events.geojson'),
		unlessTiled<FeatureCollection<LineString>>('links.geojson')
	]);
	const errors = [places.error, events.error, links.error].filter(Boolean);
	return {
		index,
		places: places.value,
		events: events.value,
		links: links.value,
		...(errors.length ? { layerError: `${errors.join(' ')} The map may be incomplete; the lists and source panels below still work.` } : {})
	};
}

/**
 * Loads one page of a place's bundle (`data/places/<id>.json` is the first): its sentences and events
 * in full, fetched when its sources are opened rather than with the first view.
 */
export function loadPlaceBundle(base: string, id: string, page = 0, fetcher: typeof fetch = fetch): Promise<PlaceBundle> {
	return getJson<PlaceBundle>(
		fetcher,
		`${base}/data/places/${encodeURIComponent(placePageFile(id, page))}`,
		(v) => (v as PlaceBundle).place === id && (v as PlaceBundle).page === page && Array.isArray((v as PlaceBundle).sentences)
	);
}

/**
 * Loads what the reader needs of one article: its bundle (`data/articles/<id>.json`: body spans, every
 * recognised name as a span) and its verbatim text (`data/<textPath>`), whose offsets the spans index.
 */
export async function loadArticle(base: string, article: Pick<ArticleCard, 'id' | 'textPath'>, fetcher: typeof fetch = fetch): Promise<{ bundle: ArticleBundle; text: string }> {
	const [bundle, text] = await Promise.all([
		getJson<ArticleBundle>(fetcher, `${base}/data/articles/${encodeURIComponent(article.id)}.json`, (v) => (v as ArticleBundle).article === article.id && Array.isArray((v as ArticleBundle).mentions)),
		getText(fetcher, `${base}/data/${article.textPath.split('/').map(encodeURIComponent).join('/')}`)
	]);
	return { bundle, text };
}

/** A text file as a string; decoding as UTF-8 drops a byte-order mark, as the build did when it read the file. */
async function getText(fetcher: typeof fetch, url: string): Promise<string> {
	return (await fetchOk(fetcher, url)).text();
}

/** The answer for `url`, or an error naming it when the server does not answer or answers with a failure. */
async function fetchOk(fetcher: typeof fetch, url: string): Promise<Response> {
	let res: Response;
	try {
		res = await fetcher(url);
	} catch {
		throw new Error(`Could not fetch ${url}: the server did not answer.`);
	}
	if (!res.ok) throw new Error(`Could not load ${url}: the server answered ${res.status} ${res.statusText}. Rebuild the data with "npm run geodata".`);
	return res;
}

function isFeatureCollection(v: unknown): boolean {
	return !!v && (v as FeatureCollection).type === 'FeatureCollection' && Array.isArray((v as FeatureCollection).features);
}

async function getJson<T>(fetcher: typeof fetch, url: string, valid: (v: unknown) => boolean): Promise<T> {
	const res = await fetchOk(fetcher, url);
	let value: unknown;
	try {
		value = await res.json();
	} catch {
		throw new Error(`${url} is not valid JSON: the file is corrupt. Rebuild the data with "npm run geodata".`);
	}
	if (!valid(value)) throw new Error(`${url} does not have the expected shape. Rebuild the data with "npm run geodata".`);
	return value as T;
}
