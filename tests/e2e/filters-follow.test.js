/**
 * Filters that follow through (issue 12), at 1920×1080, 1280×720, 1024×600 and on a phone (375×667,
 * touch): with the Quds Force chosen, Iraq's panel shows the Quds Force's events first ("5 of 30 events
 * match") and the rest behind "Show the 25 other events"; the list's Events column counts the same
 * events; every filter option says how many events it would give; the list's order is in the link and
 * survives a reload and Back; counts read in the right number; the list keeps rows in view at 1024×600.
 * The expected numbers are worked out here from the built index, not by the code under test.
 * One page on a laptop (1280×720, resized to 1024×600 for the list's rows) and one on a phone (375×667,
 * touch): the filters work the same at every desktop size. A sort the link cannot read is unit-tested
 * (src/lib/domain/filter/url-state.test.ts); its notice is the one every bad parameter gets.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { SIZES, launch, sizeName, waitForMapIdle } from './browser.js';
import { sharedAt } from './session.js';

// The built first view, read as the test's own reading of its packed format: per event, [place, role]
// and [actor, role] pairs of word numbers.
const packed = JSON.parse(readFileSync(new URL('../../static/data/index.json', import.meta.url), 'utf8'));
const E = packed.events;
const events = E.id.map((id, i) => ({
	id,
	type: E.words[E.type[i]],
	places: E.places[i].filter((_, j) => j % 2 === 0).map((w) => E.words[w]),
	actors: E.participants[i].filter((_, j) => j % 2 === 0).map((w) => E.words[w])
}));
const iraqBundle = JSON.parse(readFileSync(new URL('../../static/data/places/iraq.json', import.meta.url), 'utf8'));

/** The Quds Force, its sub-units and the people who hold a role in any of them. */
function qudsForceActors() {
	const ids = new Set(['quds-force']);
	for (let grew = true; grew; ) {
		grew = false;
		for (const g of packed.groups) if (ids.has(g.id)) for (const c of g.children) if (!ids.has(c.group)) ids.add(c.group), (grew = true);
	}
	for (const p of packed.people) if (p.roles.some((r) => ids.has(r.group))) ids.add(p.id);
	return ids;
}
const QF = qudsForceActors();
const qfEvents = events.filter((e) => e.actors.some((a) => QF.has(a)));
const iraqEvents = events.filter((e) => e.places.includes('iraq'));
const iraqQf = qfEvents.filter((e) => e.places.includes('iraq'));

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

/** A tap on a phone, a click elsewhere. */
const press = (viewport, locator) => (viewport.touch ? locator.tap() : locator.click());

const panel = (page) => page.locator('[data-testid="source-panel"]');

/** Gives each group, type and kind the number of events it would give; ends with the Quds Force chosen. */
async function assertOptionsCountEvents(viewport, page) {
	await press(viewport, page.locator('summary', { hasText: 'Groups and people' }));
	const qf = page.getByRole('checkbox', { name: 'Quds Force', exact: true });
	const label = page.locator('label', { has: qf });
	assert.equal((await label.innerText()).replace(/\s+/g, ' ').trim(), `Quds Force (${qfEvents.length})`);
	assert.equal(await qf.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby'))?.textContent), `${qfEvents.length} events`, 'read out as “12 events”');
	// Each event type counts the Quds Force's events of that type once the Quds Force is chosen.
	await press(viewport, qf);
	await page.waitForURL((u) => u.search.includes('group=quds-force'));
	await press(viewport, page.locator('summary', { hasText: 'Event types' }));
	const types = page.locator('details', { has: page.locator('summary', { hasText: 'Event types' }) }).locator('label');
	// The section's options load when it first opens: wait for them as a reader does.
	await types.first().waitFor();
	// What a sighted reader sees: the label's text, the count in brackets at its end.
	const seen = await types.evaluateAll((labels) => labels.map((l) => l.innerText.replace(/\s+/g, ' ').trim()));
	const got = Object.fromEntries(seen.map((t) => t.match(/^(.*) \((\d+)\)$/)).map(([, name, n]) => [name, Number(n)]));
	const byType = {};
	for (const e of qfEvents) byType[e.type] = (byType[e.type] ?? 0) + 1;
	const nonZero = Object.fromEntries(Object.entries(got).filter(([, n]) => n > 0));
	assert.equal(Object.values(nonZero).reduce((a, b) => a + b, 0), qfEvents.length, `type counts ${JSON.stringify(got)}`);
	assert.deepEqual(Object.values(nonZero).sort(), Object.values(byType).sort());
}

/** With the Quds Force chosen: Iraq's panel shows its events first, the rest one press away, and the list counts them; closes the panel. */
async function assertIraqFollowsTheFilter(viewport, page) {
	await page.getByTestId('counts').filter({ hasText: `${qfEvents.length} of ${events.length} events` }).waitFor();

	// The list's Events column counts the events that pass the filters.
	const row = page.locator('[data-testid="place-list"] tr[data-place="iraq"]');
	assert.equal(Number(await row.locator('td').nth(3).textContent()), iraqQf.length, 'Iraq’s Events column');

	await press(viewport, row.getByRole('button', { name: 'Iraq', exact: true }));
	const match = panel(page).getByTestId('events-match');
	await match.waitFor();
	assert.equal((await match.textContent()).replace(/\s+/g, ' ').trim(), `${iraqQf.length} of ${iraqEvents.length} events match the filters`);
	assert.equal(
		(await panel(page).locator('h3', { hasText: /^Named in \d/ }).textContent()).trim(),
		`Named in ${iraqBundle.totals.articles} articles, ${iraqBundle.totals.sentences} sentences`
	);

	// First the matching events, in view; the others folded behind the disclosure.
	const first = await panel(page).locator(':scope > article.event').evaluateAll((els) => els.map((e) => e.dataset.event));
	assert.deepEqual(first.sort(), iraqQf.map((e) => e.id).sort());
	const others = panel(page).getByTestId('other-events');
	const summary = others.locator('summary');
	assert.equal((await summary.textContent()).trim(), `Show the ${iraqEvents.length - iraqQf.length} other events`);
	const war = panel(page).locator('article.event[data-event="iran-iraq-war"]');
	assert.equal(await war.isVisible(), false, 'the Iran–Iraq War is not shown first');
	await summary.scrollIntoViewIfNeeded();
	await press(viewport, summary);
	await war.waitFor({ state: 'visible' });
	const rest = await others.locator('article.event').evaluateAll((els) => els.map((e) => e.dataset.event));
	assert.deepEqual(rest.sort(), iraqEvents.filter((e) => !iraqQf.includes(e)).map((e) => e.id).sort());

	// Sentences likewise: a count, the matching ones first, the others behind their own disclosure.
	const sentences = panel(page).getByTestId('sentences-match');
	const [shown, all] = (await sentences.textContent()).match(/\d+/g).map(Number);
	assert.equal(all, iraqBundle.totals.sentences);
	assert.equal(await panel(page).locator(':scope > article.source blockquote.sentence').count(), shown);
	const firstText = await panel(page).locator(':scope > article.source blockquote.sentence').allTextContents();
	assert.ok(firstText.some((t) => /Suleimani|Quds/.test(t)), 'a sentence naming the Quds Force or Suleimani comes first');
	assert.equal((await panel(page).getByTestId('other-sentences').locator('summary').textContent()).trim(), `Show the ${all - shown} other sentences`);
	await page.keyboard.press('Escape');
	await panel(page).waitFor({ state: 'detached' });
}

describe('filters that follow through: the numbers', () => {
	it('works the numbers out from the index as the issue saw them: 12 of 62 events, 30 at Iraq', () => {
		assert.equal(events.length, 62);
		assert.equal(qfEvents.length, 12);
		assert.equal(iraqEvents.length, 30);
		assert.ok(iraqQf.length > 0 && iraqQf.length < 30);
	});
});

for (const viewport of [SIZES.laptop, SIZES.phone]) {
	describe(`filters that follow through at ${sizeName(viewport)}`, () => {
		let session;
		before(async () => {
			session = await sharedAt(browser, viewport);
		});
		after(async () => {
			await session?.context.close();
		});

		it('gives each group, type and kind the number of events it would give, with the other filters as they are', async () => {
			await assertOptionsCountEvents(viewport, session.page);
		});

		it(`shows Iraq's Quds Force events first, the rest one ${viewport.touch ? 'tap' : 'click'} away, and counts them in the list`, async () => {
			const { page, errors } = session;
			if (!new URL(page.url()).searchParams.get('group')?.includes('quds-force')) {
				await press(viewport, page.locator('summary', { hasText: 'Groups and people' }));
				await press(viewport, page.getByRole('checkbox', { name: 'Quds Force', exact: true }));
				await page.waitForURL((u) => u.search.includes('group=quds-force'));
			}
			await assertIraqFollowsTheFilter(viewport, page);
			assert.deepEqual(errors, []);
		});

		// The order is kept in the link whatever the screen; the rows' room is the laptop's question.
		if (viewport.touch) return;

		it('keeps the list sorted by events across a reload, and Back restores the order before', async () => {
			const { page, errors } = session;
			await page.waitForURL((u) => u.searchParams.get('group') === 'quds-force' && !u.searchParams.has('sort'));
			const list = page.locator('[data-testid="place-list"]');
			// A column's button is named by its label and the arrow of its order (▲, ▼).
			const header = (name) => list.locator('th', { has: page.getByRole('button', { name: new RegExp(`^${name}\\s?[▲▼]?$`) }) });
			assert.equal(await header('Mentions').getAttribute('aria-sort'), 'descending');
			await list.getByRole('button', { name: /^Events/ }).click();
			await page.waitForURL((u) => u.searchParams.get('sort') === 'places.events.desc');
			const column = () => list.locator('tbody tr td:nth-child(4)').allTextContents().then((t) => t.map(Number));
			const sorted = await column();
			assert.deepEqual(sorted, [...sorted].sort((a, b) => b - a), 'most Quds Force events first');
			const most = Math.max(...packed.places.map((p) => qfEvents.filter((e) => e.places.includes(p.id)).length));
			assert.equal(sorted[0], most);

			await page.reload();
			await waitForMapIdle(page);
			assert.equal(await header('Events').getAttribute('aria-sort'), 'descending', 'the order survives a reload');
			assert.deepEqual(await column(), sorted);

			await page.goBack();
			await page.waitForURL((u) => !u.searchParams.has('sort'));
			await header('Mentions').and(page.locator('[aria-sort="descending"]')).waitFor();
			await page.goForward();
			await page.waitForURL((u) => u.searchParams.get('sort') === 'places.events.desc');
			await header('Events').and(page.locator('[aria-sort="descending"]')).waitFor();
			assert.deepEqual(errors, []);
		});

		it('shows whole rows at 1024×600, every column in view, on the first screen without scrolling, filter sections closed, a place open or not', async () => {
			const { page, errors } = session;
			await page.getByRole('button', { name: 'Clear all filters' }).first().click();
			await page.waitForURL((u) => !u.searchParams.has('group'));
			for (const open of await page.locator('form[role="search"] details[open] > summary').all()) await open.click();
			await page.setViewportSize(SIZES.small);
			await page.evaluate(() => scrollTo(0, 0));
			const whole = () =>
				page.locator('[data-testid="place-list"] tbody tr').evaluateAll((rows) =>
					rows.filter((r) => {
						const b = r.getBoundingClientRect();
						const inside = (x, y) => r.contains(document.elementFromPoint(x, y));
						return b.height > 0 && inside(b.left + 4, b.top + 2) && inside(b.right - 4, b.top + 2) && inside(b.left + 4, b.bottom - 2) && inside(b.right - 4, b.bottom - 2);
					}).length
				);
			assert.equal(await page.locator('form[role="search"] details[open]').count(), 0, 'the filter sections are closed');
			assert.ok((await whole()) >= 3, `${await whole()} whole rows with the panel closed`);
			await page.locator('[data-testid="place-list"] tr[data-place="iraq"]').getByRole('button', { name: 'Iraq' }).click();
			await panel(page).waitFor();
			// Beside the panel the side is narrower and rows wrap; every column (Events included) is in view.
			assert.ok((await whole()) >= 2, `${await whole()} whole rows with Iraq's panel open`);
			assert.deepEqual(errors, []);
		});
	});
}
