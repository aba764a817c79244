/**
 * Layout at the screen sizes readers use (issue 12), measured as a reader would notice it: what the
 * pointer hits (`elementFromPoint`) and where things are drawn (`getBoundingClientRect`). The place
 * list keeps five whole rows in view, and its last row reachable above the footer, with every filter
 * section open.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, launch, openPage, waitForMapIdle } from './browser.js';

const DESKTOP = [
	{ width: 1920, height: 1080 },
	{ width: 1440, height: 900 },
	{ width: 1280, height: 720 },
	{ width: 1024, height: 600 }
];
const size = ({ width, height }) => `${width}×${height}`;

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

/** Opens `path` at `viewport` and, unless `map` is false, waits for the map to draw. */
async function open(viewport, path, { map = true } = {}) {
	const session = await openPage(browser, viewport);
	await session.page.goto(`${BASE_URL}${path}`);
	if (map) await waitForMapIdle(session.page);
	return session;
}

/** Whether the pointer at each of `points` lands on `element` or inside it. */
function hits(page, element, points) {
	return element.evaluate((el, points) => points.map(([x, y]) => {
		const hit = document.elementFromPoint(x, y);
		return !!hit && (hit === el || el.contains(hit));
	}), points);
}

/** Points just inside the top and bottom of a rectangle, at its left, middle and right. */
function edgePoints(r, inset = 2) {
	const xs = [r.x + inset, r.x + r.width / 2, r.x + r.width - inset];
	return [r.y + inset, r.y + r.height - inset].flatMap((y) => xs.map((x) => [x, y]));
}

/** The rows of the place list a reader sees whole: every edge of the row is under the pointer. */
async function wholeRows(page) {
	const rows = await page.locator('[data-testid="place-list"] tbody tr').all();
	let whole = 0;
	for (const row of rows) {
		const box = await row.boundingBox();
		if (box && box.height > 0 && (await hits(page, row, edgePoints(box))).every(Boolean)) whole++;
	}
	return whole;
}

describe('layout: the place list', () => {
	it('keeps five whole rows in view and the last row reachable above the footer, filter sections closed or open', async () => {
		const problems = [];
		const { page, errors, context } = await open(DESKTOP[0], '/', { map: false });
		await page.locator('[data-testid="place-list"] tbody tr').first().waitFor();
		const summaries = await page.locator('form[role="search"] summary').all();
		for (const viewport of DESKTOP) {
			await page.setViewportSize(viewport);
			for (const sections of ['closed', 'open']) {
				const at = `${size(viewport)}, filter sections ${sections}`;
				for (const summary of summaries) if ((await summary.evaluate((s) => s.parentElement.open)) !== (sections === 'open')) await summary.click();
				// A reader scrolls the sidebar to the list when the filters push it down.
				await page.locator('[data-testid="place-list"]').evaluate((t) => t.scrollIntoView({ block: 'nearest' }));
				const whole = await wholeRows(page);
				if (whole < 5) problems.push(`${at}: ${whole} whole rows of the place list in view`);
				const last = page.locator('[data-testid="place-list"] tbody tr').last();
				await last.evaluate((r) => r.scrollIntoView({ block: 'nearest' }));
				const box = await last.boundingBox();
				const footer = await page.locator('footer').boundingBox();
				if (box.y + box.height > footer.y + 1) problems.push(`${at}: the last row ends at ${box.y + box.height}, below the footer's top at ${footer.y}`);
				else if (!(await hits(page, last, edgePoints(box))).every(Boolean)) problems.push(`${at}: the last row is covered or clipped`);
			}
		}
		assert.deepEqual(errors, []);
		await context.close();
		assert.deepEqual(problems, []);
	});
});
