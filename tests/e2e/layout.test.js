/**
 * Layout at the screen sizes readers use (issue 12), measured as a reader would notice it: what the
 * pointer hits (`elementFromPoint`) and where things are drawn (`getBoundingClientRect`). The place
 * list keeps five whole rows in view, and its last row reachable above the footer, with every filter
 * section open. Map controls, legend and attribution stay apart and inside the map, on the dashboard
 * and in the presentation. The timeline's year labels are whole and unstretched, and its two sliders
 * share a line. On a phone the header leaves the first screen to the map, and the attribution starts
 * folded. Progress dots and the "Include sub-units" box are at least 24 × 24 px to hit (WCAG 2.5.8).
 * Two pages: a laptop's, resized to each desktop size in turn (a layout is what CSS makes of the size
 * it is given), walking from the dashboard to the presentation by its link; and a phone's (touch).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SIZES, launch, pressAt, waitForMapIdle } from './browser.js';
import { sharedAt } from './session.js';

const DESKTOP = [
	{ width: 1920, height: 1080 },
	{ width: 1440, height: 900 },
	{ width: 1280, height: 720 },
	{ width: 1024, height: 600 }
];
const PHONE = SIZES.phone;
/** The sizes the map's own controls are checked at (each page costs seconds of software rendering; 1440×900 lies between two of them). */
const MAP_SIZES = DESKTOP.filter((v) => v.width !== 1440);
const size = ({ width, height }) => `${width}×${height}`;

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

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

/**
 * Rectangles, by name, of the elements `selectors` name that are drawn (zero-size ones left out). A
 * selector is CSS, or `{ summary }` for the disclosure with that summary.
 */
function drawnBoxes(page, selectors) {
	return page.evaluate((selectors) => {
		const out = {};
		for (const [name, selector] of Object.entries(selectors)) {
			const el =
				typeof selector === 'string'
					? document.querySelector(selector)
					: [...document.querySelectorAll('details')].find((d) => d.querySelector(':scope > summary')?.textContent.trim() === selector.summary);
			const r = el?.getBoundingClientRect();
			if (r && r.width > 0 && r.height > 0) out[name] = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
		}
		return out;
	}, selectors);
}

/** The pairs of named boxes that overlap by more than half a pixel each way. */
function overlapping(boxes) {
	const names = Object.keys(boxes);
	const out = [];
	for (const [i, a] of names.entries())
		for (const b of names.slice(i + 1)) {
			const p = boxes[a];
			const q = boxes[b];
			if (Math.min(p.right, q.right) - Math.max(p.left, q.left) > 0.5 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 0.5) out.push(`${a} × ${b}`);
		}
	return out;
}

/** The names of the boxes not wholly inside `outer` (half a pixel of rounding allowed). */
function outside(boxes, outer) {
	return Object.entries(boxes)
		.filter(([, r]) => r.left < outer.left - 0.5 || r.top < outer.top - 0.5 || r.right > outer.right + 0.5 || r.bottom > outer.bottom + 0.5)
		.map(([name]) => name);
}

const MAP_CONTROLS = {
	zoom: '[data-testid="map"] .maplibregl-ctrl-group',
	scale: '[data-testid="map"] .maplibregl-ctrl-scale',
	attribution: '[data-testid="map"] .maplibregl-ctrl-attrib'
};

/** Opens MapLibre's attribution if it is folded to its ⓘ button. */
async function unfoldAttribution(page) {
	const button = page.locator('[data-testid="map"] .maplibregl-ctrl-attrib-button');
	if (await page.locator('[data-testid="map"] .maplibregl-ctrl-attrib-inner').isVisible()) return;
	await button.click();
	await page.locator('[data-testid="map"] .maplibregl-ctrl-attrib-inner').waitFor({ state: 'visible' });
}

/** The timeline's year labels: leaves of the timeline that read as a year, outside the sliders' labels. */
function yearLabels(page) {
	return page.locator('section[aria-label="Timeline of reported events"]').evaluate((timeline) => {
		const clips = (el) => {
			const out = [];
			for (let a = el.parentElement; a; a = a.parentElement) {
				const s = getComputedStyle(a);
				if (s.overflowX !== 'visible' || s.overflowY !== 'visible' || a instanceof SVGSVGElement) out.push(a.getBoundingClientRect());
			}
			return out;
		};
		return [...timeline.querySelectorAll('*')]
			.filter((el) => el.children.length === 0 && /^\d{4}$/.test(el.textContent.trim()) && !el.closest('label'))
			.map((el) => {
				const r = el.getBoundingClientRect();
				const cut = clips(el).some((c) => r.left < c.left - 0.5 || r.right > c.right + 0.5 || r.top < c.top - 0.5 || r.bottom > c.bottom + 0.5);
				const offScreen = r.left < 0 || r.right > innerWidth || r.top < 0 || r.bottom > innerHeight;
				return { year: el.textContent.trim(), left: r.left, right: r.right, width: r.width, height: r.height, cut: cut || offScreen };
			});
	});
}

/**
 * The centre of `box` and points round the 24 × 24 px square centred on it, a pixel inside its edge
 * (hit testing rounds to whole pixels).
 */
function targetSquare(box) {
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const d = 11;
	return [[cx, cy], [cx - d, cy - d], [cx, cy - d], [cx + d, cy - d], [cx + d, cy], [cx + d, cy + d], [cx, cy + d], [cx - d, cy + d], [cx - d, cy]];
}

/** Opens or closes every filter section as `open` says. */
async function setSections(page, open) {
	for (const summary of await page.locator('form[role="search"] summary').all()) if ((await summary.evaluate((s) => s.parentElement.open)) !== open) await summary.click();
	// A section's options load when it first opens: measure once every open section shows its controls.
	if (open) await page.waitForFunction(() => [...document.querySelectorAll('form[role="search"] details[open]')].every((d) => d.querySelector('input, select')));
}

/** Resizes the page and waits until the map has taken its container's new size and drawn. */
async function resizeTo(page, viewport) {
	await page.setViewportSize(viewport);
	await page.waitForFunction(() => {
		const canvas = document.querySelector('[data-testid="map"] canvas');
		const box = canvas?.parentElement?.parentElement;
		return !!canvas && !!box && canvas.clientWidth === box.clientWidth && canvas.clientHeight === box.clientHeight;
	});
	await waitForMapIdle(page);
}

/** Folds MapLibre's attribution back to its ⓘ button where the map is narrow enough to fold it. */
async function foldAttribution(page) {
	const folded = page.locator('[data-testid="map"] .maplibregl-compact');
	if ((await folded.count()) && (await page.locator('[data-testid="map"] .maplibregl-compact-show').count())) await page.locator('[data-testid="map"] .maplibregl-ctrl-attrib-button').click();
}

/** Map controls, legend and attribution: apart and inside the map, legend closed, open, and the attribution unfolded. */
async function mapControlProblems(page, at) {
	const problems = [];
	const { map } = await drawnBoxes(page, { map: '[data-testid="map"]' });
	const legend = page.locator('details').filter({ has: page.locator('summary', { hasText: /^Legend$/ }) });
	if (await legend.evaluate((d) => d.open)) await legend.locator('summary').click();
	await foldAttribution(page);
	for (const state of ['legend closed', 'legend open', 'legend open, attribution unfolded']) {
		if (state === 'legend open') {
			await legend.locator('summary').click();
			await legend.locator('h3', { hasText: 'Places' }).waitFor();
		}
		if (state.endsWith('unfolded')) await unfoldAttribution(page);
		const boxes = await drawnBoxes(page, { ...MAP_CONTROLS, legend: { summary: 'Legend' } });
		const missing = ['attribution', 'legend', 'scale', 'zoom'].filter((name) => !boxes[name]);
		if (missing.length) problems.push(`${at}, ${state}: not drawn: ${missing}`);
		for (const pair of overlapping(boxes)) problems.push(`${at}, ${state}: ${pair} overlap`);
		for (const name of outside(boxes, map)) problems.push(`${at}, ${state}: ${name} leaves the map`);
	}
	// The legend's last entry can be scrolled to and read inside the map.
	const lastEntry = legend.locator('li').last();
	await lastEntry.evaluate((li) => li.scrollIntoView({ block: 'nearest' }));
	const entry = await lastEntry.boundingBox();
	const centre = [entry.x + entry.width / 2, entry.y + entry.height / 2];
	if (centre[1] < map.top || centre[1] > map.bottom || !(await hits(page, lastEntry, [centre]))[0]) problems.push(`${at}: the legend's last entry cannot be scrolled into view`);
	await legend.locator('summary').click();
	return problems;
}

/** The presentation's card, its controls and the map controls: drawn, apart and on screen, as opened and with the attribution unfolded. */
async function presentationProblems(page, viewport) {
	const problems = [];
	for (const state of ['as opened', 'attribution unfolded']) {
		if (state === 'attribution unfolded') await unfoldAttribution(page);
		const boxes = await drawnBoxes(page, { ...MAP_CONTROLS, card: '[data-testid="step-card"]', controls: 'nav[aria-label="Presentation"]' });
		const at = `${size(viewport)}, presentation, ${state}`;
		const missing = ['attribution', 'card', 'controls', 'scale', 'zoom'].filter((name) => !boxes[name]);
		if (missing.length) problems.push(`${at}: not drawn: ${missing}`);
		for (const pair of overlapping(boxes)) problems.push(`${at}: ${pair} overlap`);
		for (const name of outside(boxes, { left: 0, top: 0, right: viewport.width, bottom: viewport.height })) problems.push(`${at}: ${name} leaves the screen`);
	}
	return problems;
}

/** Each progress dot takes a whole 24 × 24 px square, and a press at the corner of the fifth's goes to step 5. */
async function assertDotsAreTargets(page, viewport) {
	const dots = await page.locator('[data-testid="progress"] button').all();
	for (const [i, dot] of dots.entries()) {
		const box = await dot.boundingBox();
		assert.ok(box.width >= 24 && box.height >= 24, `${size(viewport)}: dot ${i + 1} is ${box.width}×${box.height}`);
		assert.ok((await hits(page, dot, targetSquare(box))).every(Boolean), `${size(viewport)}: dot ${i + 1} takes the whole 24 px square`);
	}
	const [x, y] = targetSquare(await dots[4].boundingBox())[1];
	await pressAt(page, viewport, { x, y });
	await page.waitForURL((u) => u.searchParams.get('step') === '5');
}

/** Goes from the dashboard to the presentation by its link, on to step 2 by its progress dot. */
async function presentStepTwo(page, viewport) {
	const present = page.getByRole('link', { name: 'Present the story' });
	if (!(await present.isVisible())) await page.getByRole('banner').locator('button[aria-expanded="false"]').click();
	await (viewport.touch ? present.tap() : present.click());
	await page.waitForURL((u) => u.pathname === '/present');
	await page.locator('[data-testid="step-card"]').waitFor();
	const second = page.locator('[data-testid="progress"] button').nth(1);
	await (viewport.touch ? second.tap() : second.click());
	await page.waitForURL((u) => u.searchParams.get('step') === '2');
	await waitForMapIdle(page);
}

describe('layout on a laptop page, resized to each desktop size', () => {
	let session;
	before(async () => {
		session = await sharedAt(browser, SIZES.laptop);
	});
	after(async () => {
		await session?.context.close();
	});

	it('keeps five whole rows of the place list in view and the last row reachable above the footer, filter sections closed or open', async () => {
		const { page } = session;
		const problems = [];
		for (const viewport of DESKTOP) {
			await page.setViewportSize(viewport);
			for (const sections of ['closed', 'open']) {
				const at = `${size(viewport)}, filter sections ${sections}`;
				await setSections(page, sections === 'open');
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
		await setSections(page, false);
		await page.evaluate(() => scrollTo(0, 0));
		assert.deepEqual(problems, []);
	});

	it('makes the "Include sub-units" box a 24 × 24 px target', async () => {
		const { page } = session;
		await page.setViewportSize(SIZES.laptop);
		await page.locator('summary', { hasText: 'Groups and people' }).click();
		const box = page.getByRole('checkbox', { name: /Include sub-units/ });
		const label = page.locator('label', { has: box });
		const b = await box.boundingBox();
		const l = await label.boundingBox();
		const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2];
		const holds = l.x <= cx - 11.5 && l.y <= cy - 11.5 && l.x + l.width >= cx + 11.5 && l.y + l.height >= cy + 11.5;
		assert.ok(holds, `its label ${JSON.stringify(l)} holds the 24 px square around the box's centre (${cx}, ${cy})`);
		const square = targetSquare(b);
		assert.ok((await hits(page, label, square)).every(Boolean), 'every point of the 24 px square around the box toggles it');
		assert.equal(await box.isChecked(), true);
		await page.mouse.click(...square[1]);
		assert.equal(await box.isChecked(), false, 'a click at the corner of the square unticks it');
		await page.waitForURL((u) => u.searchParams.get('subunits') === '0');
		// Back as it was: sub-units included, the section closed.
		await box.check();
		await page.waitForURL((u) => !u.searchParams.has('subunits'));
		await setSections(page, false);
	});

	it('shows every year label of the timeline whole, 1980 and 2015 at its ends included, and keeps both sliders on one line, with and without the source panel', async () => {
		const { page } = session;
		const problems = [];
		for (const withPanel of [false, true]) {
			if (withPanel) {
				await page.setViewportSize(SIZES.laptop);
				await page.locator('[data-testid="place-list"] tr[data-place="amerli"] button').click();
				await page.getByTestId('source-panel').waitFor();
			}
			for (const viewport of [...DESKTOP, { width: 1280, height: 800 }]) {
				await page.setViewportSize(viewport);
				const at = `${size(viewport)}${withPanel ? ' with the source panel' : ''}`;
				const labels = await yearLabels(page);
				const years = labels.map((l) => l.year);
				if (!years.includes('1980') || !years.includes('2015')) problems.push(`${at}: the labels are ${years}`);
				for (const l of labels.filter((l) => l.cut)) problems.push(`${at}: ${l.year} is cut off`);
				const sorted = [...labels].sort((a, b) => a.left - b.left);
				for (const [i, l] of sorted.slice(1).entries()) if (l.left < sorted[i].right) problems.push(`${at}: ${sorted[i].year} and ${l.year} overlap`);
				// A squeezed or stretched label is the SVG scaling its text: a four-digit year is wider than tall, but not by much.
				for (const l of labels) if (l.width / l.height < 1.2 || l.width / l.height > 3.2) problems.push(`${at}: ${l.year} is drawn ${l.width.toFixed(1)}×${l.height.toFixed(1)}`);
				const from = await page.getByRole('slider', { name: /^From/ }).boundingBox();
				const to = await page.getByRole('slider', { name: /^To/ }).boundingBox();
				if (Math.abs(from.y + from.height / 2 - (to.y + to.height / 2)) >= 2) problems.push(`${at}: the sliders are on two lines (${from.y}, ${to.y})`);
				if (from.width < 60 || to.width < 60) problems.push(`${at}: the sliders are ${from.width} and ${to.width} px wide`);
			}
		}
		assert.deepEqual(problems, []);
	});

	it('keeps map controls, legend and attribution apart and inside the map, legend closed or open, with and without the source panel', async () => {
		const { page } = session;
		const problems = [];
		// The source panel (open since the timeline's check) narrows the map alike at every size: with it at 1280×720 only.
		await resizeTo(page, SIZES.laptop);
		if ((await page.getByTestId('source-panel').count()) === 0) await page.locator('[data-testid="place-list"] tr[data-place="amerli"] button').click();
		await page.getByTestId('source-panel').waitFor();
		problems.push(...(await mapControlProblems(page, '1280×720 with the source panel')));
		await page.keyboard.press('Escape');
		await page.getByTestId('source-panel').waitFor({ state: 'detached' });
		for (const viewport of MAP_SIZES) {
			await resizeTo(page, viewport);
			problems.push(...(await mapControlProblems(page, size(viewport))));
		}
		assert.deepEqual(problems, []);
	});

	it('keeps the presentation card, its controls and the map controls apart, and makes each progress dot a 24 × 24 px target (WCAG 2.5.8)', async () => {
		const { page, errors } = session;
		await presentStepTwo(page, SIZES.laptop);
		const problems = [];
		// 1280×720 last: its dots check moves on to step 5.
		for (const viewport of [SIZES.wide, SIZES.small, SIZES.laptop]) {
			await resizeTo(page, viewport);
			await foldAttribution(page);
			problems.push(...(await presentationProblems(page, viewport)));
		}
		assert.deepEqual(problems, []);
		await assertDotsAreTargets(page, SIZES.laptop);
		assert.deepEqual(errors, []);
	});
});

describe('layout on a phone (375×667, touch)', () => {
	let session;
	before(async () => {
		session = await sharedAt(browser, SIZES.phone);
	});
	after(async () => {
		await session?.context.close();
	});

	it('keeps the header within 15% of the first screen, its actions one tap away, and the attribution folded', async () => {
		const { page } = session;
		const header = await page.getByRole('banner').boundingBox();
		assert.ok(header.height <= 0.15 * PHONE.height, `the header is ${header.height} px of ${PHONE.height}`);
		const present = page.getByRole('link', { name: 'Present the story' });
		if (!(await present.isVisible())) await page.getByRole('banner').locator('button[aria-expanded="false"]').tap();
		assert.ok(await present.isVisible(), 'the actions are one tap away');
		assert.ok(await page.getByRole('button', { name: 'Add an article' }).isVisible());
		const credits = page.locator('[data-testid="map"] .maplibregl-ctrl-attrib-inner');
		assert.equal(await credits.isVisible(), false, 'the attribution starts folded over the map');
		await unfoldAttribution(page);
		assert.match(await credits.textContent(), /Natural Earth/, 'and opens from its button');
	});

	it('starts the presentation with the attribution folded, keeps its card, controls and the map controls apart, and makes each progress dot a 24 × 24 px target', async () => {
		const { page, errors } = session;
		await presentStepTwo(page, PHONE);
		assert.equal(await page.locator('[data-testid="map"] .maplibregl-ctrl-attrib-inner').isVisible(), false, 'the phone starts with the attribution folded');
		assert.deepEqual(await presentationProblems(page, PHONE), []);
		await assertDotsAreTargets(page, PHONE);
		assert.deepEqual(errors, []);
	});
});
