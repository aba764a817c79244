/**
 * Issue 8, "Sources you can trust", in Chromium on the built site: nothing looks more certain than its
 * source. Disputed and inferred dates, places the editors chose, places known only at country level,
 * participants the quotes do not name and partial denials are each shown as such; every quote is
 * credited to whoever wrote it inside a republished page; coordinates and time windows come out right.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, launch } from './browser.js';
import { SIZES, openAt, sharedAt, visit, waitForFirstDraw } from './session.js';

// What these tests read does not depend on the screen: one dashboard page at 1280×720 serves them all,
// each moving it to its own address as a link (or Back) would.
let browser;
let session;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

/**
 * Moves the dashboard to `query`. With `{ map: false }` the test reads the panel as soon as it shows, as a
 * reader does, while the map goes on drawing.
 */
async function open(query = '', { map = true } = {}) {
	await visit(session.page, query, { map });
	return session;
}

/** The text of an event's entry in the open source panel. */
async function panelEvent(page, id) {
	const event = page.locator(`[data-testid="source-panel"] article.event[data-event="${id}"]`);
	await event.waitFor();
	return event;
}

describe('sources you can trust', () => {
	before(async () => {
		session = await sharedAt(browser, SIZES.laptop);
	});
	after(async () => {
		await session?.context.close();
	});

	it('shows that the Amerli siege’s date is disputed, beside what other reporting gives', async () => {
		const { page, errors } = await open('?place=amerli', { map: false });
		const event = await panelEvent(page, 'amerli-siege');
		const date = await event.locator('[data-testid="event-date"]').textContent();
		assert.match(date, /^Nov 2014 — disputed: Other reporting dates the breaking of the siege .* 31 August 2014/);
		assert.equal(await event.locator('[data-testid="event-date"]').getAttribute('data-certainty'), 'disputed');
		assert.deepEqual(errors, []);
	});

	it('says the 255 prisoners’ execution is placed by the editors, and only at country level', async () => {
		const { page, errors } = await open('?place=iraq&event=execution-of-255-sunni-prisoners-2014', { map: false });
		const event = await panelEvent(page, 'execution-of-255-sunni-prisoners-2014');
		const where = event.locator('li.placing[data-place="iraq"]');
		assert.equal(await where.getAttribute('data-basis'), 'inferred');
		const text = await where.textContent();
		assert.match(text, /whole country/);
		assert.match(text, /placed by the editors: The quote names no place/);
		// The list says so too.
		await page.getByRole('tab', { name: /Events/ }).click();
		const row = page.locator('[data-testid="event-list"] tr[data-event="execution-of-255-sunni-prisoners-2014"]');
		assert.match(await row.textContent(), /Iraq\s*\(placed by the editors, whole country\): The quote names no place/);
		assert.deepEqual(errors, []);
	});

	it('credits a quote of 004 to the essay’s authors and the blog that reposted it, citing HRW', async () => {
		const { page } = await open('?place=iraq&event=execution-of-255-sunni-prisoners-2014', { map: false });
		const event = await panelEvent(page, 'execution-of-255-sunni-prisoners-2014');
		const line = await event.locator('[data-testid="attribution"]').first().textContent();
		assert.match(line, /^\s*Reported by Michael Weiss \(inferred\): .*and Michael Pregent \(.*inferred.*\), reposted by An unnamed blog \(inferred\): .*, citing Human Rights Watch/s);
		// Hover or focus shows why the editors name Weiss; a screen reader reads it in the text.
		assert.match(await event.locator('[data-testid="attribution"] .inferred').first().getAttribute('data-inferred'), /co-author/);
	});

	it('credits the New York Times reporters inside the aggregator’s page, in the panel', async () => {
		const { page } = await open('?place=iran&event=suleimani-flies-to-iraq-2014', { map: false });
		const event = await panelEvent(page, 'suleimani-flies-to-iraq-2014');
		const lines = await event.locator('[data-testid="attribution"]').allTextContents();
		assert.ok(
			lines.some((l) => /Eric Schmitt, Mark Mazzetti and Michael R\. Gordon \(The New York Times\), republished by News On Iran & Its Neighbours, citing American officials/.test(l)),
			lines.join('\n')
		);
	});

	it('marks a part denied as "partly disputed", not the whole agreement as contested', async () => {
		const { page } = await open('?place=iran&event=iran-iraq-military-cooperation-agreement-2005', { map: false });
		const event = await panelEvent(page, 'iran-iraq-military-cooperation-agreement-2005');
		assert.equal((await event.locator('[data-testid="contest"]').textContent()).trim(), 'partly disputed: Iran’s training of Iraqi armed forces');
		const denial = event.locator('figure.claim[data-stance="denies"] figcaption');
		assert.match(await denial.textContent(), /^\s*Denied by .*The Trumpet.* — this part only: Iran’s training of Iraqi armed forces/s);
		assert.equal(await event.locator('.badge.contested').count(), 0, 'not contested as a whole');
	});

	it('marks participants the quotes do not name as the editors’ inference, with the reason in the text', async () => {
		const { page } = await open('?place=iraq&event=us-led-airstrikes-against-isis-iraq-2014', { map: false });
		const event = await panelEvent(page, 'us-led-airstrikes-against-isis-iraq-2014');
		const actors = event.locator('p.actors');
		assert.match(await actors.textContent(), /\(editors’ inference\): “U\.S\.-led” implies a coalition/);
	});

	it('writes Buenos Aires as 34.613°S, 58.377°W', async () => {
		const { page } = await open('?place=buenos-aires', { map: false });
		assert.equal(await page.locator('[data-testid="coordinates"]').textContent(), '34.613°S, 58.377°W');
	});

	it('accepts ?from=2016, keeps it in the address and says nothing is dated then', async () => {
		const { page, errors } = await open('?from=2016');
		const notice = await page.locator('.notices').textContent();
		assert.doesNotMatch(notice, /Ignored/);
		assert.match(notice, /Nothing is dated 2016 or later: the data runs from \d{4} to \d{4}\./);
		assert.equal(new URL(page.url()).searchParams.get('from'), '2016');
		assert.match(await page.textContent('[data-testid="time-range"]'), /2016 or later: 0 of \d+ events/);
		assert.deepEqual(errors, []);
	});

	it('shows an event dated 2020 with no filter set, and the timeline runs to 2020', async () => {
		// The redated index must be what the page first loads: a page of its own.
		const { page, errors, context } = await openAt(browser, SIZES.laptop);
		await page.route(`${BASE_URL}/data/index.json`, async (route) => {
			// The events travel as columns (src/lib/domain/bundles/first-view-file.ts): redate one row.
			const index = await (await route.fetch()).json();
			const row = index.events.id.indexOf('amerli-siege');
			index.events.start[row] = '2020-01';
			delete index.events.end[row];
			index.events.precision[row] = index.events.words.indexOf('month');
			delete index.events.dateInferred[row];
			delete index.events.dateBound[row];
			delete index.events.dateDisputed[row];
			await route.fulfill({ json: index });
		});
		await page.goto(`${BASE_URL}/`);
		await waitForFirstDraw(page);
		await page.getByRole('tab', { name: /Events/ }).click();
		assert.equal(await page.locator('[data-testid="event-list"] tr[data-event="amerli-siege"] td.date').textContent().then((t) => t.trim()), 'Jan 2020');
		const years = await page.$$eval('[data-testid="timeline"] g[data-year]', (gs) => gs.map((g) => Number(g.dataset.year)));
		assert.equal(years.at(-1), 2020);
		assert.equal(await page.locator('[data-testid="timeline"] g[data-year="2020"]').getAttribute('data-count'), '1');
		assert.deepEqual(errors, []);
		await context.close();
	});

	it('draws an event the editors placed as a hollow dot, and counts country-level events under the country', async () => {
		const { page, errors } = await open('?at=5/33.5/42');
		const drawn = await page.evaluate(() => {
			const map = window.__atlas.map;
			const dots = map.queryRenderedFeatures({ layers: ['atlas-events'] });
			const hollow = dots.filter((f) => f.properties.placeInferred).map((f) => f.properties.id);
			const counts = map.queryRenderedFeatures({ layers: ['atlas-coarse-events'] }).map((f) => [f.properties.place, f.properties.label]);
			const dashed = map.querySourceFeatures('atlas-links').filter((f) => f.properties.inferred).length;
			const ringColour = map.getPaintProperty('atlas-events', 'icon-color');
			return { hollow, counts, dashed, ringColour: JSON.stringify(ringColour) };
		});
		assert.ok(drawn.hollow.includes('mughniyeh-assassinated-2008@damascus'), `hollow: ${drawn.hollow}`);
		assert.match(drawn.ringColour, /placeInferred/);
		const iraq = drawn.counts.find(([place]) => place === 'iraq');
		assert.ok(iraq, `counts: ${JSON.stringify(drawn.counts)}`);
		assert.match(iraq[1], /^\d+ events, whole country$/);
		assert.ok(drawn.dashed > 0, 'some arcs have an end the editors placed');
		// The legend explains both.
		await page.locator('summary', { hasText: 'Legend' }).click();
		assert.match(await page.locator('[data-legend="inferred-place"]').textContent(), /placed there by the editors/);
		assert.match(await page.locator('[data-legend="coarse"]').textContent(), /whole country/);
		assert.deepEqual(errors, []);
	});

	// Last: it leaves the dashboard for the presentation.
	it('credits the New York Times reporters inside the aggregator’s page in the story too', async () => {
		const { page, errors } = session;
		await page.getByRole('link', { name: 'Present the story' }).click();
		const cite = page.locator('[data-testid="citation-source"]').first();
		await cite.waitFor();
		assert.match(await cite.textContent(), /Eric Schmitt.*\(The New York Times\), republished by News On Iran & Its Neighbours/s);
		assert.deepEqual(errors, []);
	});
});
