/**
 * The shipped story in Chromium: resuming from a step URL, the audience exploring and returning with one
 * key, the presenter window in sync, and a handout that prints one page per step. Stepping through every
 * step (URL, citations, marks, framing) is in presentation-room.test.js, at four sizes.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { BASE_URL, launch, openPage, waitForMapIdle } from './browser.js';

const story = parse(await readFile(new URL('../../geodata/stories/iran-reach-2005-2015.yaml', import.meta.url), 'utf8'));
const STORY = story.id;

/** What the map shows now: camera, selected place (feature state) and highlighted places. */
function mapState(page) {
	return page.evaluate(() => {
		const map = window.__atlas.map;
		const c = map.getCenter();
		const places = map.querySourceFeatures('atlas-places').map((f) => f.properties.id);
		const state = (id) => map.getFeatureState({ source: 'atlas-places', id });
		return {
			zoom: map.getZoom(),
			lat: c.lat,
			lon: c.lng,
			selected: [...new Set(places.filter((id) => state(id).selected))],
			highlighted: [...new Set(places.filter((id) => state(id).highlighted))]
		};
	});
}

async function settle(page) {
	// Steps fly; reduced motion (set in openPage) makes them jump, so idle follows at once.
	await page.waitForTimeout(150);
	await waitForMapIdle(page);
}

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

describe('presentation', () => {
	it('resumes at step 7 from its URL, lets the audience explore, and returns with one key', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(`${BASE_URL}/present?story=${STORY}&step=7`);
		await page.locator('[data-testid="step-card"]').waitFor();
		await settle(page);
		assert.equal(await page.locator('#step-heading').textContent(), story.steps[6].heading);
		const at = await mapState(page);
		// The audience pans away and opens another place.
		await page.mouse.move(900, 500);
		await page.mouse.down();
		await page.mouse.move(700, 300, { steps: 5 });
		await page.mouse.up();
		await settle(page);
		await page.evaluate(() => void window.__atlas.map.jumpTo({ center: [44.4, 33.34], zoom: 6 }));
		await settle(page);
		assert.ok(await page.getByText('press R to return', { exact: false }).isVisible());
		await page.keyboard.press('r');
		await settle(page);
		const back = await mapState(page);
		assert.ok(Math.abs(back.zoom - at.zoom) < 0.05 && Math.abs(back.lat - at.lat) < 0.01 && Math.abs(back.lon - at.lon) < 0.01);
		assert.equal(await page.getByText('press R to return', { exact: false }).count(), 0);
		await context.close();
	});

	it('keeps the presenter window in step with the audience window', async () => {
		const { page, context } = await openPage(browser);
		await page.goto(`${BASE_URL}/present?story=${STORY}&step=2`);
		await page.locator('[data-testid="step-card"]').waitFor();
		const presenter = await context.newPage();
		await presenter.goto(`${BASE_URL}/present/notes?story=${STORY}&step=2`);
		await presenter.locator('[data-testid="notes"]').waitFor();
		assert.equal(await presenter.locator('[data-testid="notes"]').textContent(), story.steps[1].notes);
		await page.keyboard.press('ArrowRight');
		await presenter.waitForFunction((h) => document.querySelector('h1')?.textContent === h, story.steps[2].heading);
		assert.match(await presenter.locator('[data-testid="presenter-counter"]').textContent(), /Step 3 of/);
		assert.match(await presenter.textContent('.next'), new RegExp(story.steps[3].heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
		await presenter.getByRole('button', { name: 'Next ›' }).click();
		await page.waitForFunction((h) => document.querySelector('#step-heading')?.textContent === h, story.steps[3].heading);
		assert.equal(new URL(page.url()).searchParams.get('step'), '4');
		await context.close();
	});

	it('prints a handout of one page per step, each with its map picture and citations', async () => {
		const { page, errors, context } = await openPage(browser, { width: 1280, height: 900 });
		await page.goto(`${BASE_URL}/present/handout?story=${STORY}`);
		await page.locator('[data-testid="handout-ready"]').waitFor({ timeout: 120_000 });
		const pages = page.locator('[data-testid="handout-page"]');
		assert.equal(await pages.count(), story.steps.length);
		const images = await page.$$eval('[data-testid="handout-page"] img', (imgs) => imgs.map((i) => i.src));
		assert.equal(images.length, story.steps.length);
		assert.ok(images.every((src) => src.startsWith('data:image/png;base64,') && src.length > 20_000), 'every step has a drawn map');
		assert.equal(new Set(images).size, images.length, 'each step has its own picture');
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		assert.equal(pageCount, story.steps.length);
		assert.deepEqual(errors, []);
		await context.close();
	});
});
