/**
 * The dashboard's build worker: rebuilds the atlas's data files with a reader's articles added, off
 * the main thread. It loads the shipped inputs, the world gazetteer and the tagger on first use (not
 * with the dashboard) and runs the same build as `npm run geodata`; it keeps the result in the browser's
 * storage when asked, so the page never copies a large build into it.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { buildGeodata } from '$lib/domain/build-geodata';
import { isBrowserInputs, type BrowserInputs } from '$lib/domain/bundles/browser-inputs';
import { geodataFiles } from '$lib/domain/bundles/geodata-files';
import { loadTagger, type Tagger, type TaggerModel } from '$lib/domain/geoparse/recognise-toponyms';
import { indexWorldGazetteer, type GazetteerPart, type WorldGazetteer } from '$lib/domain/geoparse/world-gazetteer';
import { assembleInputs, repeatedArticles } from '$lib/domain/ingest/assemble-inputs';
import { formatProblem, InputError } from '$lib/domain/records/input-problem';
import type { BuildRequest, BuildResponse, SearchRequest } from './build-messages';
import { searchGazetteer } from '$lib/domain/geoparse/search-gazetteer';
import { saveBuild } from './your-articles';

interface Loaded {
	shipped: BrowserInputs;
	world: WorldGazetteer;
	tagger: Tagger;
	countryShapes: Map<string, Feature<Polygon | MultiPolygon>>;
}

let loaded: Promise<Loaded> | undefined;

const post = (message: BuildResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

async function getJson<T>(url: string): Promise<T> {
	const res = await fetch(url);
	if (res.status === 404 && url.endsWith('/build-inputs.json')) throw new Error('This corpus is too large to rebuild in the browser; add articles with "npm run ingest" instead.');
	if (!res.ok) throw new Error(`Could not load ${url} (${res.status}). Rebuild the site with "npm run build".`);
	return (await res.json()) as T;
}

async function load(base: string): Promise<Loaded> {
	post({ kind: 'progress', step: 'Loading the gazetteer (first time only)…', fraction: 0 });
	const [shipped, core, local, model, countries] = await Promise.all([
		getJson<unknown>(`${base}/data/build-inputs.json`),
		getJson<GazetteerPart>(`${base}/data/gazetteer/world-core.json`),
		getJson<GazetteerPart>(`${base}/data/gazetteer/world-local.json`),
		getJson<TaggerModel>(`${base}/data/gazetteer/tagger-model.json`),
		getJson<FeatureCollection<Polygon | MultiPolygon, { iso?: string | null }>>(`${base}/basemap/countries.geojson`).catch(() => undefined)
	]);
	if (!isBrowserInputs(shipped)) throw new Error(`${base}/data/build-inputs.json does not have the expected shape. Rebuild the site with "npm run build".`);
	post({ kind: 'progress', step: 'Indexing the gazetteer…', fraction: 0.2 });
	const countryShapes = new Map((countries?.features ?? []).filter((f) => f.properties?.iso).map((f) => [f.properties!.iso!, f] as const));
	return { shipped, world: indexWorldGazetteer([core, local]), tagger: loadTagger(model), countryShapes };
}

self.onmessage = async (e: MessageEvent<BuildRequest | SearchRequest>) => {
	const { id, base } = e.data;
	try {
		loaded ??= load(base);
		loaded.catch(() => (loaded = undefined));
		if (e.data.kind === 'search') {
			const { world } = await loaded;
			return post({ kind: 'found', id, places: searchGazetteer(world, e.data.query) });
		}
		const { drafts, additions } = e.data;
		const { shipped, world, tagger, countryShapes } = await loaded;
		const repeated = repeatedArticles(shipped.articles, drafts);
		if (repeated.length) return post({ kind: 'failed', id, problems: repeated });
		const inputs = assembleInputs(shipped, drafts, additions, world, tagger, countryShapes, (done, total) =>
			post({ kind: 'progress', step: `Finding places: article ${done} of ${total}…`, fraction: 0.3 + (0.5 * done) / total })
		);
		post({ kind: 'progress', step: 'Building the map…', fraction: 0.85 });
		const out = buildGeodata(inputs);
		const files = Object.fromEntries([...geodataFiles(inputs, out)].map(([path, body]) => [path, typeof body === 'string' ? body : new TextDecoder().decode(body)]));
		const readings = Object.fromEntries(drafts.map((d) => [d.meta.id, JSON.stringify(inputs.readings.get(d.meta.id) ?? [])]));
		// Kept before the answer, so that a reload right after it finds the build; a failure to keep it only
		// means the next visit rebuilds.
		if (e.data.saveAs) await saveBuild({ key: e.data.saveAs, files: Object.entries(files), readings }).catch(() => {});
		const encoder = new TextEncoder();
		const bytes = Object.fromEntries(Object.entries(files).map(([path, text]) => [path, encoder.encode(text)]));
		post({ kind: 'done', id, files: bytes, readings }, Object.values(bytes).map((b) => b.buffer));
	} catch (err) {
		const problems = err instanceof InputError ? err.problems.map(formatProblem) : [err instanceof Error ? err.message : String(err)];
		post({ kind: 'failed', id, problems });
	}
};
