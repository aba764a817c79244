/**
 * The dashboard on a corpus six times the shipped one (30 articles, 372 events), built fresh into a copy
 * of the site with its layers as vector tiles (PMTiles): enough for Iraq to be named in more articles
 * than a page of sources holds (25) and to have more events than two pages hold (50 each), and for
 * Baghdad to have more events than the twelve spots round a place on the map. The place opens a page of
 * sources at a time, "Show more sources" brings the rest, a link to an event deep in the list loads up
 * to its page, and the tiled layers draw, filter and open events like the GeoJSON ones. One build and
 * one page; the build's paging itself is checked in geodata/scripts/scale.test.ts.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { serve } from '../../scripts/serve.js';
import { launch } from './browser.js';
import { SIZES, openAt, visit, waitForFirstDraw } from './session.js';

const FACTOR = 6;
const root = fileURLToPath(new URL('../..', import.meta.url));
let browser;
let site;
let server;
let session;

before(async () => {
	site = mkdtempSync(join(tmpdir(), 'atlas-scale-tiles-'));
	execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/bench/synthetic-site.ts'), String(FACTOR), site, 'tiles'], { cwd: root, stdio: 'inherit' });
	server = await serve({ port: 0, host: '127.0.0.1', dir: site });
	browser = await launch();
	session = await openAt(browser, SIZES.laptop);
	session.ranges = [];
	session.page.on('request', (r) => r.url().endsWith('.pmtiles') && session.ranges.push(r.headers().range));
	await session.page.goto(`http://127.0.0.1:${server.address().port}/?place=iraq`);
	await waitForFirstDraw(session.page);
});
after(async () => {
	await browser?.close();
	server?.close();
	if (site) rmSync(site, { recursive: true, force: true });
});

/** The page files of Iraq's bundle requested so far (2 for `iraq.page-2.json`). */
const iraqPages = (requests) => requests.map((u) => u.match(/\/data\/places\/iraq\.page-(\d+)\.json$/)?.[1]).filter(Boolean).map(Number);

describe(`at ${FACTOR} times the corpus`, () => {
	it('opens Iraq a page of sources at a time and shows more on request', async () => {
		const { page, errors } = session;
		const panel = page.locator('[data-testid="source-panel"]');
		await panel.locator('h2').waitFor();
		assert.match(await panel.locator('h3').first().textContent(), new RegExp(`^Named in ${5 * FACTOR} articles, \\d+ sentences$`));
		const articles = () => panel.locator('article.source').count();
		const firstPage = await articles();
		assert.equal(firstPage, 25);
		assert.match(await panel.getByTestId('more-sources').first().textContent(), new RegExp(`\\d+ of ${5 * FACTOR} articles shown\\.`));
		await panel.getByRole('button', { name: 'Show more sources' }).first().click();
		await page.waitForFunction((n) => document.querySelectorAll('[data-testid="source-panel"] article.source').length > n, firstPage);
		assert.equal(await articles(), 5 * FACTOR);
		assert.deepEqual(errors, []);
	});

	it('loads up to the page of an event the link selects, and shows it', async () => {
		const { page, errors, requests } = session;
		const fetched = Math.max(1, ...iraqPages(requests));
		// The last copy of the 2011 withdrawal, a hundred events into Iraq's list: on its third page.
		await visit(page, `?place=iraq&event=us-troops-leave-iraq-2011-k${FACTOR - 1}`, { map: false });
		const event = page.locator(`[data-testid="source-panel"] article.event[data-event="us-troops-leave-iraq-2011-k${FACTOR - 1}"]`);
		await event.waitFor({ timeout: 20_000 });
		assert.ok(await event.isVisible());
		assert.ok(Math.max(...iraqPages(requests)) > fetched, `a later page of the bundle was fetched: ${iraqPages(requests)}`);
		assert.deepEqual(errors, []);
	});

	it('draws the events from vector tiles, by range requests, and filters and opens them as with GeoJSON', async () => {
		const { page, errors, requests, ranges } = session;
		// Baghdad and Amerli in view: Baghdad's four events, six times over, are more than the twelve spots round a place.
		await visit(page, '?at=7/34/44.5');
		assert.ok(ranges.length > 1 && ranges.every((r) => /^bytes=\d+-\d+$/.test(r)), `range requests: ${ranges}`);
		assert.ok(!requests.some((u) => u.endsWith('/data/events.geojson')), 'the GeoJSON layer is not downloaded');
		const drawn = () =>
			page.evaluate(() => [...new Set(window.__atlas.map.queryRenderedFeatures({ layers: ['atlas-events', 'atlas-crowded'] }).map((f) => f.properties.event ?? `badge:${f.properties.place}`))]);
		const all = await drawn();
		assert.ok(all.includes('badge:baghdad'), `Baghdad's ${4 * FACTOR} events are one badge: ${all}`);
		// One article (the original essay): the badges give way to its own dots, read from the tiles,
		// and a selected event is marked in the tiled source.
		await visit(page, '?at=7/34/44.5&article=blog-2015-iran-beachhead&place=amerli&event=amerli-siege');
		const one = await drawn();
		assert.ok(one.includes('amerli-siege') && !one.some((id) => id.startsWith('badge:') || /-k\d+$/.test(id)), `drawn: ${one}`);
		const selected = await page.evaluate(() => window.__atlas.map.getFeatureState({ source: 'atlas-events', sourceLayer: 'events', id: 'amerli-siege@amerli' }).selected);
		assert.equal(selected, true);
		assert.deepEqual(errors, []);
	});

	it('points tiled arcs with arrowheads, filtered with them, and says so in the legend', async () => {
		const { page, errors } = session;
		await visit(page, '?at=5/33.5/47');
		const arrows = () => page.evaluate(() => [...new Set(window.__atlas.map.queryRenderedFeatures({ layers: ['atlas-link-arrows'] }).map((f) => f.properties.event))]);
		// Arrowheads with the same glyph along coincident arcs are placed once, not once per copy.
		assert.ok((await arrows()).length > 0, 'arrowheads on the arcs');
		await visit(page, '?at=5/33.5/47&article=blog-2015-iran-beachhead');
		const one = await arrows();
		assert.ok(one.length > 0 && one.every((id) => !/-k\d+$/.test(id)), `only the essay's own arcs: ${one}`);
		await page.getByText('Legend', { exact: true }).click();
		await page.locator('[data-legend="link"]').filter({ hasText: 'arrowheads point where it arrives' }).waitFor();
		assert.deepEqual(errors, []);
	});
});
