/**
 * Timeline playback (issue 12): the chosen period plays a year or a month at a time, and the map, the
 * list and the counts follow; it pauses, steps back and on, keeps the frame in the link, and gives the
 * whole period back. Mouse at 1280×720 and 1024×600, keyboard, and touch on a phone: one page for the
 * desktop (resized, not reloaded, for 1024×600) and one for the phone. Playback runs on Playwright's
 * clock, stopped while the test plays: a frame's 1.5 s passes when the test says, at once. The expected
 * counts are worked out here from the built events layer, not read from the page's own code.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, foreignRequests, launch, waitForMapIdle } from './browser.js';
import { SIZES, openAt, visit, waitForFirstDraw } from './session.js';

/** How long a year shows while playing (Timeline.svelte's FRAME_MS). */
const YEAR_MS = 1500;

/** Each event once, with its first and last instant, from the layer the map draws. */
const layer = JSON.parse(readFileSync(new URL('../../build/data/events.geojson', import.meta.url), 'utf8'));
const events = new Map(layer.features.map((f) => [f.properties.event, f.properties]));
/** How many events overlap the instants [start, end]. */
const eventsIn = (start, end) => [...events.values()].filter((e) => e.t0 <= end && e.t1 >= start).length;
const yearCount = (y) => eventsIn(Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - 1);
const monthCount = (y, m) => eventsIn(Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1) - 1);

let browser;
/** The desktop page, on Playwright's clock (it runs at real pace until a test moves it on). */
let desk;
before(async () => {
	browser = await launch();
	desk = await openAt(browser, SIZES.laptop);
	await desk.context.clock.install();
	await desk.page.goto(`${BASE_URL}/?from=2013&to=2015`);
	await waitForFirstDraw(desk.page);
});
after(async () => {
	await browser?.close();
});

const frameText = (page) => page.getByTestId('time-frame').textContent();
const eventsTab = (page) => page.locator('#tab-events .count').textContent();
const frameParam = (page) => new URL(page.url()).searchParams.get('frame');

/** What the map draws now: the events whose dots it shows, and the places it counts events at (zoomed out). */
const drawn = (page) =>
	page.evaluate(() => {
		const map = window.__atlas.map;
		return {
			events: [...new Set(map.queryRenderedFeatures({ layers: ['atlas-events'] }).map((f) => f.properties.event))],
			counted: [...new Set(map.queryRenderedFeatures({ layers: ['atlas-coarse-events'] }).map((f) => f.properties.place))]
		};
	});

/** Waits until the frame label reads something other than `text`. */
async function frameChangesFrom(page, text) {
	await page.waitForFunction((t) => document.querySelector('[data-testid="time-frame"]')?.textContent !== t, text, { timeout: 20_000 });
}

/** Plays 2013–2015 on a stopped clock: a frame's time on, the next year; paused, it stays; played on, it stops on 2015. */
async function playPauseAndEnd(page, context) {
	const play = page.getByTestId('play');
	await play.click();
	assert.equal(await play.textContent(), 'Pause');
	assert.equal(await frameText(page), '2013');
	// The frame's timer fires within fastForward and the page updates before it returns.
	await context.clock.fastForward(YEAR_MS);
	assert.equal(await frameText(page), '2014');
	assert.equal(await eventsTab(page), `${yearCount(2014)} of ${events.size}`);
	await play.click();
	assert.equal(await play.textContent(), 'Play');
	const paused = await frameText(page);
	// Paused, it stays: two frames' time later the same year shows.
	await context.clock.fastForward(2 * YEAR_MS + 200);
	assert.equal(await frameText(page), paused);

	// Played to the end, it stops on the last year.
	await play.click();
	for (let i = 0; i < 4 && (await play.textContent()) === 'Pause'; i++) await context.clock.fastForward(YEAR_MS);
	assert.equal(await play.textContent(), 'Play', 'the last frame stays');
	assert.equal(await frameText(page), '2015');
	assert.equal(await page.getByTestId('frame-next').isDisabled(), true);
}

describe('timeline playback on the desktop', () => {
	it('steps 2013–2015 by year and by month with the mouse at 1280×720; map, list and counts follow; the link keeps the frame', async () => {
		const { page } = desk;
		const label = page.getByTestId('time-range');
		assert.match((await label.textContent()).trim(), new RegExp(`^2013–2015: ${eventsIn(Date.UTC(2013, 0, 1), Date.UTC(2016, 0, 1) - 1)} of ${events.size} events`));

		await page.getByTestId('frame-next').click();
		assert.equal(await frameText(page), '2013');
		assert.equal(frameParam(page), '2013');
		assert.match((await label.textContent()).trim(), new RegExp(`2013 of 2013–2015: ${yearCount(2013)} of ${events.size} events`));
		assert.equal(await eventsTab(page), `${yearCount(2013)} of ${events.size}`);

		await page.getByTestId('frame-next').click();
		assert.equal(await frameText(page), '2014');
		assert.equal(await eventsTab(page), `${yearCount(2014)} of ${events.size}`);
		await waitForMapIdle(page);
		const inFrame = (id) => events.get(id).t0 <= Date.UTC(2015, 0, 1) - 1 && events.get(id).t1 >= Date.UTC(2014, 0, 1);
		const placesInFrame = new Set(layer.features.filter((f) => inFrame(f.properties.event)).map((f) => f.properties.place));
		const marks = await drawn(page);
		assert.ok(marks.events.length + marks.counted.length > 0, 'the map draws the frame’s events');
		assert.deepEqual(marks.events.filter((id) => !inFrame(id)), [], 'the map draws no event from outside 2014');
		assert.deepEqual(marks.counted.filter((id) => !placesInFrame.has(id)), [], 'the map counts events only where 2014 has some');
		// The year being shown is marked on the histogram.
		assert.equal(await page.locator('[data-testid="timeline"] g.current').getAttribute('data-year'), '2014');

		// By month: the year becomes its January; June is five steps on.
		await page.getByTestId('frame-unit').selectOption('month');
		assert.equal(await frameText(page), 'January 2014');
		for (let i = 0; i < 5; i++) await page.getByTestId('frame-next').click();
		assert.equal(await frameText(page), 'June 2014');
		assert.equal(frameParam(page), '2014-06');
		assert.equal(await eventsTab(page), `${monthCount(2014, 6)} of ${events.size}`);

		// The link keeps the frame.
		await page.reload();
		await waitForFirstDraw(page);
		assert.equal(await frameText(page), 'June 2014');
		assert.equal(await eventsTab(page), `${monthCount(2014, 6)} of ${events.size}`);

		// "Whole period" ends it.
		await page.getByTestId('frame-stop').click();
		assert.equal(await page.getByTestId('time-frame').count(), 0);
		assert.equal(frameParam(page), null);
		assert.match((await label.textContent()).trim(), /^2013–2015: /);
		assert.deepEqual(foreignRequests(desk.requests), []);
		assert.deepEqual(desk.errors, []);
	});

	it('steps by year with the mouse at 1024×600 too, the controls in reach', async () => {
		const { page } = desk;
		await page.setViewportSize(SIZES.small);
		try {
			await visit(page, '?from=2013&to=2015');
			await page.getByTestId('frame-next').click();
			assert.equal(await frameText(page), '2013');
			assert.equal(await eventsTab(page), `${yearCount(2013)} of ${events.size}`);
			await page.getByTestId('frame-next').click();
			assert.equal(await frameText(page), '2014');
			assert.equal(await eventsTab(page), `${yearCount(2014)} of ${events.size}`);
			await page.getByTestId('frame-back').click();
			assert.equal(await frameText(page), '2013');
			await page.getByTestId('frame-stop').click();
			assert.equal(frameParam(page), null);
		} finally {
			await page.setViewportSize(SIZES.laptop);
		}
		assert.deepEqual(desk.errors, []);
	});

	it('plays on its own, pauses where it is, and one Back returns to the period it started from', async () => {
		const { page, context } = desk;
		await visit(page, '?from=2013&to=2015');
		// Time stands still from here (the map has drawn): playback moves only when the test moves the clock.
		// (A second ahead of the page's clock, which runs on while this call travels.)
		await context.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
		try {
			await playPauseAndEnd(page, context);
		} finally {
			await context.clock.resume();
		}

		// Playing was one step in the history, however many frames it showed.
		await page.goBack();
		await page.getByTestId('time-frame').waitFor({ state: 'detached' });
		const back = new URL(page.url()).searchParams;
		back.delete('at');
		assert.equal(back.toString(), 'from=2013&to=2015');
		assert.deepEqual(desk.errors, []);
	});

	it('works from the keyboard alone: Play and Pause keep the focus, the arrows step', async () => {
		const { page } = desk;
		await visit(page, '?from=2011&to=2014');
		await page.getByTestId('frame-next').focus();
		await page.keyboard.press('Enter');
		assert.equal(await frameText(page), '2011');
		await page.keyboard.press('Shift+Tab');
		assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'play');
		await page.keyboard.press('Space');
		assert.equal(await page.getByTestId('play').textContent(), 'Pause');
		assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'play', 'focus stays on the button as its word changes');
		await page.keyboard.press('Space');
		assert.equal(await page.getByTestId('play').textContent(), 'Play');
		await page.keyboard.press('Shift+Tab');
		const before = await frameText(page);
		if (before !== '2011') {
			await page.keyboard.press('Enter');
			assert.equal(Number(await frameText(page)), Number(before) - 1);
		} else assert.equal(await page.getByTestId('frame-back').isDisabled(), true);
	});

	it('names a frame it cannot show instead of dropping it silently', async () => {
		const { page } = desk;
		await visit(page, '?from=2010&to=2012&frame=2014');
		assert.match(await page.locator('.notices').textContent(), /Ignored “frame=2014”: outside the time range, 2010–2012/);
		assert.equal(await page.getByTestId('time-frame').count(), 0);
	});
});

describe('timeline playback on a phone', () => {
	it(`plays and steps by touch (${SIZES.phone.name})`, async () => {
		const { page, context, errors } = await openAt(browser, SIZES.phone);
		await context.clock.install();
		await page.goto(`${BASE_URL}/?from=2014&to=2015`);
		await waitForFirstDraw(page);
		await page.getByTestId('frame-next').scrollIntoViewIfNeeded();
		await page.getByTestId('frame-next').tap();
		assert.equal(await frameText(page), '2014');
		assert.equal(await eventsTab(page), `${yearCount(2014)} of ${events.size}`);
		for (const id of ['frame-back', 'play', 'frame-next']) {
			const box = await page.getByTestId(id).boundingBox();
			assert.ok(box.width >= 24 && box.height >= 24, `${id} is ${box.width}×${box.height}, under the 24 px a finger needs`);
		}
		await page.getByTestId('play').tap();
		await context.clock.fastForward(YEAR_MS);
		await frameChangesFrom(page, '2014');
		assert.equal(await frameText(page), '2015');
		await page.getByTestId('frame-stop').tap();
		assert.equal(await page.getByTestId('time-frame').count(), 0);
		assert.deepEqual(errors, []);
		await context.close();
	});
});
