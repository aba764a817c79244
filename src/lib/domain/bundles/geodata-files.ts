/**
 * The files a build publishes, by path under the data folder: the three layers, the stories, the split
 * index and its bundles, and the article texts. `npm run geodata` writes them to `static/data/`; the
 * dashboard's worker builds the same files in memory when a reader adds an article, so both serve one
 * set of files to one loader.
 */
import type { FeatureCollection } from 'geojson';
import type { GeodataInputs, GeodataOutputs } from '../build-geodata';
import { creditLine } from '../credits/data-credits';
import { creditsOf } from '../credits/place-credits';
import { validateOutputs, type GeoJsonCheck } from '../layers/validate-outputs';
import { packFirstView } from './first-view-file';
import { placePageFile } from './place-pages';
import { searchTexts } from './search-texts';
import { splitIndex } from './split-index';

/** Writes a layer as a PMTiles archive (Node only); absent, the layers stay GeoJSON. */
export type TileWriter = (name: 'events' | 'links', layer: FeatureCollection) => Uint8Array;

/** Above this many event features, layers go out as vector tiles when a tile writer is given. */
export const TILES_ABOVE_FEATURES = 10_000;

/** Whether a corpus of `eventFeatures` event features is served as tiles, given the corpus config's choice. */
export function useTiles(layers: 'auto' | 'geojson' | 'tiles', eventFeatures: number): boolean {
	return layers === 'tiles' || (layers === 'auto' && eventFeatures > TILES_ABOVE_FEATURES);
}

/**
 * The checked files of a build, by path relative to the data folder; throws when a layer is not valid.
 * `options.checkGeoJson` adds a full GeoJSON validator (the Node build's); the checks of
 * validate-outputs.ts run everywhere.
 */
export function geodataFiles(
	inputs: GeodataInputs,
	out: GeodataOutputs,
	options: { layers?: 'auto' | 'geojson' | 'tiles'; writeTiles?: TileWriter; tileMaxZoom?: number; checkGeoJson?: GeoJsonCheck } = {}
): Map<string, string | Uint8Array> {
	const faults = validateOutputs(out, options.checkGeoJson);
	if (faults.length) throw new Error(`the built layers are not valid, nothing was written:\n${faults.map((f) => `  - ${f}`).join('\n')}`);
	// Every point of the three layers is a place's: they carry the credit of the places' sources, as
	// foreign members (RFC 7946 §6.1) that MapLibre and GIS tools ignore.
	const credits = creditsOf(out.index.places);
	const credited = (layer: FeatureCollection) => JSON.stringify({ type: layer.type, attribution: creditLine(credits), credits, features: layer.features });
	const files = new Map<string, string | Uint8Array>([
		['places.geojson', credited(out.places)],
		['events.geojson', credited(out.events)],
		['links.geojson', credited(out.links)],
		['stories.json', JSON.stringify(out.stories)]
	]);
	// The index split by use: a small first view, and a bundle per place and per article loaded when opened.
	const split = splitIndex(out.index);
	const { writeTiles } = options;
	if (writeTiles && useTiles(options.layers ?? inputs.corpus?.data.layers ?? 'auto', out.events.features.length)) {
		const tiles: NonNullable<typeof split.first.tiles> = { maxZoom: options.tileMaxZoom ?? 14 };
		for (const name of ['events', 'links'] as const) {
			if (!out[name].features.length) continue;
			files.set(`${name}.pmtiles`, writeTiles(name, out[name]));
			tiles[name] = `${name}.pmtiles`;
		}
		split.first.tiles = tiles;
	}
	files.set('index.json', JSON.stringify(packFirstView(split.first)));
	// What the search box reads beyond names, loaded with the search, after the first view.
	files.set('search-texts.json', JSON.stringify(searchTexts(out.index)));
	for (const b of split.places) files.set(`places/${placePageFile(b.place, b.page)}`, JSON.stringify(b));
	for (const b of split.articles) files.set(`articles/${b.article}.json`, JSON.stringify(b));
	for (const a of inputs.articles) files.set(`articles/${a.meta.file}`, a.text);
	return files;
}
