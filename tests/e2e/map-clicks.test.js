/**
 * A click or tap on the map opens the place the reader pointed at, never a neighbour whose marks are
 * drawn near it (issue 12): the centre of Iraq's ring opens Iraq, Jurf al-Sakher and Karbala their
 * own sources though Karbala's event dots ring them, and Baghdad offers the places drawn on its point.
 * Country names come from the basemap alone, and the basemap still draws when zoomed in to street level.
 * Two pages: a laptop (1280×720), resized to 1920×1080 and 1024×600 for the names, which depend on the
 * screen; clicks at 1280×720 (which mark a pointer picks is unit-tested in src/lib/map/pick-mark.test.ts);
 * and a phone (375×667, touch), whose taps reach farther.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { SIZES, jumpTo, launch, pressAt, sizeName } from './browser.js';
import { sharedAt } from './session.js';

/** Views on the places around Baghdad and Karbala: the overview's zoom, and one closer in (each click costs seconds of software rendering). */
const ZOOMS = [4.5, 7.5];
/** The corpus's bounds, which the map frames on its first view (with 20 px of padding). */
const BOUNDS = JSON.parse(readFileSync(new URL('../../static/data/index.json', import.meta.url), 'utf8')).corpus.bounds;

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

/** Resizes the page to `size` and waits for the map to take its container's new size (a frame or more later). */
async function resizeTo(page, size) {
	await page.setViewportSize(size);
	await page.waitForFunction(() => {
		const map = window.__atlas.map;
		const [canvas, container] = [map.getCanvas(), map.getContainer()];
		return canvas.clientWidth === container.clientWidth && canvas.clientHeight === container.clientHeight;
	});
}

/** Frames the map as its first view at the page's present size frames it, and resolves once it has drawn. */
function frameFirstView(page) {
	return page.evaluate(
		(bounds) =>
			new Promise((resolve) => {
				const map = window.__atlas.map;
				map.once('idle', () => resolve());
				map.fitBounds(bounds, { padding: 20, animate: false });
				map.triggerRepaint();
			}),
		BOUNDS
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

const panelHeading = (page) => page.locator('[data-testid="source-panel"] h2');

/** Clicks (taps) a place's point and returns the heading of the panel that opens. */
async function headingAfterPressing(page, size, id) {
	const at = await placeOnScreen(page, id);
	assert.ok(at.onMap, `${id} is drawn on the map, not under a control, at ${size.width}×${size.height}`);
	await pressAt(page, size, at);
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

/** At the view drawn now: the basemap names Iraq, the atlas does not name it again, Karbala's marker is drawn over every name and no name over a dot. */
async function assertNamesMakeWay(page, where) {
	assert.ok((await drawnNames(page, 'country-labels')).includes('Iraq'), `the basemap names Iraq (${where})`);
	const ours = await drawnNames(page, 'atlas-place-labels', 'id');
	assert.ok(!ours.includes('iraq'), `the atlas names Iraq a second time (${where}): ${ours}`);
	const top = await page.evaluate(() => {
		const map = window.__atlas.map;
		const f = map.querySourceFeatures('atlas-places').find((x) => x.properties.id === 'karbala');
		const hits = map.queryRenderedFeatures(map.project(f.geometry.coordinates), { layers: ['atlas-places', 'country-labels', 'atlas-place-labels', 'atlas-coarse-events'] });
		return hits.map((h) => `${h.layer.id}:${h.properties.id ?? h.properties.name ?? h.properties.place}`);
	});
	assert.equal(top[0], 'atlas-places:karbala', `drawn at Karbala's point, top first (${where}): ${top}`);
	assert.deepEqual(await namesOnDots(page), [], `no name is drawn over an event dot (${where})`);
}

/** Presses Iraq, Karbala and Jurf al-Sakher at `zoom` and checks each opens its own panel. */
async function assertPressesOpenTheirPlace(page, size, zoom) {
	const expected = { iraq: 'Iraq', karbala: 'Karbala', 'jurf-al-sakher': 'Jurf al-Sakher' };
	for (const [id, heading] of Object.entries(expected)) {
		await jumpTo(page, zoom, [44.2, 33]);
		assert.equal(await headingAfterPressing(page, size, id), heading, `${id} at zoom ${zoom}, ${sizeName(size)}`);
	}
}

/** Presses Baghdad's point and checks the chooser offers Baghdad and Site 4 prison, not Karbala; closes it. */
async function assertBaghdadOffersItsPlaces(page, size) {
	await jumpTo(page, 6, [44.2, 33]);
	await pressAt(page, size, await placeOnScreen(page, 'baghdad'));
	const chooser = page.getByRole('region', { name: 'Places at this spot' });
	await chooser.waitFor();
	const offered = await chooser.getByRole('list').getByRole('button').allTextContents();
	assert.ok(offered.includes('Baghdad') && offered.includes('Site 4 prison'), `Baghdad's point offers: ${offered}`);
	assert.ok(!offered.includes('Karbala'), `Baghdad's point offers: ${offered}`);
	await page.keyboard.press('Escape');
	await chooser.waitFor({ state: 'detached' });
}

describe('map clicks and labels on a laptop, resized for the names', () => {
	let session;
	before(async () => {
		session = await sharedAt(browser, SIZES.laptop);
	});
	after(async () => {
		await session?.context.close();
	});

	// The first views from the farthest out to the closest in: zoomed out again after zooming in, the
	// basemap no longer names Iraq (a bug of its own, seen at 1280×720 from zoom 6 back to 4.55).
	const firstViews = [SIZES.small, SIZES.laptop, SIZES.wide];
	it(`names Iraq once, draws Karbala’s marker over every name and no name over a dot, on the first view at ${firstViews.map(sizeName).join(', ')}`, async () => {
		for (const size of firstViews) {
			await resizeTo(session.page, size);
			await frameFirstView(session.page);
			await assertNamesMakeWay(session.page, `${sizeName(size)}, first view`);
		}
	});

	it(`names Iraq once, draws Karbala’s marker over every name and no name over a dot, at zoom 6 at ${firstViews.map(sizeName).join(', ')}`, async () => {
		for (const size of firstViews) {
			await resizeTo(session.page, size);
			await jumpTo(session.page, 6, [44.2, 33]);
			await assertNamesMakeWay(session.page, `${sizeName(size)}, zoom 6`);
		}
	});

	it('opens the place clicked, at the overview and closer in, and offers the places on Baghdad’s point', async () => {
		const { page } = session;
		await resizeTo(page, SIZES.laptop);
		for (const zoom of ZOOMS) await assertPressesOpenTheirPlace(page, SIZES.laptop, zoom);
		await assertBaghdadOffersItsPlaces(page, SIZES.laptop);
	});

	it('draws towns with their names zoomed in beyond 8 west of Baghdad', async () => {
		// What the basemap holds does not depend on the screen: one size is enough.
		for (const zoom of [10, 12]) {
			await jumpTo(session.page, zoom, [43.8, 33.35]);
			await session.page.locator('[data-testid="map"][data-map-idle="true"]').waitFor({ state: 'attached' });
			assert.ok((await drawnNames(session.page, 'town-labels')).includes('Al Fallūjah'), `Fallujah is not named at zoom ${zoom}`);
		}
		assert.deepEqual(session.errors, []);
	});
});

describe('map taps and labels on a phone (375×667, touch)', () => {
	let session;
	before(async () => {
		session = await sharedAt(browser, SIZES.phone);
		await session.page.locator('[data-testid="map"]').scrollIntoViewIfNeeded();
	});
	after(async () => {
		await session?.context.close();
	});

	it('names Iraq once, draws Karbala’s marker over every name and no name over a dot, on the first view and at zoom 6', async () => {
		await assertNamesMakeWay(session.page, 'phone, first view');
		await jumpTo(session.page, 6, [44.2, 33]);
		await assertNamesMakeWay(session.page, 'phone, zoom 6');
	});

	it('opens the place tapped at the overview, even tap after tap, and offers the places on Baghdad’s point', async () => {
		await assertPressesOpenTheirPlace(session.page, SIZES.phone, ZOOMS[0]);
		await assertBaghdadOffersItsPlaces(session.page, SIZES.phone);
		assert.deepEqual(session.errors, []);
	});
});
