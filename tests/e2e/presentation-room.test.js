/**
 * Presentation for a room (issue 12): every step frames its places in the part of the map the card
 * and the step controls leave free, at 1920×1080, 1280×720, 1024×600 and on a phone, and the map fills
 * the rest of the screen (no dark band); the legend opens with a click, the L key and a tap; the
 * presenter's window previews this step's map and the next; Back and Forward keep the step; bad
 * parameters are named in a notice; the exploring panel reads on a projector and leaves the step
 * controls in reach; axe finds no serious or critical violation with the legend and panel open.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { parse } from 'yaml';
import { BASE_URL, launch, waitForMapIdle } from './browser.js';

const story = parse(await readFile(new URL('../../geodata/stories/iran-reach-2005-2015.yaml', import.meta.url), 'utf8'));
const STORY = story.id;
const SIZES = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 },
	{ width: 1024, height: 600 },
	{ width: 375, height: 667, phone: true }
];
const size = ({ width, height }) => `${width}×${height}`;

let browser;
let placesAt;
let eventPlaces;
before(async () => {
	browser = await launch();
	const [places, events] = await Promise.all(['places', 'events'].map((f) => fetch(`${BASE_URL}/data/${f}.geojson`).then((r) => r.json())));
	placesAt = new Map(places.features.map((f) => [f.properties.id, { name: f.properties.name ?? f.properties.id, at: f.geometry.coordinates }]));
	eventPlaces = new Map();
	for (const f of events.features) eventPlaces.set(f.properties.event, [...(eventPlaces.get(f.properties.event) ?? []), f.properties.place]);
});
after(async () => {
	await browser?.close();
});

/** Opens a page at `viewport` (a phone with touch), with the map handed to the test. */
async function open(viewport, path) {
	const context = await browser.newContext({
		viewport: { width: viewport.width, height: viewport.height },
		reducedMotion: 'reduce',
		hasTouch: !!viewport.phone,
		isMobile: !!viewport.phone
	});
	await context.addInitScript(() => (window.__ATLAS_TEST_HOOK__ = true));
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
	if (path) await page.goto(`${BASE_URL}${path}`);
	return { page, context, errors };
}

async function settle(page) {
	// Steps jump under reduced motion; the map reports idle once it has drawn the step.
	await page.waitForTimeout(150);
	await waitForMapIdle(page);
}

/** The places a step is about: its open place and its event's places. */
function stepPlaces(step) {
	const p = new URLSearchParams(step.view);
	const ids = new Set([p.get('place'), ...(eventPlaces.get(p.get('event')) ?? [])].filter(Boolean));
	return [...ids].map((id) => ({ id, ...placesAt.get(id) }));
}

/** Where each place is drawn on screen, and the boxes of the map, the card and the step controls. */
function screenPoints(page, places) {
	return page.evaluate((places) => {
		const map = window.__atlas.map;
		const box = (el) => el && el.getBoundingClientRect().toJSON();
		const mapBox = box(map.getContainer());
		return {
			map: mapBox,
			card: box(document.querySelector('[data-testid="step-card"]')),
			controls: box(document.querySelector('nav[aria-label="Presentation"]')),
			points: places.map((p) => {
				const at = map.project(p.at);
				return { id: p.id, x: mapBox.left + at.x, y: mapBox.top + at.y };
			})
		};
	}, places);
}

/** The camera, and the places the map marks as selected and as highlighted now (feature state). */
function markedPlaces(page) {
	return page.evaluate(() => {
		const map = window.__atlas.map;
		const places = [...new Set(map.querySourceFeatures('atlas-places').map((f) => f.properties.id))];
		const state = (id) => map.getFeatureState({ source: 'atlas-places', id });
		const { lng: lon, lat } = map.getCenter();
		return { zoom: map.getZoom(), lat, lon, selected: places.filter((id) => state(id).selected), highlighted: places.filter((id) => state(id).highlighted) };
	});
}

const inside = (pt, b, margin = 0) => pt.x >= b.left + margin && pt.x <= b.right - margin && pt.y >= b.top + margin && pt.y <= b.bottom - margin;

/** Points on a grid over the screen that hit the presentation's own background: nothing drawn there. */
function bareBackground(page) {
	return page.evaluate(() => {
		const out = [];
		for (let x = 4; x < innerWidth; x += 20)
			for (let y = 4; y < innerHeight; y += 20) {
				const hit = document.elementFromPoint(x, y);
				if (hit?.classList.contains('present') || hit?.classList.contains('map-area') || hit === document.body) out.push([x, y]);
			}
		return out;
	});
}

describe('presentation for a room', () => {
	it('steps through every step — keys on a screen, taps on the phone — each with its URL, citations and marks, its places framed clear of the card and the controls, the map filling the screen, at four sizes', async () => {
		const problems = [];
		for (const viewport of SIZES) {
			const { page, context, errors } = await open(viewport, `/present?story=${STORY}&step=1`);
			await page.locator('[data-testid="step-card"]').waitFor();
			await settle(page);
			const bare = await bareBackground(page);
			if (bare.length) problems.push(`${size(viewport)}: ${bare.length} points of the screen show no map (first at ${bare[0]})`);
			for (const [i, step] of story.steps.entries()) {
				const at = `${size(viewport)} step ${i + 1}`;
				if (i > 0) {
					if (viewport.phone) await page.getByRole('button', { name: 'Next step' }).tap();
					else await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
					await page.waitForURL((u) => u.searchParams.get('step') === String(i + 1));
					await settle(page);
				}
				assert.equal(await page.locator('#step-heading').textContent(), step.heading, at);
				assert.equal(await page.locator('[data-testid="step-counter"]').textContent(), `${i + 1} / ${story.steps.length}`, at);
				assert.deepEqual(await page.locator('[data-testid="citations"] blockquote').allTextContents(), step.citations.map((c) => c.quote), at);
				const want = new URLSearchParams(step.view);
				const marks = await markedPlaces(page);
				// The step's view, moved and zoomed out only as far as its places need to stand clear of the card
				// (on a smaller screen the card takes more of the map, so only the framing below is checked there).
				const [zoom, lat, lon] = want.get('at').split('/').map(Number);
				if (viewport.width >= 1280) assert.ok(marks.zoom <= zoom + 0.05 && marks.zoom > zoom - 1.5 && Math.abs(marks.lat - lat) < 3 && Math.abs(marks.lon - lon) < 4, `${at}: camera ${JSON.stringify(marks)} vs ${step.view}`);
				assert.deepEqual(marks.selected, want.get('place') ? [want.get('place')] : [], `${at}: selected place`);
				if (want.get('highlight')) assert.ok(marks.highlighted.length > 0, `${at} highlights the places of ${want.get('highlight')}`);
				else assert.deepEqual(marks.highlighted, [], at);
				const { map, card, controls, points } = await screenPoints(page, stepPlaces(step));
				for (const pt of points) {
					const where = `${at}: ${pt.id} at (${pt.x.toFixed(0)}, ${pt.y.toFixed(0)})`;
					if (!inside(pt, map, 4)) problems.push(`${where} is outside the map ${JSON.stringify(map)}`);
					if (inside(pt, card)) problems.push(`${where} is under the card`);
					if (inside(pt, controls)) problems.push(`${where} is under the step controls`);
				}
			}
			if (viewport.width === 1280) {
				// The other keys, at one size.
				for (const [key, step] of [['Home', 1], ['End', story.steps.length], ['7', 7], ['PageUp', 6]]) {
					await page.keyboard.press(key);
					await page.waitForURL((u) => u.searchParams.get('step') === String(step));
					await settle(page);
					assert.equal(await page.locator('#step-heading').textContent(), story.steps[step - 1].heading, `${key} goes to step ${step}`);
				}
			}
			assert.deepEqual(errors, []);
			await context.close();
		}
		assert.deepEqual(problems, []);
	});

	it('opens the legend with a click, the L key and a tap, and closes it again', async () => {
		const { page, context, errors } = await open(SIZES[1], `/present?story=${STORY}&step=3`);
		await settle(page);
		const legend = page.getByTestId('presentation-legend');
		const button = page.getByRole('button', { name: 'Legend' });
		assert.equal(await legend.count(), 0);
		await button.click();
		await legend.getByText('Movement or flow', { exact: false }).waitFor();
		assert.equal(await button.getAttribute('aria-expanded'), 'true');
		await page.keyboard.press('l');
		await legend.waitFor({ state: 'detached' });
		await page.keyboard.press('L');
		await legend.getByRole('heading', { name: 'Places' }).waitFor();
		await button.click();
		await legend.waitFor({ state: 'detached' });
		assert.equal(new URL(page.url()).searchParams.get('step'), '3', 'L is not a step key');
		assert.deepEqual(errors, []);
		await context.close();

		const phone = await open(SIZES[3], `/present?story=${STORY}&step=3`);
		await settle(phone.page);
		await phone.page.getByRole('button', { name: 'Legend' }).tap();
		const shown = phone.page.getByTestId('presentation-legend');
		await shown.getByRole('heading', { name: 'Places' }).waitFor();
		const box = await shown.boundingBox();
		assert.ok(box.x >= 0 && box.x + box.width <= 375 && box.y >= 0 && box.y + box.height <= 667, `the legend stays on the phone's screen: ${JSON.stringify(box)}`);
		await phone.page.getByRole('button', { name: 'Legend' }).tap();
		await shown.waitFor({ state: 'detached' });
		assert.deepEqual(phone.errors, []);
		await phone.context.close();
	});

	it('previews this step’s map and the next in the presenter’s window, and both change with the step', async () => {
		const { page, context, errors } = await open({ width: 1280, height: 720 }, `/present?story=${STORY}&step=2`);
		await page.locator('[data-testid="step-card"]').waitFor();
		const presenter = await context.newPage();
		await presenter.setViewportSize({ width: 900, height: 900 });
		await presenter.goto(`${BASE_URL}/present/notes?story=${STORY}&step=2`);
		const current = presenter.getByTestId('preview-current');
		const next = presenter.getByTestId('preview-next');
		const idle = async () => {
			await current.locator('[data-map-idle="true"]').waitFor({ state: 'attached', timeout: 30_000 });
			await next.locator('[data-map-idle="true"]').waitFor({ state: 'attached', timeout: 30_000 });
		};
		await idle();
		assert.equal(await current.getByTestId('map').getAttribute('aria-label'), `Preview of step 2: ${story.steps[1].heading}`);
		assert.equal(await next.getByTestId('map').getAttribute('aria-label'), `Preview of step 3: ${story.steps[2].heading}`);
		assert.equal(await presenter.locator('.maplibregl-ctrl-zoom-in').count(), 0, 'the previews are pictures, without map controls');
		const before = [await current.locator('canvas').screenshot(), await next.locator('canvas').screenshot()];
		assert.ok(!before[0].equals(before[1]), 'the two previews show two different views');
		await page.keyboard.press('ArrowRight');
		await presenter.getByTestId('presenter-counter').filter({ hasText: 'Step 3 of' }).waitFor();
		await current.locator(`[aria-label="Preview of step 3: ${story.steps[2].heading}"]`).waitFor();
		await presenter.waitForTimeout(150);
		await idle();
		const afterShots = [await current.locator('canvas').screenshot(), await next.locator('canvas').screenshot()];
		assert.ok(!afterShots[0].equals(before[0]), 'the current preview changed');
		assert.ok(!afterShots[1].equals(before[1]), 'the next preview changed');
		assert.equal(await next.getByTestId('map').getAttribute('aria-label'), `Preview of step 4: ${story.steps[3].heading}`);
		assert.deepEqual(errors, []);
		await context.close();
	});

	it('keeps the step on Back and Forward, within the talk and after “Explore this view”, and Forward returns to the explored view', async () => {
		const { page, context, errors } = await open(SIZES[1], `/present?story=${STORY}&step=3`);
		await settle(page);
		await page.keyboard.press('ArrowRight');
		await page.waitForURL((u) => u.searchParams.get('step') === '4');
		await page.goBack();
		await page.waitForURL((u) => u.searchParams.get('step') === '3');
		assert.equal(await page.locator('#step-heading').textContent(), story.steps[2].heading);
		await page.goForward();
		await page.waitForURL((u) => u.searchParams.get('step') === '4');
		assert.equal(await page.locator('#step-heading').textContent(), story.steps[3].heading);
		await page.keyboard.press('5');
		await page.waitForURL((u) => u.searchParams.get('step') === '5');
		await page.getByRole('link', { name: 'Explore this view' }).click();
		await page.waitForURL((u) => u.pathname === '/' || !u.pathname.includes('present'));
		await page.goBack();
		await page.waitForURL((u) => u.searchParams.get('step') === '5');
		await page.locator('#step-heading', { hasText: story.steps[4].heading }).waitFor();
		assert.equal(await page.locator('[data-testid="step-counter"]').textContent(), `5 / ${story.steps.length}`);
		assert.equal(new URL(page.url()).pathname, '/present');
		// Forward returns to the explored view, with the step's place, event and period and no story.
		await page.goForward();
		await page.locator('[data-testid="source-panel"]').waitFor();
		const forward = new URL(page.url());
		const view = new URLSearchParams(story.steps[4].view);
		assert.equal(forward.pathname, '/');
		for (const key of ['place', 'event', 'from', 'to']) assert.equal(forward.searchParams.get(key), view.get(key), `Forward keeps ${key}`);
		assert.equal(forward.searchParams.get('story'), null);
		assert.equal(await page.locator('#source-panel-title').textContent(), placesAt.get(view.get('place')).name);
		assert.deepEqual(errors, []);
		await context.close();
	});

	it('names a bad story or step parameter in a notice, on the presentation, the handout and the notes', async () => {
		const { page, context } = await open(SIZES[1]);
		const cases = [
			['/present?story=nope', 'story=nope'],
			[`/present?story=${STORY}&step=99`, 'step=99'],
			[`/present?story=${STORY}&step=two`, 'step=two'],
			['/present/notes?story=nope', 'story=nope'],
			[`/present/notes?story=${STORY}&step=0`, 'step=0'],
			['/present/handout?story=nope', 'story=nope']
		];
		for (const [path, named] of cases) {
			await page.goto(`${BASE_URL}${path}`);
			const notice = page.getByRole('status').filter({ hasText: named });
			await notice.waitFor({ timeout: 30_000 });
			assert.match(await notice.textContent(), new RegExp(`Ignored “${named}”`), path);
		}
		await context.close();
	});

	it('opens the exploring panel clear of the step controls, in text a room can read, and axe finds nothing serious', async () => {
		const { page, context, errors } = await open(SIZES[0], `/present?story=${STORY}&step=6`);
		await settle(page);
		const { points } = await screenPoints(page, stepPlaces(story.steps[5]));
		const mosul = points.find((p) => p.id === 'mosul');
		await page.mouse.click(mosul.x, mosul.y);
		const panel = page.getByRole('complementary', { name: 'Sources' });
		await panel.getByRole('heading', { name: /Mosul/ }).first().waitFor();
		// The step has chosen Mosul's fall; the panel still opens at the place's name, not scrolled past it.
		const [heading, box] = await Promise.all([panel.getByRole('heading', { name: /Mosul/ }).first().boundingBox(), panel.boundingBox()]);
		assert.ok(heading.y >= box.y && heading.y + heading.height <= box.y + box.height, `Mosul's name is outside the panel: ${JSON.stringify({ heading, box })}`);
		const explore = page.getByRole('link', { name: 'Explore this view' });
		const e = await explore.boundingBox();
		const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.textContent, [e.x + e.width / 2, e.y + e.height / 2]);
		assert.equal(hit, 'Explore this view', '“Explore this view” is not under the panel');
		const smallest = await panel.evaluate((el) => {
			const sizes = [...el.querySelectorAll('p, li, blockquote, span, button, a, h2, h3, dd, dt, td')]
				.filter((n) => n.textContent.trim() && n.getClientRects().length)
				.map((n) => parseFloat(getComputedStyle(n).fontSize) * (parseFloat(getComputedStyle(el.firstElementChild).zoom) || 1));
			return Math.min(...sizes);
		});
		assert.ok(smallest >= 17.5, `the panel's smallest text is ${smallest.toFixed(1)} px at 1920×1080`);
		await page.getByRole('button', { name: 'Legend' }).click();
		await page.getByTestId('presentation-legend').getByRole('heading', { name: 'Places' }).waitFor();
		const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`);
		assert.deepEqual(serious, []);
		assert.deepEqual(errors, []);
		await context.close();
	});
});
