/**
 * Accessibility and reach: axe-core finds no serious or critical violation on the dashboard and with a
 * source panel open (the presentation, the reader and the chooser: in their own suites); every task
 * works from the keyboard with visible focus; the phone layout keeps map, filters and panel usable; Arabic and Persian names render.
 * One page on a laptop (1280×720) for all that does not depend on the screen, one on a phone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { SIZES, jumpTo, launch, waitForMapIdle } from './browser.js';
import { sharedAt } from './session.js';

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

/** Serious and critical axe violations, as readable lines. */
async function seriousViolations(page) {
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Whether the focused element shows a visible focus indicator. */
function focusIsVisible(page) {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return false;
		const s = getComputedStyle(el);
		return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
	});
}

/** Presses Tab until `matches` holds for the focused element (at most `limit` times). */
async function tabTo(page, matches, limit = 150) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(matches)) return;
	}
	throw new Error(`never reached by Tab: ${matches}`);
}

describe('accessibility and reach on a laptop (1280×720)', () => {
	let session;
	before(async () => {
		session = await sharedAt(browser, SIZES.laptop);
	});
	after(async () => {
		await session?.context.close();
	});

	it('has no serious or critical axe violation on the dashboard', async () => {
		assert.deepEqual(await seriousViolations(session.page), [], 'dashboard');
	});

	it('does every dashboard task with the keyboard alone, with visible focus', async () => {
		const { page } = session;
		// Find a place.
		await tabTo(page, () => document.activeElement?.getAttribute('type') === 'search');
		assert.ok(await focusIsVisible(page), 'the search box shows focus');
		await page.keyboard.type('Kobani');
		// Open its sources from the list.
		await tabTo(page, () => document.activeElement?.closest('tr')?.dataset.place === 'kobane');
		assert.ok(await focusIsVisible(page), 'the list row button shows focus');
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="source-panel"]').waitFor();
		assert.equal(await page.evaluate(() => document.activeElement?.id), 'source-panel-title', 'the panel takes focus so screen readers announce it');
		await page.keyboard.press('Escape');
		assert.equal(await page.locator('[data-testid="source-panel"]').count(), 0);
		// Filter by event type.
		await page.getByLabel('Find a place').fill('');
		await page.getByLabel('Find a place').focus();
		await tabTo(page, () => document.activeElement?.textContent?.startsWith('Event types'));
		await page.keyboard.press('Enter');
		// A section's options load when it first opens: Tab only once they are there, as a reader who sees
		// them would (on a busy machine 150 presses of Tab ran past the section before they had loaded).
		await page.locator('form[role="search"] details[open] input[type="checkbox"]').first().waitFor();
		await tabTo(page, () => document.activeElement?.type === 'checkbox' && /^Siege\b/.test(document.activeElement.closest('label')?.textContent?.trim() ?? ''));
		assert.ok(await focusIsVisible(page), 'a checkbox shows focus');
		await page.keyboard.press('Space');
		await page.waitForURL((u) => u.searchParams.get('type') === 'siege');
		// Move along the timeline.
		await tabTo(page, () => document.activeElement?.getAttribute('aria-valuetext')?.startsWith('from'));
		for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowRight');
		await page.waitForURL((u) => u.searchParams.get('from') === '2004');
		const listed = await page.$$eval('[data-testid="place-list"] tbody tr', (rows) => rows.map((r) => r.dataset.place).sort());
		assert.deepEqual(listed, ['amerli', 'kobane']);
	});

	it('has no serious or critical axe violation with a source panel open', async () => {
		const { page } = session;
		await page.getByRole('button', { name: 'Clear all filters' }).first().click();
		await page.waitForURL((u) => u.search === '' || [...u.searchParams.keys()].every((k) => k === 'at'));
		await page.locator('[data-testid="place-list"] tr[data-place="amerli"] button').click();
		await page.locator('[data-testid="source-panel"]').waitFor();
		await waitForMapIdle(page);
		assert.deepEqual(await seriousViolations(page), [], 'dashboard with the source panel');
		// The presentation, with its legend and exploring panel open, is checked in presentation-room.test.js.
	});

	it('renders Arabic and Persian names in the panel and on the map, from the served Arabic font', async () => {
		const { page, requests, errors } = session;
		await jumpTo(page, 7, [44.6, 34.7]);
		const ar = page.locator('[data-testid="source-panel"] [lang="ar"]');
		assert.equal(await ar.textContent(), 'آمرلي');
		assert.equal(await ar.getAttribute('dir'), 'auto');
		assert.equal(await ar.evaluate((el) => getComputedStyle(el).direction), 'rtl');
		assert.equal(await page.locator('[data-testid="source-panel"] [lang="fa"]').textContent(), 'آمرلی');
		const label = await page.evaluate(() => window.__atlas.map.queryRenderedFeatures({ layers: ['atlas-place-labels'] }).map((f) => f.properties.name_ar));
		assert.ok(label.includes('آمرلي'), 'the map labels Amerli in Arabic');
		assert.ok(requests.some((u) => u.endsWith('/fonts/noto-sans-arabic-arabic-400-normal.woff2')), 'the Arabic font came from the site');
		assert.deepEqual(errors, []);
	});
});

describe('reach on a phone (375×667, touch)', () => {
	it('keeps map, filters and source panel usable', async () => {
		const { page, errors, context } = await sharedAt(browser, SIZES.phone);
		assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'no sideways scrolling');
		const map = await page.locator('[data-testid="map"]').boundingBox();
		assert.ok(map.width >= 360 && map.height >= 300, `map is ${map.width}×${map.height}`);
		await page.locator('summary', { hasText: 'Place kinds' }).tap();
		await page.getByRole('checkbox', { name: 'Town', exact: true }).tap();
		await page.waitForURL((u) => u.searchParams.get('kind') === 'town');
		assert.match(await page.textContent('[data-testid="counts"]'), /^\s*\d of 29 places/);
		await page.locator('[data-testid="place-list"] tr[data-place="amerli"] button').tap();
		const heading = page.locator('#source-panel-title');
		await heading.waitFor();
		assert.ok(await heading.isVisible());
		const box = await heading.boundingBox();
		assert.ok(box.y >= 0 && box.y < 667, 'the panel scrolled into view');
		assert.deepEqual(errors, []);
		await context.close();
	});
});
