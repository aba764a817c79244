/**
 * The shipped story in Chromium: resuming from a step URL, the audience exploring and returning with one
 * key, the presenter window in sync with a preview of this step's map and the next, and a handout that
 * prints one page per step; each of the three pages carries a strict Content-Security-Policy and none
 * requests anything outside its origin. One audience page at 1280×720 (opened at step 7, as a shared link would),
 * its presenter window beside it, and the handout. Stepping through every step (URL, citations, marks,
 * framing) is in presentation-room.test.js, at four sizes.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { BASE_URL, foreignRequests, launch, waitForMapIdle } from './browser.js';
import { FIRST_DRAW_MS, SIZES, assertStrictCsp, openAt, waitForFirstDraw } from './session.js';

const story = parse(await readFile(new URL('../../geodata/stories/iran-reach-2005-2015.yaml', import.meta.url), 'utf8'));
const STORY = story.id;

/** What the map shows now: camera, selected place (feature state) and highlighted places. */
function mapState(page) {
	return page.evaluate(() => {
		const map = window.__atlas.map;
		const c = map.getCenter();
		return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
	});
}

/** Waits until step `n` (from 1) shows: its address, its heading, and the map drawn. */
async function atStep(page, n) {
	await page.waitForURL((u) => u.searchParams.get('step') === String(n));
	await page.locator('#step-heading', { hasText: story.steps[n - 1].heading }).waitFor();
	await waitForMapIdle(page);
}

let browser;
let audience;
before(async () => {
	browser = await launch();
	audience = await openAt(browser, SIZES.laptop, `/present?story=${STORY}&step=7`);
});
after(async () => {
	await browser?.close();
});

describe('presentation', () => {
	it('resumes at step 7 from its URL, lets the audience explore, and returns with one key', async () => {
		const { page, errors } = audience;
		await page.locator('[data-testid="step-card"]').waitFor({ timeout: FIRST_DRAW_MS });
		await waitForFirstDraw(page);
		await atStep(page, 7);
		await assertStrictCsp(page);
		assert.equal(await page.locator('#step-heading').textContent(), story.steps[6].heading);
		const at = await mapState(page);
		// The audience pans away and opens another place.
		await page.mouse.move(900, 500);
		await page.mouse.down();
		await page.mouse.move(700, 300, { steps: 5 });
		await page.mouse.up();
		await page.getByText('press R to return', { exact: false }).waitFor();
		await waitForMapIdle(page);
		await page.evaluate(() => void window.__atlas.map.jumpTo({ center: [44.4, 33.34], zoom: 6 }));
		await waitForMapIdle(page);
		assert.ok(await page.getByText('press R to return', { exact: false }).isVisible());
		await page.keyboard.press('r');
		await page.getByText('press R to return', { exact: false }).waitFor({ state: 'detached' });
		await waitForMapIdle(page);
		const back = await mapState(page);
		assert.ok(Math.abs(back.zoom - at.zoom) < 0.05 && Math.abs(back.lat - at.lat) < 0.01 && Math.abs(back.lon - at.lon) < 0.01, `back at ${JSON.stringify(back)}, the step is at ${JSON.stringify(at)}`);
		assert.deepEqual(errors, []);
	});

	it('keeps the presenter window in step with the audience window, previewing this step’s map and the next', async () => {
		const { page, context, errors } = audience;
		await page.keyboard.press('2');
		await atStep(page, 2);
		const presenter = await context.newPage();
		await presenter.setViewportSize({ width: 900, height: 900 });
		await presenter.goto(`${BASE_URL}/present/notes?story=${STORY}&step=2`);
		await presenter.locator('[data-testid="notes"]').waitFor({ timeout: FIRST_DRAW_MS });
		await assertStrictCsp(presenter);
		assert.equal(await presenter.locator('[data-testid="notes"]').textContent(), story.steps[1].notes);
		const current = presenter.getByTestId('preview-current');
		const next = presenter.getByTestId('preview-next');
		const drawn = async (n, timeout = 30_000) => {
			await current.locator(`[aria-label="Preview of step ${n}: ${story.steps[n - 1].heading}"][data-map-idle="true"]`).waitFor({ state: 'attached', timeout });
			await next.locator(`[aria-label="Preview of step ${n + 1}: ${story.steps[n].heading}"][data-map-idle="true"]`).waitFor({ state: 'attached', timeout });
		};
		// The presenter's window is a page of its own: its first maps take a first draw's time.
		await drawn(2, FIRST_DRAW_MS);
		assert.equal(await presenter.locator('.maplibregl-ctrl-zoom-in').count(), 0, 'the previews are pictures, without map controls');
		const before = [await current.locator('canvas').screenshot(), await next.locator('canvas').screenshot()];
		assert.ok(!before[0].equals(before[1]), 'the two previews show two different views');

		await page.keyboard.press('ArrowRight');
		await presenter.waitForFunction((h) => document.querySelector('h1')?.textContent === h, story.steps[2].heading);
		assert.match(await presenter.locator('[data-testid="presenter-counter"]').textContent(), /Step 3 of/);
		assert.match(await presenter.textContent('.next'), new RegExp(story.steps[3].heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
		await drawn(3);
		const afterShots = [await current.locator('canvas').screenshot(), await next.locator('canvas').screenshot()];
		assert.ok(!afterShots[0].equals(before[0]), 'the current preview changed');
		assert.ok(!afterShots[1].equals(before[1]), 'the next preview changed');

		await presenter.getByRole('button', { name: 'Next ›' }).click();
		await page.waitForFunction((h) => document.querySelector('#step-heading')?.textContent === h, story.steps[3].heading);
		assert.equal(new URL(page.url()).searchParams.get('step'), '4');
		await presenter.close();
		assert.deepEqual(errors, []);
	});

	it('prints a handout of one page per step, each with its map picture and citations', async () => {
		// The audience's window is done with: the handout draws its eleven maps alone.
		await audience.context.close();
		const { page, context, errors, requests } = await openAt(browser, { width: 1280, height: 900 }, `/present/handout?story=${STORY}`);
		// Eleven maps drawn one after the other: a ceiling for a hang, not a timing target.
		await page.locator('[data-testid="handout-ready"]').waitFor({ timeout: 300_000 });
		await assertStrictCsp(page);
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
		assert.deepEqual(foreignRequests([...audience.requests, ...requests]), [], 'the presentation, the notes and the handout request nothing outside their origin');
		assert.deepEqual(errors, []);
		await context.close();
	});
});
