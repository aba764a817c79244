/**
 * Issue 12 in Chromium, as a reader meets it (Back and Forward around "Explore this view" are in
 * presentation-room.test.js): focus returns to what opened a panel; skip links and a visible focus ring on
 * the map; Esc in a dialog closes only the dialog; the chooser of overlapping places closes; the list
 * tabs follow the arrow keys; every bad URL parameter is named in one notice; a 404 is a page.
 * One laptop page (1280×720) walks from the 404 to the map and through every keyboard check; the bad
 * link, the handout and the notes each need a first load of their own.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, SIZES, jumpTo, launch, openAtSize, openPage, waitForMapIdle } from './browser.js';

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

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

/** Closes the source panel with Esc, if one is open. */
async function closePanel(page) {
	if ((await page.locator('[data-testid="source-panel"]').count()) === 0) return;
	await page.keyboard.press('Escape');
	await page.locator('[data-testid="source-panel"]').waitFor({ state: 'detached' });
}

describe('keyboard and history on a laptop (1280×720): one page, from a 404 to the map', () => {
	let session;
	before(async () => {
		session = await openPage(browser, SIZES.laptop);
	});
	after(async () => {
		await session?.context.close();
	});

	it('answers an unknown address with a 404 page in the site’s style that links back to the map', async () => {
		const { page } = session;
		const response = await page.goto(`${BASE_URL}/no/such/page`);
		assert.equal(response.status(), 404);
		assert.match(response.headers()['content-type'], /text\/html/);
		const heading = page.getByRole('heading', { level: 1 });
		await heading.waitFor();
		assert.match(await heading.textContent(), /not found/i);
		assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /Noto Sans/);
		await page.getByRole('link', { name: /map/i }).click();
		await page.waitForURL((u) => u.pathname === '/');
		await waitForMapIdle(page);
		// The 404 itself is all the console reports (the response, and the router's "Not found"); the
		// checks that follow on this page start from no error.
		const unexpected = session.errors.filter((e) => !/status of 404|Not found: \/no\/such\/page/.test(e));
		assert.deepEqual(unexpected, []);
		session.errors.length = 0;
	});

	it('starts with skip links, visible when focused, to the map, the place list and the filters', async () => {
		const { page } = session;
		const expected = [
			['Skip to map', (f) => f.isMapCanvas],
			['Skip to place list', (f) => f.row !== null],
			['Skip to filters', (f) => f.tag === 'input']
		];
		for (const [i, [name, landed]] of expected.entries()) {
			// From the top of the page the first Tab reaches the first link; each next link is one Tab on.
			if (i > 0) await page.getByRole('link', { name: expected[i - 1][0] }).focus();
			await page.keyboard.press('Tab');
			assert.equal((await focused(page)).text, name, `Tab ${i + 1} reaches “${name}”`);
			const shown = await page.evaluate(() => {
				const el = document.activeElement;
				const r = el.getBoundingClientRect();
				const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
				return r.width > 20 && r.height > 10 && r.top >= 0 && r.left >= 0 && (hit === el || el.contains(hit));
			});
			assert.ok(shown, `“${name}” is visible while focused`);
			await page.keyboard.press('Enter');
			const f = await focused(page);
			assert.ok(landed(f), `“${name}” moves focus there, not to ${JSON.stringify(f)}`);
		}
		// Unfocused, the links take no room and cover nothing.
		await page.locator('[data-testid="place-list"] tr button').first().focus();
		const hidden = await page.getByRole('link', { name: 'Skip to map' }).evaluate((el) => {
			const r = el.getBoundingClientRect();
			return r.width <= 1 || r.bottom <= 0 || r.right <= 0;
		});
		assert.ok(hidden, 'the skip links hide again when focus leaves them');
	});

	it('draws the focus ring of the map inside the map, where nothing clips it', async () => {
		const { page } = session;
		await page.getByRole('link', { name: 'Skip to map' }).focus();
		for (let i = 0; i < 400 && !(await focused(page)).isMapCanvas; i++) await page.keyboard.press('Tab');
		const ring = await page.evaluate(() => {
			const el = document.activeElement;
			const s = getComputedStyle(el);
			const width = parseFloat(s.outlineWidth);
			const offset = parseFloat(s.outlineOffset);
			const r = el.getBoundingClientRect();
			// The outline's outer edge; every ancestor that clips must hold it whole.
			const outer = { left: r.left - offset - width, top: r.top - offset - width, right: r.right + offset + width, bottom: r.bottom + offset + width };
			let clipped = null;
			for (let a = el.parentElement; a; a = a.parentElement) {
				const o = getComputedStyle(a);
				if (o.overflowX === 'visible' && o.overflowY === 'visible') continue;
				const c = a.getBoundingClientRect();
				if (outer.left < c.left || outer.top < c.top || outer.right > c.right || outer.bottom > c.bottom) clipped = a.className;
			}
			return { canvas: el.classList.contains('maplibregl-canvas'), style: s.outlineStyle, width, color: s.outlineColor, clipped };
		});
		assert.ok(ring.canvas, 'the map canvas has focus');
		assert.notEqual(ring.style, 'none');
		assert.ok(ring.width >= 2, `outline ${ring.width}px`);
		assert.equal(ring.clipped, null, `the ring is clipped by .${ring.clipped}`);
	});

	it('writes the view the unmoved map shows, camera included, into a new step', async () => {
		const { page } = session;
		await page.getByRole('button', { name: 'Add this view to a story' }).click();
		const dialog = page.locator('[data-testid="add-to-story"]');
		await dialog.waitFor({ state: 'visible' });
		const record = await page.getByLabel('Step record').inputValue();
		const view = new URLSearchParams(/view: "(.*)"/.exec(record)?.[1]);
		assert.deepEqual([...view.keys()], ['at'], `view is ?${view}`);
		assert.match(view.get('at'), /^\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?$/);
		const [zoom, lat, lon] = view.get('at').split('/').map(Number);
		const shown = await page.evaluate(() => ({ zoom: window.__atlas.map.getZoom(), ...window.__atlas.map.getCenter() }));
		assert.ok(Math.abs(zoom - shown.zoom) < 0.01 && Math.abs(lat - shown.lat) < 0.001 && Math.abs(lon - shown.lng) < 0.001);
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'hidden' });
	});

	it('returns focus to the list row that opened the place panel, on Esc and on ×', async () => {
		const { page } = session;
		const row = page.locator('[data-testid="place-list"] tr[data-place="amerli"] button');
		await row.focus();
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="source-panel"]').waitFor();
		await page.waitForFunction(() => document.activeElement?.id === 'source-panel-title');
		await page.keyboard.press('Escape');
		await page.locator('[data-testid="source-panel"]').waitFor({ state: 'detached' });
		assert.equal((await focused(page)).row, 'amerli', 'Esc returns to the row');

		await page.keyboard.press('Enter');
		await page.locator('[data-testid="source-panel"]').waitFor();
		await page.waitForFunction(() => document.activeElement?.id === 'source-panel-title');
		await page.keyboard.press('Tab');
		assert.match((await focused(page)).text, /^Close the sources of Amerli/);
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="source-panel"]').waitFor({ state: 'detached' });
		assert.equal((await focused(page)).row, 'amerli', '× returns to the row');
	});

	it('Esc in "Add this view to a story" closes the dialog and leaves the place panel open', async () => {
		const { page } = session;
		await page.locator('[data-testid="place-list"] tr[data-place="amerli"] button').click();
		await page.locator('[data-testid="source-panel"]').waitFor();
		await page.getByRole('button', { name: 'Add this view to a story' }).click();
		const dialog = page.locator('[data-testid="add-to-story"]');
		await dialog.waitFor({ state: 'visible' });
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'hidden' });
		assert.equal(await page.locator('[data-testid="source-panel"]').count(), 1, 'the place panel stays');
		assert.equal(new URL(page.url()).searchParams.get('place'), 'amerli');
		await closePanel(page);
	});

	it('returns focus to the map when the panel it opened closes', async () => {
		const { page } = session;
		await closePanel(page);
		await jumpTo(page, 7, [44.6, 34.6]);
		await clickPlaceOnMap(page, [44.59, 34.73]);
		await page.locator('#source-panel-title', { hasText: 'Amerli' }).waitFor();
		await page.keyboard.press('Escape');
		await page.locator('[data-testid="source-panel"]').waitFor({ state: 'detached' });
		assert.ok((await focused(page)).isMapCanvas, `focus is on the map, not ${JSON.stringify(await focused(page))}`);
	});

	it('closes the chooser of overlapping places with its button or Esc, focus back on the map', async () => {
		const { page } = session;
		await closePanel(page);
		// Baghdad and its Site 4 prison share a point; at this zoom nothing else is under it.
		await jumpTo(page, 9, [44.42, 33.33]);
		const chooser = page.getByRole('region', { name: 'Places at this spot' });
		for (const how of ['button', 'Escape']) {
			await clickPlaceOnMap(page, [44.4, 33.34]);
			await chooser.waitFor();
			assert.match(await chooser.locator('h2').textContent(), /^\d places here$/);
			if (how === 'button') await chooser.getByRole('button', { name: 'Close' }).click();
			else await page.keyboard.press('Escape');
			await chooser.waitFor({ state: 'detached' });
			assert.ok((await focused(page)).isMapCanvas, `after ${how}, focus is on the map`);
			await waitForMapIdle(page);
		}
	});

	it('moves between the list tabs with the arrow keys, Home and End', async () => {
		const { page, errors } = session;
		const tab = (name) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
		await tab('Places').click();
		await tab('Places').focus();
		const state = async () => ({
			focused: (await focused(page)).text.split(' ')[0],
			selected: (await page.locator('[role="tab"][aria-selected="true"]').textContent()).trim().split(' ')[0],
			tabbable: await page.locator('[role="tab"][tabindex="0"]').count()
		});
		const steps = [
			['ArrowRight', 'Events'],
			['ArrowRight', 'Places'],
			['ArrowLeft', 'Events'],
			['Home', 'Places'],
			['End', 'Events']
		];
		for (const [key, name] of steps) {
			await page.keyboard.press(key);
			assert.deepEqual(await state(), { focused: name, selected: name, tabbable: 1 }, `after ${key}`);
		}
		await page.locator('#list-events').waitFor();
		assert.equal(await tab('Places').getAttribute('tabindex'), '-1', 'only the selected tab is in the Tab order');
		assert.deepEqual(errors, []);
	});
});

describe('bad links say what they ignored', () => {
	it('names 60 unknown group ids in one notice, an unknown parameter, a value it cannot read and a parameter given twice', async () => {
		// Which parameters are named and how is unit-tested (src/lib/domain/filter/url-state.test.ts); here, that the page shows it.
		const ids = Array.from({ length: 60 }, (_, i) => `bad${i + 1}`);
		const { page, errors, context } = await openAtSize(browser, SIZES.laptop, { path: `/?group=${ids.join(',')}&zoom=1e309&subunits=maybe&place=amerli&place=kobane` });
		const items = await page.locator('.notices li').allTextContents();
		const groups = items.filter((t) => /“group”/.test(t));
		assert.equal(groups.length, 1, items.join('\n'));
		assert.match(groups[0], /bad1, bad2/);
		assert.match(groups[0], /60/);
		const notice = await page.locator('.notices').textContent();
		assert.match(notice, /“zoom=1e309”/);
		assert.match(notice, /“subunits=maybe”/);
		assert.match(notice, /“place=kobane”/);
		assert.equal(await page.locator('#source-panel-title').textContent(), 'Amerli', 'the first place given opens');
		assert.deepEqual(errors, []);
		await context.close();
	});

	for (const page of ['handout', 'notes']) {
		it(`says so on the ${page} page when the story does not exist`, async () => {
			const session = await openAtSize(browser, SIZES.laptop, { path: `/present/${page}?story=nope`, map: false });
			await session.page.getByRole('heading', { level: 1 }).waitFor();
			assert.match(await session.page.getByRole('status').filter({ hasText: 'Ignored' }).textContent(), /Ignored “story=nope”: no such story/);
			assert.deepEqual(session.errors, []);
			await session.context.close();
		});
	}
});
