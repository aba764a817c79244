#!/usr/bin/env node
/**
 * `npm run bench`: what a page load costs, measured in Chromium against the built site served on
 * loopback: gzip bytes of the app's own JavaScript (beyond MapLibre's), of MapLibre, CSS, data,
 * basemap and fonts, and the time until the map is idle, as the median of several runs. It reports;
 * budgets belong to the issue that sets them (BENCH_APP_JS_KB makes the app-JS one fail the run).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.js';
import { findChromium } from '../tests/e2e/find-chromium.js';

const build = fileURLToPath(new URL('../build', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 5);
const server = await serve({ port: 0, host: '127.0.0.1', dir: build });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
	executablePath: findChromium(),
	args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--use-angle=swiftshader', '--enable-unsafe-swiftshader']
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let failed = false;
for (const route of ['/', '/present']) {
	const times = [];
	let sizes;
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const paths = new Set();
		page.on('request', (r) => paths.add(new URL(r.url()).pathname));
		const t0 = performance.now();
		await page.goto(`${origin}${route}`);
		await page.waitForFunction(() => window.__atlas?.mapIdle === true, null, { timeout: 60_000 });
		times.push(performance.now() - t0);
		sizes = { appJs: 0, maplibre: 0, css: 0, data: 0, basemap: 0, fonts: 0 };
		for (const path of paths) {
			let bytes;
			try {
				bytes = readFileSync(`${build}${path}`);
			} catch {
				continue;
			}
			const gz = gzipSync(bytes, { level: 9 }).length;
			if (path.endsWith('.js')) sizes[bytes.length > 400_000 ? 'maplibre' : 'appJs'] += gz;
			else if (path.endsWith('.css')) sizes.css += gz;
			else if (path.startsWith('/data/')) sizes.data += gz;
			else if (path.startsWith('/basemap/')) sizes.basemap += gz;
			else if (path.startsWith('/fonts/')) sizes.fonts += bytes.length;
		}
		await context.close();
	}
	const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
	console.log(
		`bench ${route}: map idle after ${Math.round(median(times))} ms (median of ${runs}; min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))}); ` +
			`gzip: app JS ${kb(sizes.appJs)}, MapLibre ${kb(sizes.maplibre)}, CSS ${kb(sizes.css)}, data ${kb(sizes.data)}, basemap ${kb(sizes.basemap)}; fonts ${kb(sizes.fonts)}`
	);
	const budget = Number(process.env.BENCH_APP_JS_KB ?? 0);
	if (budget && sizes.appJs > budget * 1024) {
		console.log(`bench ${route}: app JS ${kb(sizes.appJs)} is over the ${budget} KB budget`);
		failed = true;
	}
}
await browser.close();
server.close();
process.exit(failed ? 1 : 0);
