/**
 * One browser page per screen size, kept open across a file's tests: each page load costs seconds of
 * software rendering, so tests continue on the page the `before` hook opened and move through the app
 * the way a reader does, or through the address the app itself reads on Back and Forward.
 */
import { BASE_URL, TIMEOUT_MS } from './browser.js';

/** The ceiling for a page's first map: it loads MapLibre, the data and the fonts, seconds on a busy 2-core machine. */
export const FIRST_DRAW_MS = 120_000;

/** The screen sizes the issues were seen at; the phone is touch-first. */
export const SIZES = {
	wide: { name: '1920×1080', width: 1920, height: 1080 },
	laptop: { name: '1280×720', width: 1280, height: 720 },
	small: { name: '1024×600', width: 1024, height: 600 },
	phone: { name: 'phone 375×667', width: 375, height: 667, touch: true }
};

let loads = 0;
// Page loads are the stable measure of this suite's cost (wall time varies with the machine's load).
process.on('exit', () => process.stderr.write(`page loads: ${loads}\n`));

/**
 * Opens a page at `size` (with touch on a phone) that hands its map to the test and records every
 * request, page error and console error; opens `path` first if given.
 * @returns {Promise<{ page: import('playwright-core').Page, context: import('playwright-core').BrowserContext, requests: string[], errors: string[] }>}
 */
export async function openAt(browser, size, path) {
	const context = await browser.newContext({
		viewport: { width: size.width, height: size.height },
		reducedMotion: 'reduce',
		...(size.touch ? { hasTouch: true, isMobile: true } : {})
	});
	await context.addInitScript(() => (window.__ATLAS_TEST_HOOK__ = true));
	context.setDefaultTimeout(TIMEOUT_MS);
	const requests = [];
	const errors = [];
	context.on('page', (page) => watch(page, requests, errors));
	const page = await context.newPage();
	if (path !== undefined) await page.goto(`${BASE_URL}${path}`);
	return { page, context, requests, errors };
}

/** Records a page's requests and errors, and counts its full loads. */
function watch(page, requests, errors) {
	page.on('load', () => loads++);
	page.on('request', (r) => requests.push(r.url()));
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
}

/**
 * Moves the open dashboard to the address `query` (e.g. `?place=iraq`) without reloading: pushes it and
 * fires popstate, which the app answers as it does the browser's Back and Forward — it reads the whole
 * state (filters, place, event, camera, reader) from the address. Waits until the map has drawn it,
 * with the first draw's ceiling: a new view may load layers of its own (the world's provinces).
 */
export async function visit(page, query, { map = true } = {}) {
	await page.evaluate((q) => {
		history.pushState(null, '', `${location.pathname}${q}`);
		dispatchEvent(new PopStateEvent('popstate', { state: null }));
	}, query);
	if (map) await waitForFirstDraw(page);
}

/**
 * Waits until a freshly loaded page's map has drawn: `data-map-idle="true"`, with a ceiling that only
 * catches a hang (a first draw costs far more than a redraw in software rendering).
 */
export async function waitForFirstDraw(page) {
	await page.locator('[data-testid="map"][data-map-idle="true"]').waitFor({ state: 'attached', timeout: FIRST_DRAW_MS });
}

/** Counts page loads opened outside `openAt` (a second browser, a presenter's window opened by hand). */
export function countLoads(page) {
	page.on('load', () => loads++);
}

/**
 * Asserts the page carries a strict Content-Security-Policy: its own origin only, and scripts only from
 * it or with a listed hash (never 'unsafe-inline' or 'unsafe-eval').
 */
export async function assertStrictCsp(page) {
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	if (!/default-src 'self'/.test(csp) || !/script-src 'self' 'sha256-/.test(csp) || /unsafe-inline|unsafe-eval/.test(csp.match(/script-src[^;]*/)[0])) {
		throw new Error(`${new URL(page.url()).pathname} has a weak Content-Security-Policy: ${csp}`);
	}
}
