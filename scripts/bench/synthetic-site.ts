/**
 * A copy of the built site (build/) whose data is a synthetic corpus `factor` times the shipped one,
 * for browser tests and benchmarks at scale: `tsx scripts/bench/synthetic-site.ts 16 /tmp/site [auto|geojson|tiles]`.
 * Everything but `data/` is linked from build/; `data/` is built fresh (no precompressed copies, so the
 * server cannot serve the shipped corpus's).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runBuild } from '../../geodata/scripts/build-geodata';
import { writeSyntheticCorpus } from '../../geodata/scripts/synthetic-corpus';

export async function buildSyntheticSite(factor: number, site: string, layers: 'auto' | 'geojson' | 'tiles' = 'auto', build = 'build'): Promise<string> {
	if (!existsSync(build)) throw new Error(`${build} does not exist: run "npm run build" first`);
	await mkdir(site, { recursive: true });
	for (const entry of await readdir(build)) if (entry !== 'data') await symlink(resolve(build, entry), join(site, entry));
	const work = await mkdtemp(join(tmpdir(), `atlas-synthetic-${factor}-`));
	try {
		await writeSyntheticCorpus(join(work, 'geodata'), factor);
		return await runBuild(join(work, 'geodata'), join(site, 'data'), { layers });
	} finally {
		await rm(work, { recursive: true, force: true });
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const [factor, site, layers = 'auto'] = process.argv.slice(2);
	if (!factor || !site) {
		console.error('usage: tsx scripts/bench/synthetic-site.ts FACTOR OUT_DIR [auto|geojson|tiles]');
		process.exit(2);
	}
	if (!['auto', 'geojson', 'tiles'].includes(layers)) {
		console.error(`layers must be auto, geojson or tiles, not "${layers}"`);
		process.exit(2);
	}
	buildSyntheticSite(Number(factor), site, layers as 'auto' | 'geojson' | 'tiles').then(
		(summary) => console.log(summary),
		(e: unknown) => {
			console.error(e instanceof Error ? e.message : String(e));
			process.exit(1);
		}
	);
}
