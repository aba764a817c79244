/**
 * The dashboard in real Chromium, on the built site: the map renders offline, a place opens its
 * sources from the map and from the list, filters narrow map, list and timeline alike, and a shared
 * link restores the view. One laptop page (1280×720) for everything done inside the app, reset through
 * the UI between checks; a shared link and a mangled one (on a reader's page, without the test hook)
 * each need a first load of their own.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { SIZES, foreignRequests, jumpTo, launch, openAtSize, waitForMapIdle } from './browser.js';
import { sharedAt } from './session.js';

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

/**
 * The ids of the places the map shows: those its places layer's filter lets through. The ones drawn
 * on screen are checked to be among them, so the filter is not just set but obeyed.
 */
async function renderedPlaces(page) {
	const { shown, drawn } = await page.evaluate(() => {
		const map = window.__atlas.map;
		const filter = map.getFilter('atlas-places');
		const drawn = [...new Set(map.queryRenderedFeatures({ layers: ['atlas-places'] }).map((f) => f.properties.id))];
		return { shown: filter ? filter[2] : null, drawn };
	});
	assert.ok(Array.isArray(shown), 'the places layer has an id filter');
	for (const id of drawn) assert.ok(shown.includes(id), `${id} is drawn but filtered out`);
	return [...shown].sort();
}

/** The ids of the places the list shows. */
function listedPlaces(page) {
	return page.$$eval('[data-testid="place-list"] tbody tr', (rows) => rows.map((r) => r.dataset.place).sort());
}

/** Screen position of a place on the map, relative to the page. */
function placeOnScreen(page, id) {
	return page.evaluate((id) => {
		const map = window.__atlas.map;
		const f = map.querySourceFeatures('atlas-places').find((x) => x.properties.id === id) ??
			map.queryRenderedFeatures({ layers: ['atlas-places'] }).find((x) => x.properties.id === id);
		const p = map.project(f.geometry.coordinates);
		const box = map.getCanvas().getBoundingClientRect();
		return { x: box.left + p.x, y: box.top + p.y };
	}, id);
}

/** Serious and critical axe violations, as readable lines. */
async function seriousViolations(page) {
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`);
}

/** Back to the plain dashboard through the UI: the panel or chooser closed, no filter, no search, the Places tab. */
async function reset(page) {
	await page.keyboard.press('Escape');
	await page.locator('[data-testid="source-panel"]').waitFor({ state: 'detached' });
	await page.getByRole('region', { name: 'Places at this spot' }).waitFor({ state: 'detached' });
	await page.getByLabel('Find a place').fill('');
	const clear = page.getByRole('button', { name: 'Clear all filters' }).first();
	if (await clear.isVisible()) await clear.click();
	await page.getByRole('tab', { name: /^Places/ }).click();
	await page.waitForURL((u) => [...u.searchParams.keys()].every((k) => k === 'at'));
	await waitForMapIdle(page);
}

describe('the dashboard on a laptop (1280×720): one page, reset through the UI between checks', () => {
	let session;
	before(async () => {
		session = await sharedAt(browser, SIZES.laptop);
	});
	after(async () => {
		await session?.context.close();
	});

	it('renders the map with the places, offline, without errors', async () => {
		const { page, requests, errors } = session;
		const drawn = await renderedPlaces(page);
		assert.ok(drawn.includes('baghdad') && drawn.includes('amerli') && drawn.includes('diyala'), `drawn: ${drawn}`);
		assert.match(await page.textContent('[data-testid="counts"]'), /\d+ of \d+ places/);
		assert.deepEqual(foreignRequests(requests), []);
		assert.deepEqual(errors, []);
	});

	it('opens Amerli’s sources from the map: the 2015 essay’s sentence, the siege and its groups', async () => {
		const { page, errors } = session;
		await jumpTo(page, 8, [44.58, 34.72]);
		const { x, y } = await placeOnScreen(page, 'amerli');
		await page.mouse.click(x, y);
		const panel = page.locator('[data-testid="source-panel"]');
		await panel.waitFor();
		assert.equal(await panel.locator('h2').textContent(), 'Amerli');
		const sentence = await panel.locator('blockquote.sentence').first().textContent();
		assert.match(sentence, /ended ISIS’s months-long siege of\s+Amerli, a Shia Turkomen town/);
		assert.equal(await panel.locator('blockquote.sentence mark').first().textContent(), 'Amerli');
		const eventText = await panel.locator('article.event').first().textContent();
		assert.match(eventText, /Kataib Hezbollah/);
		assert.match(eventText, /Asaib Ahl al-Haq/);
		assert.match(eventText, /Reported by/);
		assert.match(page.url(), /place=amerli/);
		assert.deepEqual(errors, []);
	});

	it('offers a choice where places overlap, which axe finds nothing serious in, and opens an event from its dot', async () => {
		const { page, errors } = session;
		await reset(page);
		await jumpTo(page, 8, [44.3, 33.1]);
		// Site 4 prison has no known position inside Baghdad, so it shares Baghdad's point.
		const baghdad = await placeOnScreen(page, 'baghdad');
		await page.mouse.click(baghdad.x, baghdad.y);
		const chooser = page.getByRole('region', { name: 'Places at this spot' });
		await chooser.waitFor();
		assert.deepEqual((await chooser.getByRole('list').getByRole('button').allTextContents()).sort(), ['Baghdad', 'Site 4 prison']);
		assert.deepEqual(await seriousViolations(page), [], 'axe with the chooser open');
		await chooser.getByRole('button', { name: 'Site 4 prison' }).click();
		assert.equal(await page.locator('[data-testid="source-panel"] h2').textContent(), 'Site 4 prison');
		// An event dot sits on the ring around its place; clicking it opens that event.
		const dot = await page.evaluate(() => {
			const map = window.__atlas.map;
			const f = map.queryRenderedFeatures({ layers: ['atlas-events'] }).find((x) => x.properties.place === 'jurf-al-sakher');
			const p = map.project(f.geometry.coordinates);
			const angle = -Math.PI / 2 + (Number(f.properties.slot) * 2 * Math.PI) / 12;
			const box = map.getCanvas().getBoundingClientRect();
			return { x: box.left + p.x + Math.round(Math.cos(angle) * 16), y: box.top + p.y + Math.round(Math.sin(angle) * 16), event: f.properties.event };
		});
		await page.mouse.click(dot.x, dot.y);
		await page.locator(`[data-testid="source-panel"] article.event.selected[data-event="${dot.event}"]`).waitFor();
		assert.equal(await page.locator('[data-testid="source-panel"] h2').textContent(), 'Jurf al-Sakher');
		assert.match(page.url(), new RegExp(`event=${dot.event}`));
		assert.deepEqual(errors, []);
	});

	it('opens a place from the list with the same quotes', async () => {
		const { page, requests, errors } = session;
		await reset(page);
		await page.locator('[data-testid="place-list"] tr[data-place="jurf-al-sakher"] button').click();
		const panel = page.locator('[data-testid="source-panel"]');
		await panel.waitFor();
		assert.equal(await panel.locator('h2').textContent(), 'Jurf al-Sakher');
		const marks = await panel.locator('blockquote.sentence mark').allTextContents();
		assert.ok(marks.includes('Jurf al-Sakher') && marks.includes('Jurf al-Nasr'), `marks: ${marks}`);
		assert.deepEqual(foreignRequests(requests), []);
		assert.deepEqual(errors, []);
	});

	it('filters to Kataib Hezbollah: map, list and timeline narrow alike', async () => {
		const { page } = session;
		await reset(page);
		const allOnMap = await renderedPlaces(page);
		await page.locator('summary', { hasText: 'Groups and people' }).click();
		// A sub-unit's checkbox also says since when it belongs (Kataib Hezbollah: in the PMF "from 2014").
		await page.getByRole('checkbox', { name: /^Kataib Hezbollah(\s|$)/ }).check();
		await waitForMapIdle(page);
		const onMap = await renderedPlaces(page);
		const inList = await listedPlaces(page);
		assert.ok(onMap.length < allOnMap.length, 'the map narrowed');
		assert.ok(onMap.includes('amerli'));
		assert.deepEqual(onMap, inList.filter((id) => onMap.includes(id)).sort());
		assert.deepEqual(inList, onMap, 'the list shows exactly what the map draws');
		const bars = await page.$$eval('[data-testid="timeline"] g[data-year]', (rs) => rs.reduce((n, r) => n + Number(r.dataset.count), 0));
		await page.getByRole('tab', { name: /Events/ }).click();
		// The events table loads when its tab is first opened.
		await page.locator('[data-testid="event-list"]').waitFor();
		const events = await page.$$eval('[data-testid="event-list"] tbody tr', (rs) => rs.map((r) => r.dataset.event));
		assert.ok(events.includes('amerli-siege'), `events: ${events}`);
		assert.equal(bars, events.length, 'the timeline counts the events the list shows');
		assert.match(await page.textContent('[data-testid="counts"]'), new RegExp(`${inList.length} of \\d+ places · ${events.length} of`));
		assert.match(page.url(), /group=kataib-hezbollah/);
	});

	it('narrows by event type and by the timeline’s range', async () => {
		const { page } = session;
		await reset(page);
		await page.locator('summary', { hasText: 'Event types' }).click();
		await page.getByRole('checkbox', { name: 'Massacre', exact: true }).check();
		await waitForMapIdle(page);
		assert.deepEqual(await listedPlaces(page), await renderedPlaces(page));
		assert.ok((await listedPlaces(page)).includes('diyala') || (await listedPlaces(page)).includes('musab-bin-omair-mosque'));
		await reset(page);
		// The range 1983–1994 with the timeline's own sliders, a year per arrow key.
		await moveSlider(page, /^From/, 'ArrowRight', 1983, 'from');
		await moveSlider(page, /^To/, 'ArrowLeft', 1994, 'to');
		await waitForMapIdle(page);
		const places = await listedPlaces(page);
		assert.ok(places.includes('beirut') && places.includes('buenos-aires'), `places: ${places}`);
		assert.ok(!places.includes('amerli'));
		assert.deepEqual(places, await renderedPlaces(page));
	});

	it('narrows by article and by place kind, map and list alike', async () => {
		const { page } = session;
		await reset(page);
		await page.locator('summary', { hasText: 'Articles and outlets' }).click();
		await page.getByRole('checkbox', { name: /Jun 2014: “Beleaguered Iraqis court Iranian mastermind/ }).check();
		await waitForMapIdle(page);
		const byArticle = await listedPlaces(page);
		assert.deepEqual(byArticle, await renderedPlaces(page));
		assert.ok(byArticle.includes('qatar') && byArticle.includes('washington'), `places: ${byArticle}`);
		assert.ok(!byArticle.includes('amerli'), 'the 2014 NYT report does not name Amerli');
		await page.locator('summary', { hasText: 'Place kinds' }).click();
		await page.getByRole('checkbox', { name: 'City', exact: true }).check();
		await waitForMapIdle(page);
		const cities = await listedPlaces(page);
		assert.deepEqual(cities, ['baghdad', 'washington']);
		assert.deepEqual(cities, await renderedPlaces(page));
		assert.match(page.url(), /article=nyt-2014-suleimani-iraq/);
		assert.match(page.url(), /kind=city/);
	});

	it('finds a place by another spelling', async () => {
		const { page, errors } = session;
		await reset(page);
		await page.getByLabel('Find a place').fill('Amirli');
		assert.deepEqual(await listedPlaces(page), ['amerli']);
		assert.deepEqual(errors, []);
	});
});

/** Presses `key` on the timeline's slider named `name` until it reads `year`, and waits for the address to say so. */
async function moveSlider(page, name, key, year, param) {
	const slider = page.getByRole('slider', { name });
	for (let i = 0; i < 40 && Number(await slider.inputValue()) !== year; i++) await slider.press(key);
	await page.waitForURL((u) => u.searchParams.get(param) === String(year));
}

describe('a shared link', () => {
	it('restores a shared link exactly: camera, filters and selected place; back and forward work', async () => {
		const { page, context } = await openAtSize(browser, SIZES.laptop, { path: '/?at=6.5/33.9/44.6&group=kataib-hezbollah&place=amerli' });
		assert.equal(await page.locator('[data-testid="source-panel"] h2').textContent(), 'Amerli');
		const camera = await page.evaluate(() => {
			const m = window.__atlas.map;
			return { zoom: m.getZoom(), lat: m.getCenter().lat, lon: m.getCenter().lng };
		});
		assert.ok(Math.abs(camera.zoom - 6.5) < 0.01 && Math.abs(camera.lat - 33.9) < 0.01 && Math.abs(camera.lon - 44.6) < 0.01, JSON.stringify(camera));
		await page.locator('summary', { hasText: 'Groups and people' }).click();
		const kh = page.getByRole('checkbox', { name: /^Kataib Hezbollah(\s|$)/ });
		assert.ok(await kh.isChecked());
		await kh.uncheck();
		await page.waitForURL((u) => !u.search.includes('group='));
		const widened = (await listedPlaces(page)).length;
		await page.goBack();
		await page.waitForURL((u) => u.search.includes('group=kataib-hezbollah'));
		assert.ok(await kh.isChecked(), 'back restores the filter');
		assert.ok((await listedPlaces(page)).length < widened);
		assert.match(page.url(), /place=amerli/);
		await page.goForward();
		await page.waitForURL((u) => !u.search.includes('group='));
		assert.equal(await kh.isChecked(), false, 'forward clears it again');
		await context.close();
	});
});

describe('a reader’s page: a mangled link, no test hook', () => {
	let session;
	before(async () => {
		session = await openAtSize(browser, SIZES.laptop, { hook: false, path: `/?from=abc&group=%3Cscript%3Ealert(1)%3C/script%3E&place=atlantis&at=99/999/999&q=${'x'.repeat(5000)}` });
	});
	after(async () => {
		await session?.context.close();
	});

	it('survives a mangled link with a notice instead of a blank page', async () => {
		const { page, errors } = session;
		const notice = await page.locator('.notices').textContent();
		assert.match(notice, /Ignored “from=abc”/);
		assert.match(notice, /Ignored “place=atlantis”/);
		assert.match(notice, /Ignored “at=99\/999\/999”/);
		assert.match(notice, /Ignored “q=x+…”: longer than 100 characters/);
		assert.match(await page.textContent('[data-testid="counts"]'), /\d+ of \d+ places/);
		assert.deepEqual(errors, []);
	});

	it('says when the map has drawn through data-map-idle, and gives a reader’s page no window.__atlas', async () => {
		const { page } = session;
		const map = page.locator('[data-testid="map"]');
		assert.equal(await page.evaluate(() => typeof window.__atlas), 'undefined');
		// A filter change makes the map busy until it has drawn the new set, then idle again.
		const flips = page.evaluate(
			() =>
				new Promise((resolve) => {
					const el = document.querySelector('[data-testid="map"]');
					const seen = [];
					new MutationObserver(() => {
						seen.push(el.getAttribute('data-map-idle'));
						if (seen.includes('false') && seen.at(-1) === 'true') resolve(seen);
					}).observe(el, { attributes: true, attributeFilter: ['data-map-idle'] });
				})
		);
		await page.locator('summary', { hasText: 'Groups and people' }).click();
		await page.getByRole('checkbox', { name: /^Quds Force(\s|$)/ }).check();
		const seen = await flips;
		assert.equal(seen[0], 'false');
		assert.equal(await map.getAttribute('data-map-idle'), 'true');
	});
});
