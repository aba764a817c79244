/**
 * One build of a synthetic corpus, for `npm run bench`: run in its own process so its peak memory is its
 * own. Prints one JSON line: corpus size, build seconds, peak resident memory, the bytes of what the
 * dashboard's first view downloads (raw and gzip), whether the layers are tiled, and the time from the
 * busiest place's first page to its panel's content.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runBuild } from '../../geodata/scripts/build-geodata';
import { writeSyntheticCorpus } from '../../geodata/scripts/synthetic-corpus';
import type { FirstViewIndex, PlaceBundle } from '../../src/lib/domain/atlas-index';
import { placeSources } from '../../src/lib/domain/sources/place-sources';

const factor = Number(process.argv[2] ?? 1);
const seed = Number(process.argv[3] ?? 1);
const work = await mkdtemp(join(tmpdir(), `atlas-bench-${factor}-`));
try {
	const corpus = await writeSyntheticCorpus(join(work, 'geodata'), factor, seed);
	const t0 = performance.now();
	await runBuild(join(work, 'geodata'), join(work, 'data'));
	const seconds = (performance.now() - t0) / 1000;
	// What the dashboard downloads before its first frame: the index and the place layer, and the event
	// and link layers unless the build cut them into tiles (read a few at a time, by range requests).
	const index = JSON.parse(await readFile(join(work, 'data', 'index.json'), 'utf8')) as FirstViewIndex;
	const firstView = ['index.json', 'places.geojson', ...(index.tiles ? [] : ['events.geojson', 'links.geojson'])];
	let raw = 0;
	let gzip = 0;
	for (const f of firstView) {
		const bytes = await readFile(join(work, 'data', f));
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 6 }).length;
	}
	const iraq = await stat(join(work, 'data', 'places', 'iraq.json'));
	// Opening the busiest place: from its first page (parsed) to what the panel draws, median of 9.
	const page = JSON.parse(await readFile(join(work, 'data', 'places', 'iraq.json'), 'utf8')) as PlaceBundle;
	const times = Array.from({ length: 9 }, () => {
		const t = performance.now();
		placeSources(index, [page]);
		return performance.now() - t;
	}).sort((a, b) => a - b);
	const tiles = index.tiles ? await stat(join(work, 'data', 'events.pmtiles')) : undefined;
	console.log(
		JSON.stringify({
			factor,
			...corpus,
			buildSeconds: seconds,
			peakRssMB: process.resourceUsage().maxRSS / 1024,
			firstViewBytes: raw,
			firstViewGzipBytes: gzip,
			largestPlaceBundleBytes: iraq.size,
			openBusiestPlaceMs: times[4],
			layers: index.tiles ? 'tiles' : 'geojson',
			eventTilesBytes: tiles?.size ?? 0
		})
	);
} finally {
	await rm(work, { recursive: true, force: true });
}
