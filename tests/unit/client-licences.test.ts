/**
 * The licence guard of the browser bundle (scripts/client-licences.js) on the real import graphs: the
 * build worker's, which runs the same build as `npm run geodata` but must not carry the Node build's
 * LGPL GeoJSON validator, and that validator's own module, which the guard must catch.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { copyleftGuard, isCopyleft, licenceNotices, NOTICES_FILE, packagesOf } from '../../scripts/client-licences.js';

/** The files esbuild pulls in when it bundles `entry` for a browser, as the app's bundler would. */
async function importGraph(entry: string): Promise<string[]> {
	const { metafile } = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', platform: 'browser', alias: { $lib: './src/lib' }, logLevel: 'silent' });
	return Object.keys(metafile.inputs);
}

describe('client-licences', () => {
	it('finds no GPL-family package in the build worker, and no geojson-validation, though it holds the build’s libraries', async () => {
		const packages = packagesOf(await importGraph('src/lib/ingest/build-worker.ts'));
		expect([...packages.keys()]).toEqual(expect.arrayContaining(['zod', '@turf/great-circle', '@turf/boolean-point-in-polygon']));
		expect(packages.has('geojson-validation')).toBe(false);
		expect([...packages].filter(([, licence]) => isCopyleft(licence))).toEqual([]);
	});

	it('finds no GPL-family package in the worker that reads a dropped file, which holds Readability and linkedom', async () => {
		const packages = packagesOf(await importGraph('src/lib/ingest/draft-worker.ts'));
		expect([...packages.keys()]).toEqual(expect.arrayContaining(['@mozilla/readability', 'linkedom']));
		expect([...packages].filter(([, licence]) => isCopyleft(licence))).toEqual([]);
	});

	it('catches geojson-validation (LGPL-3.0) in the Node build’s GeoJSON check', async () => {
		const packages = packagesOf(await importGraph('geodata/scripts/check-geojson.ts'));
		expect(packages.get('geojson-validation')).toBe('LGPL-3'); // as its package.json spells it
		expect(isCopyleft(packages.get('geojson-validation')!)).toBe(true);
	});

	it('fails a client build whose chunk holds geojson-validation, as Rollup names its modules, and passes one without', () => {
		const guard = copyleftGuard() as unknown as { generateBundle(this: unknown, options: object, bundle: object): void };
		const chunk = (...ids: string[]) => ({ 'w.js': { type: 'chunk', fileName: 'w.js', moduleIds: ids.map((id) => id.replace(/^(\0?)(.*)/, (_, nul: string, path: string) => nul + resolve(path))) } });
		const errors: string[] = [];
		const emitted: { fileName: string; source: string }[] = [];
		const context = { environment: { config: { consumer: 'client' } }, error: (message: string) => errors.push(message), emitFile: (file: { fileName: string; source: string }) => emitted.push(file) };
		guard.generateBundle.call(context, {}, chunk('node_modules/zod/v4/index.js', '\0node_modules/@mozilla/readability/index.js?commonjs-proxy'));
		expect(errors).toEqual([]);
		expect(emitted.map((f) => f.fileName)).toEqual([NOTICES_FILE]);
		expect(emitted[0]!.source).toContain('@mozilla/readability 0.6.0 (Apache-2.0)');
		guard.generateBundle.call(context, {}, chunk('node_modules/zod/v4/index.js', '\0node_modules/geojson-validation/index.js?commonjs-exports'));
		expect(errors).toEqual([expect.stringContaining('geojson-validation (LGPL-3) in w.js')]);
	});

	it('gives each bundled package’s licence text, or where to find it when the package ships none', () => {
		packagesOf(['node_modules/arc/arc.js', 'node_modules/pmtiles/dist/esm/index.js', 'node_modules/zod/v4/index.js'].map((p) => resolve(p)));
		const notices = licenceNotices(['zod', 'arc', 'pmtiles']);
		expect(notices.indexOf('arc 0.2.0 (unknown)')).toBeLessThan(notices.indexOf('pmtiles 4.5.0 (BSD-3-Clause)'));
		expect(notices).toContain('Copyright (c) Dane Springmeyer');
		expect(notices).toMatch(/pmtiles 4\.5\.0 \(BSD-3-Clause\)\n\nThe package ships no licence file; see .*protomaps/);
		expect(notices).toMatch(/zod 4\.6\.7 \(MIT\)\n\nMIT License\n\nCopyright \(c\) 20\d\d Colin McDonnell/);
	});

	it('reads a licence expression as binding only when every alternative is GPL-family', () => {
		expect(['GPL-3.0-or-later', 'LGPL-2.1', 'AGPL-3.0-only', '(GPL-2.0 OR LGPL-3.0)'].filter(isCopyleft)).toHaveLength(4);
		expect(['MIT', 'BSD-3-Clause', 'Apache-2.0', 'ISC', '(MIT OR GPL-3.0)', 'MPL-2.0', 'unknown'].filter(isCopyleft)).toEqual([]);
	});
});
