/**
 * Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, with every
 * request, page error and console error recorded so each test can assert none left localhost.
 */
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';

const ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader'
];

/**
 * Documents loaded so far in this process, in every page of every context of a browser from `launch`
 * (a reload, a `goto` and a link out of the app each count one). Page loads cost seconds of software
 * rendering each, so the count is printed at exit: the suite's stable measure of cost (wall time varies
 * with the machine's load).
 */
export const pageLoads = { count: 0 };
let reportsLoads = false;

/** Launches headless Chromium with the flags the suite uses, and `extraArgs`. */
export function launchChromium(extraArgs = []) {
	return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: [...ARGS, ...extraArgs] });
}

/** The Chromium this process's test files share, and how many of them hold it. */
let shared;
let holders = 0;

/**
 * A browser for one test file, counting its page loads: the one Chromium this process shares (run.js
 * imports every file into one process), whose `close` closes only the contexts the file opened and
 * the Chromium itself when the last file lets go; or, with extra flags (e.g. to switch WebGL off), one
 * of the file's own. Talking to Chromium directly, not through a browser server, spares a relay that
 * cost seconds of CPU per minute of tests.
 */
export async function launch(extraArgs = []) {
	if (extraArgs.length) return counted(await launchChromium(extraArgs), (b) => b.close());
	shared ??= launchChromium();
	holders++;
	const browser = await shared;
	const opened = new Set();
	return counted(browser, async (b) => {
		await Promise.all([...opened].map((c) => c.close()));
		if (--holders === 0) {
			shared = undefined;
			await b.close();
		}
	}, opened);
}

/**
 * A view of `browser` whose new contexts count their page loads (and join `opened`), and whose
 * `close` runs `close`.
 */
function counted(browser, close, opened = new Set()) {
	if (!reportsLoads) {
		reportsLoads = true;
		process.on('exit', () => console.log(`# page loads: ${pageLoads.count}`));
	}
	return new Proxy(browser, {
		get(target, key) {
			if (key === 'close') return () => close(target);
			if (key === 'newContext')
				return async (...args) => {
					const context = await target.newContext(...args);
					opened.add(context);
					context.on('close', () => opened.delete(context));
					context.on('page', (page) => page.on('load', () => pageLoads.count++));
					return context;
				};
			const value = Reflect.get(target, key);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

/**
 * Opens a page that records what it requested and every error it raised. `touch` makes it a phone:
 * a touch screen, mobile viewport rules, `(pointer: coarse)`.
 * @returns {{ page, context, requests: string[], errors: string[] }}
 */
export async function openPage(browser, { width = 1280, height = 800, reducedMotion = 'reduce', hook = true, touch = false } = {}) {
	const context = await browser.newContext({ viewport: { width, height }, reducedMotion, hasTouch: touch, isMobile: touch });
	// The dashboard hands its map object to a harness that asks before the page loads; a reader's page
	// never has it. Tests read what the map drew through it.
	if (hook) await context.addInitScript(() => (window.__ATLAS_TEST_HOOK__ = true));
	context.setDefaultTimeout(TIMEOUT_MS);
	const page = await context.newPage();
	const requests = [];
	const errors = [];
	page.on('request', (r) => requests.push(r.url()));
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	return { page, context, requests, errors };
}

/**
 * The screen sizes the browser tests use: a wide desktop, a laptop (where every check that does not
 * depend on the screen runs), a small laptop and a phone with a touch screen.
 */
export const SIZES = {
	wide: { width: 1920, height: 1080 },
	laptop: { width: 1280, height: 720 },
	small: { width: 1024, height: 600 },
	phone: { width: 375, height: 667, touch: true }
};

/** A size as tests name it: "1280×720", "375×667 (touch)". */
export function sizeName({ width, height, touch }) {
	return `${width}×${height}${touch ? ' (touch)' : ''}`;
}

/**
 * Opens `path` (default the dashboard) at `size` — one of {@link SIZES}, touch included — and, unless
 * `map` is false, waits until the map has drawn. Open one such session per size and file, and let many
 * checks continue on it: each load costs seconds of software rendering.
 * @example
 * const session = await openAtSize(browser, SIZES.phone);
 * await pressAt(session.page, SIZES.phone, { x: 100, y: 300 });
 * @returns {Promise<{ page, context, requests: string[], errors: string[] }>}
 */
export async function openAtSize(browser, size, { path = '/', map = true, hook = true } = {}) {
	const session = await openPage(browser, { width: size.width, height: size.height, touch: !!size.touch, hook });
	await session.page.goto(`${BASE_URL}${path}`);
	if (map) await waitForMapIdle(session.page);
	return session;
}

/**
 * MapLibre's double-tap window: a second tap within 500 ms (and 30 px) of the first is a double tap,
 * which zooms the map and cancels the tap's click (its TapZoomHandler calls preventDefault on touchend).
 */
const DOUBLE_TAP_MS = 500;
const lastTap = new WeakMap();

/**
 * Taps (on a touch `size`) or clicks the page at `{ x, y }`. A tap first lets MapLibre's double-tap
 * window since this page's previous tap run out, as two taps by a reader do: two quick taps on places
 * a few pixels apart are a double tap, which zooms in and opens nothing (the phone's flaky "tap did not
 * open its panel").
 */
export async function pressAt(page, size, { x, y }) {
	if (!size.touch) return page.mouse.click(x, y);
	const since = Date.now() - (lastTap.get(page) ?? -Infinity);
	if (since < DOUBLE_TAP_MS) await new Promise((resolve) => setTimeout(resolve, DOUBLE_TAP_MS - since));
	await page.touchscreen.tap(x, y);
	lastTap.set(page, Date.now());
}

/**
 * Moves the map to `zoom` and `[lon, lat]` at once and resolves when it has drawn the new view, with
 * nothing: a MapLibre object or event returned from the page would be copied out of it (seconds).
 */
export function jumpTo(page, zoom, [lon, lat]) {
	return page.evaluate(
		({ zoom, lon, lat }) =>
			new Promise((resolve) => {
				const map = window.__atlas.map;
				map.once('idle', () => resolve());
				map.jumpTo({ zoom, center: [lon, lat] });
				map.triggerRepaint();
			}),
		{ zoom, lon, lat }
	);
}

/** The requests that went anywhere but the test server's origin (data: and blob: URLs are local). */
export function foreignRequests(requests) {
	const origin = new URL(BASE_URL).origin;
	return requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/**
 * How long a wait may take before the test fails: a ceiling that catches a hang, not a timing target
 * (a first map on a busy 2-core machine with software WebGL has taken over 30 s). E2E_TIMEOUT_MS
 * raises it on a machine that is busier still.
 */
export const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS) || 60_000;

/** Waits until the map has drawn the current state: the public `data-map-idle="true"` on its container. */
export async function waitForMapIdle(page) {
	await page.locator('[data-testid="map"][data-map-idle="true"]').waitFor({ state: 'attached', timeout: TIMEOUT_MS });
}
