/**
 * `npm run geodata`: reads geodata/, builds the layers and the index, validates them and replaces
 * static/data/ atomically. On any problem it prints every one and leaves the previous outputs alone.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { splitIndex } from '../../src/lib/domain/bundles/split-index';
import { packFirstView } from '../../src/lib/domain/bundles/first-view-file';
import { placePageFile } from '../../src/lib/domain/bundles/place-pages';
import { TILE_MAX_ZOOM, tileLayers } from './tiles/tile-layers';
import { writePmtiles } from './tiles/write-pmtiles';
import { buildGeodata, type GeodataInputs, type GeodataOutputs } from '../../src/lib/domain/build-geodata';
import { InputError } from '../../src/lib/domain/records/input-problem';
import { loadGeonames } from './load-geonames';
import { loadInputs } from './load-inputs';
import { validateOutputs } from './validate-outputs';
import { removeStale, writeFilesAtomically } from './write-atomic';

// GeoNames is the same for every build in a process (the tests build dozens of broken corpora): read it once.
let geonames: ReturnType<typeof loadGeonames> | undefined;

/** Reads and builds `inputDir` in memory: the layers and the full index, before it is split by use. */
export async function buildFromFolder(inputDir = 'geodata'): Promise<{ inputs: GeodataInputs; out: GeodataOutputs }> {
	geonames ??= loadGeonames();
	const inputs = await loadInputs(inputDir, geonames);
	return { inputs, out: buildGeodata(inputs) };
}

/**
 * Above this many event features the events and links layers are also written as vector tiles and the
 * dashboard reads those: a GeoJSON source is parsed and indexed whole in the browser before the first
 * frame, tiles only where and when the map shows them (measured: docs/scale.md).
 */
export const TILES_ABOVE_FEATURES = 10_000;

function useTiles(layers: 'auto' | 'geojson' | 'tiles', eventFeatures: number): boolean {
	return layers === 'tiles' || (layers === 'auto' && eventFeatures > TILES_ABOVE_FEATURES);
}

/**
 * Builds from `inputDir` into `outputDir`; returns a one-line summary. Throws on any problem.
 * `options.layers` overrides the corpus config's choice between GeoJSON and vector tiles.
 */
export async function runBuild(inputDir = 'geodata', outputDir = 'static/data', options: { layers?: 'auto' | 'geojson' | 'tiles' } = {}): Promise<string> {
	const { inputs, out } = await buildFromFolder(inputDir);
	for (const w of inputs.warnings ?? []) console.warn(`geodata: note: ${w}`);
	const faults = validateOutputs(out);
	if (faults.length) throw new Error(`the built layers are not valid, nothing was written:\n${faults.map((f) => `  - ${f}`).join('\n')}`);
	const files = new Map<string, string | Uint8Array>([
		[join(outputDir, 'places.geojson'), JSON.stringify(out.places)],
		[join(outputDir, 'events.geojson'), JSON.stringify(out.events)],
		[join(outputDir, 'links.geojson'), JSON.stringify(out.links)],
		[join(outputDir, 'stories.json'), JSON.stringify(out.stories)]
	]);
	// The index split by use: a small first view, and a bundle per place and per article loaded when opened.
	const split = splitIndex(out.index);
	if (useTiles(options.layers ?? inputs.corpus?.data.layers ?? 'auto', out.events.features.length)) {
		const tiles: NonNullable<typeof split.first.tiles> = { maxZoom: TILE_MAX_ZOOM };
		for (const name of ['events', 'links'] as const) {
			const layer = out[name];
			if (!layer.features.length) continue;
			files.set(join(outputDir, `${name}.pmtiles`), writePmtiles(tileLayers({ [name]: layer }), { bounds: [-180, -85.05, 180, 85.05], metadata: { vector_layers: [{ id: name }] } }));
			tiles[name] = `${name}.pmtiles`;
		}
		split.first.tiles = tiles;
	}
	files.set(join(outputDir, 'index.json'), JSON.stringify(packFirstView(split.first)));
	for (const b of split.places) files.set(join(outputDir, 'places', placePageFile(b.place, b.page)), JSON.stringify(b));
	for (const b of split.articles) files.set(join(outputDir, 'articles', `${b.article}.json`), JSON.stringify(b));
	for (const a of inputs.articles) files.set(join(outputDir, 'articles', a.meta.file), await readFile(join(inputDir, 'articles', a.meta.file)));
	await writeFilesAtomically(files);
	const written = new Set(files.keys());
	await removeStale(outputDir, /\.pmtiles$/, written);
	await removeStale(join(outputDir, 'places'), /\.json$/, written);
	await removeStale(join(outputDir, 'articles'), /\.(json|txt)$/, written);
	const machinePlaces = out.index.places.filter((p) => p.source === 'geonames').length;
	return (
		`geodata: ${out.index.articles.length} articles, ${out.places.features.length} places (${machinePlaces} from GeoNames rather than the curated gazetteer), ` +
		`${out.index.events.length} events (${out.events.features.length} event-place features), ${out.links.features.length} links, ` +
		`${out.index.mentions.length} mentions, ${out.stories.length} stories (${out.stories.reduce((n, s) => n + s.steps.length, 0)} steps)` +
		`${split.first.tiles ? ', layers also as vector tiles' : ''} → ${outputDir}/`
	);
}

// pathToFileURL, not `file://${argv[1]}`: a checkout whose path has a space must still run the build.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	// Optional arguments: another input folder and output folder (used by the tests' fixtures).
	const [inputDir, outputDir] = process.argv.slice(2);
	runBuild(inputDir, outputDir).then(
		(summary) => console.log(summary),
		(e: unknown) => {
			console.error(e instanceof InputError ? `geodata: ${e.message}` : `geodata: ${e instanceof Error ? e.message : String(e)}`);
			console.error('geodata: nothing was written; the previous files in static/data/ are unchanged.');
			process.exit(1);
		}
	);
}
