/**
 * The dashboard on a corpus sixteen times the shipped one (80 articles, 992 events), built fresh into a
 * copy of the site: the place with the most sources opens a page of them at a time, "Show more
 * sources" brings the next, and a link to an event deep in the list loads up to its page. The same
 * corpus served as vector tiles (PMTiles) draws, filters and opens events like the GeoJSON one.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { serve } from '../../scripts/serve.js';
import { launch, openPage, waitForMapIdle } from './browser.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let browser;
let base;
let tiledBase;
const sites = [];

/** Builds a 16× site with the given layers and serves it; returns its URL. */
async function serveSite(layers) {
	const site = mkdtempSync(join(tmpdir(), `atlas-scale-${layers}-`));
	execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/bench/synthetic-site.ts'), '16', site, layers], { cwd: root, stdio: 'inherit' });
	const server = await serve({ port: 0, host: '127.0.0.1', dir: site });
	sites.push({ site, server });
	return `http://127.0.0.1:${server.address().port}`;
}

before(async () => {
	base = await serveSite('geojson');
	tiledBase = await serveSite('tiles');
	browser = await launch();
});
after(async () => {
	await browser?.close();
	for (const { site, server } of sites) {
		server.close();
		rmSync(site, { recursive: true, force: true });
	}
});

describe('at sixteen times the corpus', () => {
	it('opens Iraq a page of sources at a time and shows more on request', async () => {
		const { page, errors, context } = await openPage(browser);
		await page.goto(`${base}/?place=iraq`);
		await waitForMapIdle(page);
		const panel = page.locator('[data-testid="source-panel"]');
		await panel.locator('h2').waitFor();
		assert.match(await panel.locator('h3').first().textContent(), /^Named in 80 articles, \d+ sentences$/);
		const articles = () => panel.locator('article.source').count();
		const firstPage = await articles();
		assert.equal(firstPage, 25);
		assert.match(await panel.getByTestId('more-sources').first().textContent(), /\d+ of 80 articles shown\./);
		await panel.getByRole('button', { name: 'Show more sources' }).first().click();
		await page.waitForFunction((n) => document.querySelectorAll('[data-testid="source-panel"] article.source').length > n, firstPage);
		assert.equal(await articles(), 50);
		assert.deepEqual(errors, []);
		await context.close();
	});

	it('loads up to the page of an event the link selects, and shows it', async () => {
		const { page, errors, requests, context } = await openPage(browser);
		// The sixteenth copy of the 2011 withdrawal, hundreds of events into Iraq's list.
		await page.goto(`${base}/?place=iraq&event=us-troops-leave-iraq-2011-k15`);
		const event = page.locator('[data-testid="source-panel"] article.event[data-event="us-troops-leave-iraq-2011-k15"]');
		await event.waitFor({ timeout: 20_000 });
		assert.ok(await event.isVisible());
		assert.ok(requests.some((u) => /\/data\/places\/iraq\.page-\d+\.json$/.test(u)), 'a later page of the bundle was fetched');
		assert.deepEqual(errors, []);
		await context.close();
	});

	it('draws the events from vector tiles, by range requests, and filters and opens them as with GeoJSON', async () => {
		const { page, errors, requests, context } = await openPage(browser);
		const ranges = [];
		page.on('request', (r) => r.url().endsWith('.pmtiles') && ranges.push(r.headers().range));
		await page.goto(`${tiledBase}/?at=8/34.72/44.58`);
		await waitForMapIdle(page);
		assert.ok(ranges.length > 1 && ranges.every((r) => /^bytes=\d+-\d+$/.test(r)), `range requests: ${ranges}`);
		assert.ok(!requests.some((u) => u.endsWith('/data/events.geojson')), 'the GeoJSON layer is not downloaded');
		const drawn = () =>
			page.evaluate(() => [...new Set(window.__atlas.map.queryRenderedFeatures({ layers: ['atlas-events', 'atlas-crowded'] }).map((f) => f.properties.event ?? `badge:${f.properties.place}`))]);
		const all = await drawn();
		assert.ok(all.includes('badge:amerli'), `Amerli's sixteen copies of its events are one badge: ${all}`);
		// One article (the original essay): Amerli's badge gives way to its one dot, read from the tiles,
		// and a selected event is marked in the tiled source.
		await page.goto(`${tiledBase}/?at=8/34.72/44.58&article=blog-2015-iran-beachhead&place=amerli&event=amerli-siege`);
		await waitForMapIdle(page);
		const one = await drawn();
		assert.ok(one.includes('amerli-siege') && !one.some((id) => id.startsWith('badge:') || /-k\d+$/.test(id)), `drawn: ${one}`);
		const selected = await page.evaluate(() => window.__atlas.map.getFeatureState({ source: 'atlas-events', sourceLayer: 'events', id: 'amerli-siege@amerli' }).selected);
		assert.equal(selected, true);
		await context.close();
		assert.deepEqual(errors, []);
	});

	it('points tiled arcs with arrowheads, filtered with them, and says so in the legend', async () => {
		const { page, errors, context } = await openPage(browser);
		await page.goto(`${tiledBase}/?at=5/33.5/47`);
		await waitForMapIdle(page);
		const arrows = () => page.evaluate(() => [...new Set(window.__atlas.map.queryRenderedFeatures({ layers: ['atlas-link-arrows'] }).map((f) => f.properties.event))]);
		const all = await arrows();
		// Arrowheads with the same glyph along coincident arcs are placed once, not sixteen times over.
		assert.ok(all.length > 0, 'arrowheads on the arcs');
		await page.goto(`${tiledBase}/?at=5/33.5/47&article=blog-2015-iran-beachhead`);
		await waitForMapIdle(page);
		const one = await arrows();
		assert.ok(one.length > 0 && one.every((id) => !/-k\d+$/.test(id)), `only the essay's own arcs: ${one}`);
		await page.getByText('Legend', { exact: true }).click();
		await page.locator('[data-legend="link"]').filter({ hasText: 'arrowheads point where it arrives' }).waitFor();
		await context.close();
		assert.deepEqual(errors, []);
	});
});
