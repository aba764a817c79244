/**
 * `npm run geodata`: reads geodata/, builds the layers and the index, validates them and replaces
 * static/data/ atomically. On any problem it prints every one and leaves the previous outputs alone.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { geodataFiles } from '../../src/lib/domain/bundles/geodata-files';
import { browserInputs } from '../../src/lib/domain/bundles/browser-inputs';
import { checkGeoJson } from './check-geojson';
import { creditLine } from '../../src/lib/domain/credits/data-credits';
import { creditsOf } from '../../src/lib/domain/credits/place-credits';
import { TILE_MAX_ZOOM, tileLayers } from './tiles/tile-layers';
import { writePmtiles } from './tiles/write-pmtiles';
import { buildGeodata, type GeodataInputs, type GeodataOutputs } from '../../src/lib/domain/build-geodata';
import { InputError } from '../../src/lib/domain/records/input-problem';
import { loadGeonames } from './load-geonames';
import { ensureWorldGazetteer, TAGGER_FILE } from './load-world-gazetteer';
import { loadInputs } from './load-inputs';
import { removeStale, writeFilesAtomically } from './write-atomic';

// GeoNames is the same for every build in a process (the tests build dozens of broken corpora): read it once.
let geonames: ReturnType<typeof loadGeonames> | undefined;

/** Reads and builds `inputDir` in memory: the layers and the full index, before it is split by use. */
export async function buildFromFolder(inputDir = 'geodata'): Promise<{ inputs: GeodataInputs; out: GeodataOutputs }> {
	geonames ??= loadGeonames();
	const inputs = await loadInputs(inputDir, geonames);
	return { inputs, out: buildGeodata(inputs) };
}

/** Above this much article text (UTF-16 units) the dashboard does not offer to rebuild the corpus in the browser. */
export const BROWSER_BUILD_MAX_CHARS = 20_000_000;

/**
 * Builds from `inputDir` into `outputDir`; returns a one-line summary. Throws on any problem.
 * `options.layers` overrides the corpus config's choice between GeoJSON and vector tiles.
 */
export async function runBuild(inputDir = 'geodata', outputDir = 'static/data', options: { layers?: 'auto' | 'geojson' | 'tiles' } = {}): Promise<string> {
	const { inputs, out } = await buildFromFolder(inputDir);
	for (const w of inputs.warnings ?? []) console.warn(`geodata: note: ${w}`);
	const bounds: [number, number, number, number] = [-180, -85.05, 180, 85.05];
	const published = geodataFiles(inputs, out, {
		...options,
		checkGeoJson,
		tileMaxZoom: TILE_MAX_ZOOM,
		// The archive's metadata carries the places' credit as the GeoJSON layers do (TileJSON's `attribution`).
		writeTiles: (name, layer) => writePmtiles(tileLayers({ [name]: layer }), { bounds, metadata: { vector_layers: [{ id: name }], attribution: creditLine(creditsOf(out.index.places)) } })
	});
	const files = new Map([...published].map(([path, body]) => [join(outputDir, path), body]));
	// The article texts byte for byte as committed, not as read (a byte-order mark is dropped when read).
	for (const a of inputs.articles) files.set(join(outputDir, 'articles', a.meta.file), await readFile(join(inputDir, 'articles', a.meta.file)));
	// What the dashboard's worker needs to rebuild the same files with a reader's own articles added; past
	// BROWSER_BUILD_MAX_CHARS of text the browser would hold the whole corpus twice, so articles go in by `npm run ingest`.
	const textChars = inputs.articles.reduce((n, a) => n + a.text.length, 0);
	if (textChars <= BROWSER_BUILD_MAX_CHARS) files.set(join(outputDir, 'build-inputs.json'), JSON.stringify(browserInputs(inputs)));
	// The world gazetteer and the tagger, which the worker loads only when a reader adds an article.
	for (const f of [...ensureWorldGazetteer(), TAGGER_FILE]) files.set(join(outputDir, 'gazetteer', basename(f)), await readFile(f));
	await writeFilesAtomically(files);
	const written = new Set(files.keys());
	await removeStale(outputDir, /(\.pmtiles|^build-inputs\.json)$/, written);
	await removeStale(join(outputDir, 'places'), /\.json$/, written);
	await removeStale(join(outputDir, 'articles'), /\.(json|txt)$/, written);
	const machinePlaces = out.index.places.filter((p) => p.source === 'geonames').length;
	const tiled = published.has('events.pmtiles') || published.has('links.pmtiles');
	return (
		`geodata: ${out.index.articles.length} articles, ${out.places.features.length} places (${machinePlaces} from GeoNames rather than the curated gazetteer), ` +
		`${out.index.events.length} events (${out.events.features.length} event-place features), ${out.links.features.length} links, ` +
		`${out.index.mentions.length} mentions, ${out.stories.length} stories (${out.stories.reduce((n, s) => n + s.steps.length, 0)} steps)` +
		`${tiled ? ', layers also as vector tiles' : ''} → ${outputDir}/`
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
