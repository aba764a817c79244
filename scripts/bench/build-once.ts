/**
 * One build of a synthetic corpus, for `npm run bench`: run in its own process so its peak memory is its
 * own. Prints one JSON line: corpus size, build seconds, peak resident memory, and the bytes of what the
 * dashboard's first view downloads (raw and gzip).
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runBuild } from '../../geodata/scripts/build-geodata';
import { writeSyntheticCorpus } from '../../geodata/scripts/synthetic-corpus';

const factor = Number(process.argv[2] ?? 1);
const seed = Number(process.argv[3] ?? 1);
const work = await mkdtemp(join(tmpdir(), `atlas-bench-${factor}-`));
try {
	const corpus = await writeSyntheticCorpus(join(work, 'geodata'), factor, seed);
	const t0 = performance.now();
	await runBuild(join(work, 'geodata'), join(work, 'data'));
	const seconds = (performance.now() - t0) / 1000;
	const firstView = ['index.json', 'places.geojson', 'events.geojson', 'links.geojson'];
	let raw = 0;
	let gzip = 0;
	for (const f of firstView) {
		const bytes = await readFile(join(work, 'data', f));
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 6 }).length;
	}
	const iraq = await stat(join(work, 'data', 'places', 'iraq.json'));
	console.log(
		JSON.stringify({
			factor,
			...corpus,
			buildSeconds: seconds,
			peakRssMB: process.resourceUsage().maxRSS / 1024,
			firstViewBytes: raw,
			firstViewGzipBytes: gzip,
			largestPlaceBundleBytes: iraq.size
		})
	);
} finally {
	await rm(work, { recursive: true, force: true });
}
