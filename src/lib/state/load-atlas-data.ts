/** Fetches the built layers and index, naming the file when one is missing or corrupt. */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { AtlasIndex } from '$lib/domain/atlas-index';

/** The data the dashboard shows. */
export interface AtlasData {
	index: AtlasIndex;
	places: FeatureCollection<Point>;
	events: FeatureCollection<Point>;
	links: FeatureCollection<LineString>;
}

/** Loads what the map needs; the index alone is enough for the lists and panels. */
export async function loadAtlasData(base: string, fetcher: typeof fetch = fetch): Promise<AtlasData> {
	const [index, places, events, links] = await Promise.all([
		getJson<AtlasIndex>(fetcher, `${base}/data/index.json`, (v) => Array.isArray((v as AtlasIndex).places) && Array.isArray((v as AtlasIndex).events)),
		getJson<FeatureCollection<Point>>(fetcher, `${base}/data/places.geojson`, isFeatureCollection),
		getJson<FeatureCollection<Point>>(fetcher, `${base}/data/events.geojson`, isFeatureCollection),
		getJson<FeatureCollection<LineString>>(fetcher, `${base}/data/links.geojson`, isFeatureCollection)
	]);
	return { index, places, events, links };
}

function isFeatureCollection(v: unknown): boolean {
	return !!v && (v as FeatureCollection).type === 'FeatureCollection' && Array.isArray((v as FeatureCollection).features);
}

async function getJson<T>(fetcher: typeof fetch, url: string, valid: (v: unknown) => boolean): Promise<T> {
	let res: Response;
	try {
		res = await fetcher(url);
	} catch {
		throw new Error(`Could not fetch ${url}: the server did not answer.`);
	}
	if (!res.ok) throw new Error(`Could not load ${url}: the server answered ${res.status} ${res.statusText}. Rebuild the data with "npm run geodata".`);
	let value: unknown;
	try {
		value = await res.json();
	} catch {
		throw new Error(`${url} is not valid JSON: the file is corrupt. Rebuild the data with "npm run geodata".`);
	}
	if (!valid(value)) throw new Error(`${url} does not have the expected shape. Rebuild the data with "npm run geodata".`);
	return value as T;
}
