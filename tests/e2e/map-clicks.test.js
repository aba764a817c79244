/**
 * A click or tap on the map opens the place the reader pointed at, never a neighbour whose marks are
 * drawn near it (issue 12): the centre of Iraq's ring opens Iraq, Jurf al-Sakher and Karbala their
 * own sources though Karbala's event dots ring them, and Baghdad offers the places drawn on its point.
 * Country names come from the basemap alone, and the basemap still draws when zoomed in to street level.
 * At 1920×1080, 1280×720, 1024×600 and on a phone (375×667, touch).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, launch, waitForMapIdle } from './browser.js';

const SIZES = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 },
	{ width: 1024, height: 600 },
	{ width: 375, height: 667, touch: true }
];
/** Views on the places around Baghdad and Karbala: the overview's zoom, and one closer in (each click costs seconds of software rendering). */
const ZOOMS = [4.5, 7.5];

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

async function open(size, query) {
	const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, reducedMotion: 'reduce', hasTouch: !!size.touch, isMobile: !!size.touch });
	await context.addInitScript(() => (window.__ATLAS_TEST_HOOK__ = true));
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	await page.goto(`${BASE_URL}/${query}`);
	await waitForMapIdle(page);
	await page.locator('[data-testid="map"]').scrollIntoViewIfNeeded();
	return { page, context, errors };
}

/** Moves the map and resolves once it has drawn the new view. */
function jumpTo(page, zoom, [lon, lat]) {
	return page.evaluate(
		({ zoom, lon, lat }) =>
			new Promise((resolve) => {
				const map = window.__atlas.map;
				// Resolve with nothing: the event holds the map, which Playwright would copy out of the page (seconds).
				map.once('idle', () => resolve());
				map.jumpTo({ zoom, center: [lon, lat] });
				map.triggerRepaint();
			}),
		{ zoom, lon, lat }
	);
}

/**
 * Where a place's point is drawn, in page pixels, and whether the map itself is what is there. Read
 * again frame after frame until it stays put: closing a panel gives the map back its room and, on the
 * phone, scrolls the page to the map it returns focus to.
 */
async function placeOnScreen(page, id) {
	let last;
	for (let i = 0; i < 30; i++) {
		const at = await page.evaluate(
			(id) =>
				new Promise((resolve) =>
					requestAnimationFrame(() =>
						requestAnimationFrame(() => {
							const map = window.__atlas.map;
							const f = map.querySourceFeatures('atlas-places').find((x) => x.properties.id === id);
							const p = map.project(f.geometry.coordinates);
							const box = map.getCanvas().getBoundingClientRect();
							const x = box.left + p.x;
							const y = box.top + p.y;
							resolve({ x, y, onMap: document.elementFromPoint(x, y) === map.getCanvas() });
						})
					)
				),
			id
		);
		if (last && last.x === at.x && last.y === at.y) return at;
		last = at;
	}
	throw new Error(`${id} keeps moving on screen`);
}

async function press(page, size, { x, y }) {
	if (size.touch) await page.touchscreen.tap(x, y);
	else await page.mouse.click(x, y);
}

const panelHeading = (page) => page.locator('[data-testid="source-panel"] h2');

/** Clicks (taps) a place's point and returns the heading of the panel that opens. */
async function headingAfterPressing(page, size, id) {
	const at = await placeOnScreen(page, id);
	assert.ok(at.onMap, `${id} is drawn on the map, not under a control, at ${size.width}×${size.height}`);
	await press(page, size, at);
	await panelHeading(page).waitFor();
	const heading = await panelHeading(page).textContent();
	await page.keyboard.press('Escape');
	await panelHeading(page).waitFor({ state: 'detached' });
	return heading;
}

/** The names a layer has drawn on screen now. */
function drawnNames(page, layer, property = 'name') {
	return page.evaluate(
		({ layer, property }) => {
			const map = window.__atlas.map;
			return map.getLayer(layer) ? [...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties[property]))] : [];
		},
		{ layer, property }
	);
}

/**
 * The names drawn over an event dot's centre, with the dot: none when every name makes way for the dots.
 * The dot's place on its ring is read from the layer's own offsets.
 */
function namesOnDots(page) {
	return page.evaluate(() => {
		const map = window.__atlas.map;
		const offsets = map.getLayoutProperty('atlas-events', 'icon-offset');
		const names = map.getStyle().layers.filter((l) => l.type === 'symbol' && l.layout?.['text-field'] && l.id !== 'atlas-crowded-labels').map((l) => l.id);
		const out = [];
		for (const dot of map.queryRenderedFeatures({ layers: ['atlas-events'] })) {
			const i = offsets.indexOf(dot.properties.slot % 12, 2);
			const [dx, dy] = offsets[i + 1][1];
			const at = map.project(dot.geometry.coordinates);
			for (const name of map.queryRenderedFeatures([at.x + dx, at.y + dy], { layers: names }))
				out.push(`${name.properties.name ?? name.properties.label} over ${dot.properties.id} (slot ${dot.properties.slot})`);
		}
		return [...new Set(out)];
	});
}

// One page per size (each page load costs seconds of software rendering): the names first, then the clicks.
for (const size of SIZES) {
	const name = `${size.width}×${size.height}${size.touch ? ' (touch)' : ''}`;
	describe(`map clicks and labels at ${name}`, () => {
		it(`names Iraq once, draws Karbala’s marker over every name and no name over a dot, opens the place pointed at and offers the places on Baghdad’s point${size.width === 1280 ? '; draws towns with their names zoomed in beyond 8' : ''}`, async () => {
			const { page, context, errors } = await open(size, '');
			for (const zoom of [undefined, 6]) {
				if (zoom) await jumpTo(page, zoom, [44.2, 33]);
				assert.ok((await drawnNames(page, 'country-labels')).includes('Iraq'), `the basemap names Iraq (zoom ${zoom ?? 'default'})`);
				const ours = await drawnNames(page, 'atlas-place-labels', 'id');
				assert.ok(!ours.includes('iraq'), `the atlas names Iraq a second time: ${ours}`);
				const top = await page.evaluate(() => {
					const map = window.__atlas.map;
					const f = map.querySourceFeatures('atlas-places').find((x) => x.properties.id === 'karbala');
					const hits = map.queryRenderedFeatures(map.project(f.geometry.coordinates), { layers: ['atlas-places', 'country-labels', 'atlas-place-labels', 'atlas-coarse-events'] });
					return hits.map((h) => `${h.layer.id}:${h.properties.id ?? h.properties.name ?? h.properties.place}`);
				});
				assert.equal(top[0], 'atlas-places:karbala', `drawn at Karbala's point, top first: ${top}`);
				assert.deepEqual(await namesOnDots(page), [], `no name is drawn over an event dot (zoom ${zoom ?? 'default'})`);
			}

			// The overview, where the neighbours crowd most, at every size; closer in at one.
			for (const zoom of size.width === 1280 ? ZOOMS : ZOOMS.slice(0, 1)) {
				const expected = { iraq: 'Iraq', karbala: 'Karbala', 'jurf-al-sakher': 'Jurf al-Sakher' };
				for (const [id, heading] of Object.entries(expected)) {
					await jumpTo(page, zoom, [44.2, 33]);
					assert.equal(await headingAfterPressing(page, size, id), heading, `${id} at zoom ${zoom}`);
				}
			}

			await jumpTo(page, 6, [44.2, 33]);
			await press(page, size, await placeOnScreen(page, 'baghdad'));
			const chooser = page.getByRole('region', { name: 'Places at this spot' });
			await chooser.waitFor();
			const offered = await chooser.getByRole('list').getByRole('button').allTextContents();
			assert.ok(offered.includes('Baghdad') && offered.includes('Site 4 prison'), `Baghdad's point offers: ${offered}`);
			assert.ok(!offered.includes('Karbala'), `Baghdad's point offers: ${offered}`);
			await page.keyboard.press('Escape');
			await chooser.waitFor({ state: 'detached' });

			// Zoomed in beyond 8 west of Baghdad the basemap still draws: towns with their names (what the basemap
			// holds does not depend on the screen: one size is enough).
			if (size.width === 1280)
				for (const zoom of [10, 12]) {
					await jumpTo(page, zoom, [43.8, 33.35]);
					await page.locator('[data-testid="map"][data-map-idle="true"]').waitFor({ state: 'attached' });
					assert.ok((await drawnNames(page, 'town-labels')).includes('Al Fallūjah'), `Fallujah is not named at zoom ${zoom}`);
				}
			assert.deepEqual(errors, []);
			await context.close();
		});
	});
}
