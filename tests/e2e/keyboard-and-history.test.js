/**
 * Issue 12 in Chromium, as a reader meets it: Back and Forward around "Explore this view" keep the
 * presentation's step; focus returns to what opened a panel; skip links and a visible focus ring on
 * the map; Esc in a dialog closes only the dialog; the chooser of overlapping places closes; the list
 * tabs follow the arrow keys; every bad URL parameter is named in one notice; a 404 is a page.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { BASE_URL, launch, openPage, waitForMapIdle } from './browser.js';

const story = parse(await readFile(new URL('../../geodata/stories/iran-reach-2005-2015.yaml', import.meta.url), 'utf8'));

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

/** Opens the dashboard (optionally with a query) and waits for the map to settle. */
async function open(query = '') {
	const session = await openPage(browser);
	await session.page.goto(`${BASE_URL}/${query}`);
	await waitForMapIdle(session.page);
	return session;
}

/** What has focus: its tag, id, accessible text, and the list row or map it sits in. */
function focused(page) {
	return page.evaluate(() => {
		const el = document.activeElement;
		return {
			tag: el?.tagName.toLowerCase(),
			id: el?.id ?? '',
			text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().slice(0, 80),
			row: el?.closest('tr')?.getAttribute('data-place') ?? null,
			inMap: !!el?.closest('[data-testid="map"]'),
			isMapCanvas: !!el?.classList.contains('maplibregl-canvas')
		};
	});
}

/** Clicks the map where a place is drawn (the map must be idle). */
async function clickPlaceOnMap(page, lonLat) {
	const box = await page.locator('[data-testid="map"]').boundingBox();
	const at = await page.evaluate((ll) => window.__atlas.map.project(ll), lonLat);
	await page.mouse.click(box.x + at.x, box.y + at.y);
}

describe('Back and Forward around a presentation', () => {
	it('Back from "Explore this view" returns to the step it left, and Forward to the explored view', async () => {
		const { page, errors, context } = await openPage(browser);
		await page.goto(`${BASE_URL}/present?story=${story.id}`);
		await page.locator('[data-testid="step-card"]').waitFor();
		await waitForMapIdle(page);
		for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
		await page.waitForURL((u) => u.searchParams.get('step') === '5');
		const view = new URLSearchParams(story.steps[4].view);

		await page.getByRole('link', { name: 'Explore this view' }).click();
		await page.waitForURL((u) => u.pathname === '/');
		await waitForMapIdle(page);
		assert.equal(new URL(page.url()).searchParams.get('place'), view.get('place'));

		await page.goBack();
		await page.locator('[data-testid="step-card"]').waitFor();
		await waitForMapIdle(page);
		assert.equal(await page.locator('[data-testid="step-counter"]').textContent(), `5 / ${story.steps.length}`);
		assert.equal(await page.locator('#step-heading').textContent(), story.steps[4].heading);
		const back = new URL(page.url());
		assert.equal(back.pathname, '/present');
		assert.equal(back.searchParams.get('step'), '5', 'the step stays in the address');

		await page.goForward();
		await page.locator('[data-testid="source-panel"]').waitFor();
		await waitForMapIdle(page);
		const forward = new URL(page.url());
		assert.equal(forward.pathname, '/');
		for (const key of ['place', 'event', 'from', 'to']) assert.equal(forward.searchParams.get(key), view.get(key), `Forward keeps ${key}`);
		assert.equal(forward.searchParams.get('story'), null);
		assert.equal(await page.locator('#source-panel-title').textContent(), 'Iran');
		assert.deepEqual(errors, []);
		await context.close();
	});
});
