/**
 * Presentation for a room (issue 12): every step frames its places in the part of the map the card
 * and the step controls leave free, at 1920×1080, 1280×720, 1024×600 and on a phone, and the map fills
 * the rest of the screen (no dark band); the legend opens with a click, the L key and a tap; Back and
 * Forward keep the step; bad parameters are named in a notice; the exploring panel reads on a projector
 * and leaves the step controls in reach; axe finds no serious or critical violation with the legend and
 * panel open. Two pages: 1280×720 (resized to 1920×1080 and 1024×600) and a phone. Every step is walked
 * at 1280×720 and the phone walks the steps whose places lie far apart; the framing of every step at
 * every size is computed in src/lib/domain/story/frame-story.test.ts, against the boxes this file checks
 * the live page still lays out at each size. The presenter's window is in presentation.test.js.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { parse } from 'yaml';
import { BASE_URL, launch, waitForMapIdle } from './browser.js';
import { SIZES as SIZE, openAt, visit, waitForFirstDraw } from './session.js';

const story = parse(await readFile(new URL('../../geodata/stories/iran-reach-2005-2015.yaml', import.meta.url), 'utf8'));
const STORY = story.id;
/** Steps 1–6: they include every step whose places lie far apart (Iran and Iraq; Mosul far north). */
const FAR_APART = 6;

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

/** Waits until step `n` (from 1) shows: its address, its heading, and the map drawn. */
async function atStep(page, n) {
	await page.waitForURL((u) => u.searchParams.get('step') === String(n));
	await page.locator('#step-heading', { hasText: story.steps[n - 1].heading }).waitFor();
	await waitForMapIdle(page);
}

/** Opens the story at step 1 at `size`, the map drawn. */
async function openStory(size) {
	const session = await openAt(browser, size, `/present?story=${STORY}&step=1`);
	await waitForFirstDraw(session.page);
	await atStep(session.page, 1);
	return session;
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

/** Problems with where step `n`'s places are drawn: outside the map, under the card or the step controls. */
async function framingProblems(page, n, size) {
	const { map, card, controls, points } = await screenPoints(page, stepPlaces(story.steps[n - 1]));
	const problems = [];
	for (const pt of points) {
		const where = `${size.name} step ${n}: ${pt.id} at (${pt.x.toFixed(0)}, ${pt.y.toFixed(0)})`;
		if (!inside(pt, map, 4)) problems.push(`${where} is outside the map ${JSON.stringify(map)}`);
		if (inside(pt, card)) problems.push(`${where} is under the card`);
		if (inside(pt, controls)) problems.push(`${where} is under the step controls`);
	}
	return problems;
}

/** Points of the screen that show no map, as a problem line (none: no dark band). */
async function bandProblems(page, size) {
	const bare = await bareBackground(page);
	return bare.length ? [`${size.name}: ${bare.length} points of the screen show no map (first at ${bare[0]})`] : [];
}

/** What covers the map at each size, as src/lib/domain/story/frame-story.test.ts frames the steps against it. */
const { layouts } = JSON.parse(await readFile(new URL('../fixtures/presentation-layouts.json', import.meta.url), 'utf8'));

/** The boxes the page lays out now: the card, the step controls, and MapLibre's zoom, attribution and scale. */
function coverBoxes(page) {
	return page.evaluate(() => {
		const box = (selector) => {
			const b = document.querySelector(selector)?.getBoundingClientRect();
			return b && { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
		};
		return {
			card: box('[data-testid="step-card"]'),
			controls: box('nav[aria-label="Presentation"]'),
			zoom: box('.maplibregl-ctrl-top-right .maplibregl-ctrl-group'),
			attribution: box('.maplibregl-ctrl-attrib'),
			scale: box('.maplibregl-ctrl-scale')
		};
	});
}

/**
 * Where the live layout at step 5 leaves the boxes the framing unit test frames against: the card, the
 * step controls and the zoom buttons where it assumes (within 2 px), the attribution and the scale
 * inside their widest.
 */
async function layoutProblems(page, size) {
	const want = layouts.find((l) => l.name === size.name);
	const live = await coverBoxes(page);
	const problems = [];
	for (const [name, box] of Object.entries(want.covers)) {
		const at = live[name];
		const widest = name === 'attribution' || name === 'scale';
		const off = (side, outwards) => (widest ? outwards * (at[side] - box[side]) > 2 : Math.abs(at[side] - box[side]) > 2);
		if (!at || off('left', -1) || off('top', -1) || off('right', 1) || off('bottom', 1)) {
			problems.push(`${size.name}: the ${name} is at ${JSON.stringify(at)}, the framing unit test assumes ${JSON.stringify(box)} (tests/fixtures/presentation-layouts.json)`);
		}
	}
	return problems;
}

/** The step's heading, counter, citations and marks on the map, checked against the story file. */
async function assertStepShown(page, n) {
	const step = story.steps[n - 1];
	const at = `step ${n}`;
	assert.equal(await page.locator('#step-heading').textContent(), step.heading, at);
	assert.equal(await page.locator('[data-testid="step-counter"]').textContent(), `${n} / ${story.steps.length}`, at);
	assert.deepEqual(await page.locator('[data-testid="citations"] blockquote').allTextContents(), step.citations.map((c) => c.quote), at);
	const want = new URLSearchParams(step.view);
	const marks = await markedPlaces(page);
	// The step's view, moved and zoomed out only as far as its places need to stand clear of the card.
	const [zoom, lat, lon] = want.get('at').split('/').map(Number);
	assert.ok(marks.zoom <= zoom + 0.05 && marks.zoom > zoom - 1.5 && Math.abs(marks.lat - lat) < 3 && Math.abs(marks.lon - lon) < 4, `${at}: camera ${JSON.stringify(marks)} vs ${step.view}`);
	assert.deepEqual(marks.selected, want.get('place') ? [want.get('place')] : [], `${at}: selected place`);
	if (want.get('highlight')) assert.ok(marks.highlighted.length > 0, `${at} highlights the places of ${want.get('highlight')}`);
	else assert.deepEqual(marks.highlighted, [], at);
}

describe('presentation for a room at 1280×720', () => {
	let session;
	before(async () => {
		session = await openStory(SIZE.laptop);
	});
	after(async () => {
		await session?.context.close();
	});

	it('draws the opening step, which reaches beyond the region, with the world around it, then the finer coasts', async () => {
		const { page, errors, requests } = session;
		await waitForMapIdle(page);
		assert.ok(await page.evaluate(() => window.__atlas.map.getLayer('world-country-labels') !== undefined), 'the world\'s country names are on the map');
		// The first picture draws the world's coarse coasts; the finer ones follow, and the map is idle again once they are drawn.
		const finer = (url) => url.endsWith('/basemap/world-land-50m.geojson');
		if (!requests.some(finer)) await page.waitForRequest((r) => finer(r.url()));
		await waitForMapIdle(page);
		assert.deepEqual(errors, []);
	});

	it('steps through every step with the keys, each with its URL, citations and marks, its places framed clear of the card and the controls, the map filling the screen', async () => {
		const { page, errors } = session;
		const problems = await bandProblems(page, SIZE.laptop);
		for (let n = 1; n <= story.steps.length; n++) {
			if (n > 1) {
				await page.keyboard.press(n % 2 ? 'PageDown' : 'ArrowRight');
				await atStep(page, n);
			}
			await assertStepShown(page, n);
			problems.push(...(await framingProblems(page, n, SIZE.laptop)));
		}
		assert.deepEqual(problems, []);
		assert.deepEqual(errors, []);
	});

	it('goes to the first, the last, a numbered and the previous step with Home, End, 7 and Page Up', async () => {
		const { page, errors } = session;
		for (const [key, n] of [['Home', 1], ['End', story.steps.length], ['7', 7], ['PageUp', 6]]) {
			await page.keyboard.press(key);
			await atStep(page, n);
			assert.equal(await page.locator('#step-heading').textContent(), story.steps[n - 1].heading, `${key} goes to step ${n}`);
		}
		assert.deepEqual(errors, []);
	});

	it('opens the legend with a click and the L key, and closes it again', async () => {
		const { page, errors } = session;
		await page.keyboard.press('3');
		await atStep(page, 3);
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
	});

	it('names a bad story or step parameter in a notice on the presentation, the handout and the notes', async () => {
		const { page, context } = session;
		// The presentation reads its address as a link opened (or Back) gives it.
		for (const [query, named] of [['?story=nope', 'story=nope'], [`?story=${STORY}&step=99`, 'step=99'], [`?story=${STORY}&step=two`, 'step=two']]) {
			await visit(page, query, { map: false });
			const notice = page.getByRole('status').filter({ hasText: named });
			await notice.waitFor();
			assert.match(await notice.textContent(), new RegExp(`Ignored “${named}”`), query);
		}
		// The handout and the notes are pages of their own; with no such story they draw no map.
		const other = await context.newPage();
		for (const [path, named] of [['/present/notes?story=nope', 'story=nope'], ['/present/handout?story=nope', 'story=nope']]) {
			await other.goto(`${BASE_URL}${path}`);
			const notice = other.getByRole('status').filter({ hasText: named });
			await notice.waitFor();
			assert.match(await notice.textContent(), new RegExp(`Ignored “${named}”`), path);
		}
		await other.close();
		await visit(page, `?story=${STORY}&step=3`, { map: false });
		await atStep(page, 3);
	});

	it('lays out the card, the step controls and the map’s controls at 1920×1080, 1024×600 and 1280×720 where the framing unit test assumes, step 5’s places clear of them, the map filling the screen', async () => {
		const { page, errors } = session;
		const problems = [];
		try {
			for (const size of [SIZE.wide, SIZE.small, SIZE.laptop]) {
				await page.setViewportSize(size);
				await page.waitForFunction((w) => window.__atlas.map.getCanvas().clientWidth === w, size.width);
				await page.keyboard.press('5');
				await atStep(page, 5);
				problems.push(...(await layoutProblems(page, size)), ...(await framingProblems(page, 5, size)), ...(await bandProblems(page, size)));
			}
		} finally {
			await page.setViewportSize(SIZE.laptop);
		}
		assert.deepEqual(problems, []);
		assert.deepEqual(errors, []);
	});

	it('opens the exploring panel clear of the step controls at 1920×1080, in text a room can read, and axe finds nothing serious', async () => {
		const { page, errors } = session;
		await page.setViewportSize(SIZE.wide);
		await page.waitForFunction((w) => window.__atlas.map.getCanvas().clientWidth === w, SIZE.wide.width);
		await page.keyboard.press('Home');
		await atStep(page, 1);
		await page.keyboard.press('6');
		await atStep(page, 6);
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
		await page.getByRole('button', { name: 'Legend' }).click();
		await page.getByTestId('presentation-legend').waitFor({ state: 'detached' });
		await page.keyboard.press('Escape');
		await page.setViewportSize(SIZE.laptop);
		assert.deepEqual(errors, []);
	});

	// Last: it leaves the presentation for the dashboard.
	it('keeps the step on Back and Forward, within the talk and after “Explore this view”, and Forward returns to the explored view', async () => {
		const { page, errors } = session;
		await page.keyboard.press('3');
		await atStep(page, 3);
		await page.keyboard.press('ArrowRight');
		await page.waitForURL((u) => u.searchParams.get('step') === '4');
		await page.goBack();
		await page.waitForURL((u) => u.searchParams.get('step') === '3');
		await page.locator('#step-heading', { hasText: story.steps[2].heading }).waitFor();
		await page.goForward();
		await page.waitForURL((u) => u.searchParams.get('step') === '4');
		await page.locator('#step-heading', { hasText: story.steps[3].heading }).waitFor();
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
	});
});

describe('presentation for a room on a phone', () => {
	let session;
	before(async () => {
		session = await openStory(SIZE.phone);
	});
	after(async () => {
		await session?.context.close();
	});

	it(`steps by tapping “Next step” and frames the places of steps 1–${FAR_APART} in the map, the map filling its part of the screen`, async () => {
		const { page, errors } = session;
		const problems = await bandProblems(page, SIZE.phone);
		for (let n = 1; n <= FAR_APART; n++) {
			if (n > 1) {
				await page.getByRole('button', { name: 'Next step' }).tap();
				await atStep(page, n);
				assert.equal(await page.locator('[data-testid="step-counter"]').textContent(), `${n} / ${story.steps.length}`);
			}
			problems.push(...(await framingProblems(page, n, SIZE.phone)));
			if (n === 5) problems.push(...(await layoutProblems(page, SIZE.phone)));
		}
		assert.deepEqual(problems, []);
		assert.deepEqual(errors, []);
	});

	it('opens the legend with a tap, on the screen, and closes it with another', async () => {
		const { page, errors } = session;
		await page.getByRole('button', { name: 'Legend' }).tap();
		const shown = page.getByTestId('presentation-legend');
		await shown.getByRole('heading', { name: 'Places' }).waitFor();
		const box = await shown.boundingBox();
		assert.ok(box.x >= 0 && box.x + box.width <= 375 && box.y >= 0 && box.y + box.height <= 667, `the legend stays on the phone's screen: ${JSON.stringify(box)}`);
		await page.getByRole('button', { name: 'Legend' }).tap();
		await shown.waitFor({ state: 'detached' });
		assert.deepEqual(errors, []);
	});
});
