/**
 * Search and framing, at the four sizes the issue was seen at (a phone with touch among them): the
 * search finds places (Tehran, not Mehran), groups and the words of the sources, Enter picks the first
 * result, a filter offers to fit the map to what it keeps, a link to a place centres it, and an event
 * opened from the list frames all its places. The expected values are read from the built data files.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BASE_URL, launch, waitForMapIdle } from './browser.js';

const DATA = fileURLToPath(new URL('../../build/data/', import.meta.url));
const readJson = (name) => JSON.parse(readFileSync(`${DATA}${name}`, 'utf8'));

const SIZES = [
	{ name: '1920×1080', width: 1920, height: 1080 },
	{ name: '1280×720', width: 1280, height: 720 },
	{ name: '1024×600', width: 1024, height: 600 },
	{ name: 'phone 375×667', width: 375, height: 667, touch: true }
];

/** Where each place stands, from the built places layer. */
const placeAt = new Map(readJson('places.geojson').features.map((f) => [f.properties.id, f.geometry.coordinates]));

/** The place bundles' sentences (with the places whose bundles hold them) and every quote of their events. */
function corpusTexts() {
	const sentences = new Map();
	const quotes = [];
	for (const file of readdirSync(`${DATA}places`).filter((f) => f.endsWith('.json'))) {
		const bundle = readJson(`places/${file}`);
		for (const s of bundle.sentences) {
			const known = sentences.get(s.id) ?? { text: s.text, places: new Set() };
			known.places.add(bundle.place);
			sentences.set(s.id, known);
		}
		for (const e of bundle.events) for (const c of e.claims) quotes.push(c.quote);
	}
	return { sentences, quotes };
}

const words = (text) => text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);

/**
 * A word only the sources' sentences hold: in exactly one sentence, in no quote, no name of a place,
 * group or person, and the beginning of no other word — so the search can find it only in that sentence.
 */
function sentenceOnlyWord() {
	const { sentences, quotes } = corpusTexts();
	const index = readJson('index.json');
	const names = [...index.places, ...index.groups, ...index.people].flatMap((x) => [x.name, ...x.aliases, ...Object.values(x.names ?? {})]);
	const nameWords = new Set(names.flatMap(words));
	const allWords = new Set([...[...sentences.values()].flatMap((s) => words(s.text)), ...quotes.flatMap(words)]);
	const quoteWords = new Set(quotes.flatMap(words));
	const candidates = [...allWords]
		.filter((w) => /^[a-z]{8,}$/.test(w) && !quoteWords.has(w) && ![...nameWords].some((n) => n.startsWith(w)))
		.filter((w) => ![...allWords].some((o) => o !== w && o.startsWith(w)))
		.map((w) => ({ w, in: [...sentences].filter(([, s]) => words(s.text).includes(w)) }))
		.filter((c) => c.in.length === 1)
		.sort((a, b) => a.w.localeCompare(b.w));
	assert.ok(candidates.length, 'the corpus has a word only one sentence holds');
	const [id, sentence] = candidates[0].in[0];
	return { word: candidates[0].w, sentence: id, text: sentence.text, places: [...sentence.places].sort() };
}

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

/** A dashboard page at a size (with touch on the phone), recording page errors. */
async function openAt(size, query = '') {
	const context = await browser.newContext({
		viewport: { width: size.width, height: size.height },
		reducedMotion: 'reduce',
		hasTouch: !!size.touch,
		isMobile: !!size.touch
	});
	await context.addInitScript(() => (window.__ATLAS_TEST_HOOK__ = true));
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	await page.goto(`${BASE_URL}/${query}`);
	await waitForMapIdle(page);
	return { page, context, errors };
}

/** Where a place is drawn, in the map's own pixels, and the map's size. */
function onMap(page, id) {
	return page.evaluate(
		([lonLat]) => {
			const map = window.__atlas.map;
			const p = map.project(lonLat);
			const box = map.getContainer().getBoundingClientRect();
			return { x: p.x, y: p.y, width: box.width, height: box.height };
		},
		[placeAt.get(id)]
	);
}

const inside = (p) => p.x >= 0 && p.x <= p.width && p.y >= 0 && p.y <= p.height;

/** Runs `act`, then waits for the camera to change and the map to draw again. */
async function afterCameraMoves(page, act) {
	const before = await page.evaluate(() => JSON.stringify(window.__atlas.map.getCenter()) + window.__atlas.map.getZoom());
	await act();
	await page.waitForFunction((b) => JSON.stringify(window.__atlas.map.getCenter()) + window.__atlas.map.getZoom() !== b, before);
	await waitForMapIdle(page);
}

const listedPlaces = (page) => page.$$eval('[data-testid="place-list"] tbody tr', (rows) => rows.map((r) => r.dataset.place).sort());
const resultIds = (page, kind) => page.$$eval(`[data-testid="search-results"] [data-kind="${kind}"] [role="option"]`, (os) => os.map((o) => o.dataset.id));
const search = (page) => page.getByRole('combobox', { name: /Find a place/ });

for (const size of SIZES) {
	// What search finds does not depend on the screen: mouse at 1280×720 and touch on the phone are enough
	// (each browser test costs a quarter of a minute of software rendering in CI). Framing runs at every size.
	const onSome = size.width === 1280 || size.touch ? it : () => {};
	describe(`search and framing at ${size.name}`, () => {
		onSome('"Tehran" finds Tehran and not Mehran, its results on screen; Enter picks the first result and opens its place', async () => {
			const { page, context, errors } = await openAt(size);
			const box = search(page);
			await box.click();
			await box.fill('Tehran');
			await page.locator('[data-testid="search-results"]').waitFor({ state: 'visible' });
			assert.equal(await box.getAttribute('aria-expanded'), 'true');
			assert.deepEqual(await resultIds(page, 'place'), ['tehran']);
			assert.deepEqual(await listedPlaces(page), ['tehran'], 'the list keeps Tehran alone: Mehran is not a match');
			const first = await page.locator('[data-testid="search-results"] [role="option"]').first().evaluate((o) => {
				const r = o.getBoundingClientRect();
				return { top: r.top, bottom: r.bottom, screen: innerHeight };
			});
			assert.ok(first.top >= 0 && first.bottom <= first.screen, `the first result is on screen: ${JSON.stringify(first)}`);
			await page.screenshot({ path: `tests/output/search-tehran-${size.width}.png` });
			await box.press('Enter');
			assert.equal(await page.locator('[data-testid="source-panel"] h2').textContent(), 'Tehran');
			assert.equal(await box.getAttribute('aria-expanded'), 'false', 'picking closes the list');
			assert.deepEqual(errors, []);
			await context.close();
		});

		onSome('finds a word only a sentence of the sources holds; the keys move through the results, Esc closes them', async () => {
			const expected = sentenceOnlyWord();
			const { page, context, errors } = await openAt(size);
			const box = search(page);
			await box.click();
			await box.fill(expected.word);
			const results = page.locator('[data-testid="search-results"]');
			await results.waitFor({ state: 'visible' });
			assert.deepEqual(await resultIds(page, 'text'), [expected.sentence]);
			const hit = results.locator('[role="option"]').first();
			assert.equal((await hit.locator('mark').textContent()).toLowerCase(), expected.word, 'the word is marked in the sentence');
			assert.deepEqual(await listedPlaces(page), expected.places, 'the map and list keep the places that sentence names');
			await page.screenshot({ path: `tests/output/search-sentence-${size.width}.png` });
			await box.press('Escape');
			assert.equal(await box.getAttribute('aria-expanded'), 'false');
			await box.press('ArrowDown');
			assert.equal(await box.getAttribute('aria-activedescendant'), await hit.getAttribute('id'));
			await box.press('Enter');
			const names = readJson('index.json').places.filter((p) => expected.places.includes(p.id)).map((p) => p.name);
			const opened = await page.locator('[data-testid="source-panel"] h2').textContent();
			assert.ok(names.includes(opened), `${opened} is one of ${names}`);
			assert.deepEqual(errors, []);
			await context.close();
		});

		it('picking a group from the search selects it; "Fit map" then frames its places, Washington included', async () => {
			const { page, context, errors } = await openAt(size);
			const box = search(page);
			await box.click();
			await box.fill('Quds');
			await page.locator('[data-testid="search-results"]').waitFor({ state: 'visible' });
			assert.deepEqual(await resultIds(page, 'group'), ['quds-force']);
			await box.press('Enter');
			await page.waitForURL((u) => u.searchParams.get('group') === 'quds-force' && !u.searchParams.get('q'));
			const places = await listedPlaces(page);
			assert.ok(places.includes('washington'), `Quds Force's places include Washington: ${places}`);
			const fit = page.getByTestId('fit-to-selection');
			assert.equal(await fit.textContent(), `Fit map to ${places.length} places`);
			await afterCameraMoves(page, () => fit.click());
			for (const id of places) assert.ok(inside(await onMap(page, id)), `${id} is inside the map: ${JSON.stringify(await onMap(page, id))}`);
			await page.screenshot({ path: `tests/output/fit-quds-${size.width}.png` });
			assert.deepEqual(errors, []);
			await context.close();
		});

		onSome('a link with ?place= alone centres its place; a camera in the link wins', async () => {
			const { page, context, errors } = await openAt(size, '?place=washington');
			const p = await onMap(page, 'washington');
			assert.ok(Math.abs(p.x - p.width / 2) < p.width * 0.1 && Math.abs(p.y - p.height / 2) < p.height * 0.1, `Washington near the centre: ${JSON.stringify(p)}`);
			await page.screenshot({ path: `tests/output/place-link-${size.width}.png` });
			await page.goto(`${BASE_URL}/?at=6/33.3/44.4&place=washington`);
			await waitForMapIdle(page);
			const camera = await page.evaluate(() => ({ ...window.__atlas.map.getCenter(), zoom: window.__atlas.map.getZoom() }));
			assert.ok(Math.abs(camera.lat - 33.3) < 0.01 && Math.abs(camera.lng - 44.4) < 0.01 && Math.abs(camera.zoom - 6) < 0.01, JSON.stringify(camera));
			assert.deepEqual(errors, []);
			await context.close();
		});

		// 1920×1080 and 1024×600 frame a selection with "Fit map" above; the event's framing runs at 1280×720 and on the phone.
		onSome('an event with places far apart, opened from the list, frames all of them', async () => {
			// Close in on Baghdad first: from there no single place of a spread-out event shows the others.
			const { page, context, errors } = await openAt(size, '?at=7/33.3/44.4');
			await page.getByRole('tab', { name: /Events/ }).click();
			await page.locator('[data-testid="event-list"] tbody tr').first().waitFor();
			// The listed event whose places lie farthest apart (the built events layer has a point per place).
			const listed = await page.$$eval('[data-testid="event-list"] tbody tr', (rows) => rows.map((r) => r.dataset.event));
			const placesOf = new Map();
			for (const f of readJson('events.geojson').features) placesOf.set(f.properties.event, [...new Set([...(placesOf.get(f.properties.event) ?? []), f.properties.place])]);
			const spread = (ids) => Math.max(...ids.flatMap((a) => ids.map((b) => Math.hypot(placeAt.get(a)[0] - placeAt.get(b)[0], placeAt.get(a)[1] - placeAt.get(b)[1]))));
			const event = listed.filter((id) => (placesOf.get(id) ?? []).length > 1).sort((a, b) => spread(placesOf.get(b)) - spread(placesOf.get(a)))[0];
			assert.ok(event, 'the list shows an event with two or more places');
			await afterCameraMoves(page, () => page.locator(`tr[data-event="${event}"] button.link`).click());
			for (const id of placesOf.get(event)) assert.ok(inside(await onMap(page, id)), `${event}: ${id} is inside the map: ${JSON.stringify(await onMap(page, id))}`);
			await page.screenshot({ path: `tests/output/event-frame-${size.width}.png` });
			assert.deepEqual(errors, []);
			await context.close();
		});
	});
}
