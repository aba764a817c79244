/**
 * One browser page per screen size, kept open across a file's tests (and, with `sharedAt`, across the
 * files of a run): each page load costs seconds of software rendering, so tests continue on the page
 * the `before` hook opened and move through the app the way a reader does, or through the address the
 * app itself reads on Back and Forward.
 */
import { BASE_URL, TIMEOUT_MS, jumpTo } from './browser.js';

/** The ceiling for a page's first map: it loads MapLibre, the data and the fonts, seconds on a busy 2-core machine. */
export const FIRST_DRAW_MS = 120_000;

/** The screen sizes the issues were seen at; the phone is touch-first. */
export const SIZES = {
	wide: { name: '1920×1080', width: 1920, height: 1080 },
	laptop: { name: '1280×720', width: 1280, height: 720 },
	small: { name: '1024×600', width: 1024, height: 600 },
	phone: { name: 'phone 375×667', width: 375, height: 667, touch: true }
};

/** The options of a browser context at `size`: its viewport, reduced motion, touch on a phone. */
function contextOptions(size) {
	return {
		viewport: { width: size.width, height: size.height },
		reducedMotion: 'reduce',
		...(size.touch ? { hasTouch: true, isMobile: true } : {})
	};
}

/**
 * Opens a page at `size` (with touch on a phone) that hands its map to the test and records every
 * request, page error and console error; opens `path` first if given.
 * @returns {Promise<{ page: import('playwright-core').Page, context: import('playwright-core').BrowserContext, requests: string[], errors: string[] }>}
 */
export async function openAt(browser, size, path) {
	const context = await browser.newContext(contextOptions(size));
	await context.addInitScript(() => (window.__ATLAS_TEST_HOOK__ = true));
	context.setDefaultTimeout(TIMEOUT_MS);
	const log = { requests: [], errors: [] };
	context.on('page', (page) => watch(page, log));
	const page = await context.newPage();
	if (path !== undefined) await page.goto(`${BASE_URL}${path}`);
	return { page, context, ...log };
}

/**
 * Dashboards kept open across the test files of one run (tests/e2e/run.js imports them all into one
 * process), one per screen size: a first load costs seconds of software rendering, a return to the
 * first view a fraction of one.
 */
const shared = new Map();

/**
 * The dashboard at `size`, on its first view, with nothing selected or filtered: the page a test file
 * before this one used, brought back through the address and the camera of its first load, or a new one.
 * Its `requests` and `errors` start empty; `context.close()` hands the page back for the next file
 * instead of closing it. Not for a test that stores articles or installs a clock: those would leak into
 * the next file.
 * @returns {Promise<{ page: import('playwright-core').Page, context: import('playwright-core').BrowserContext, requests: string[], errors: string[] }>}
 */
export async function sharedAt(browser, size) {
	const key = `${size.width}×${size.height}${size.touch ? ' touch' : ''}`;
	let entry = shared.get(key);
	if (entry?.busy) throw new Error(`the shared ${key} dashboard is still in use: close the session that took it first`);
	if (entry) {
		await backToFirstView(entry, size);
		// The page's listeners write to the log of the file that holds it now.
		const log = logOf(entry.page);
		log.requests = [];
		log.errors = [];
	} else {
		const { page, context } = await openAt(browser, size, '/');
		await waitForFirstDraw(page);
		entry = { page, context, firstView: await camera(page) };
		shared.set(key, entry);
	}
	entry.busy = true;
	const { requests, errors } = logOf(entry.page);
	const context = new Proxy(entry.context, {
		get(target, key) {
			if (key === 'close') return async () => void (entry.busy = false);
			const value = Reflect.get(target, key);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
	return { page: entry.page, context, requests, errors };
}

/**
 * Brings a shared dashboard back to what a first load shows: its own window only, at its size, the
 * address without parameters (no place, filter, search or reader), filter sections closed, the Places
 * tab, nothing focused, and the camera of its first load.
 */
async function backToFirstView({ page, context, firstView }, size) {
	for (const other of context.pages()) if (other !== page) await other.close();
	await page.setViewportSize({ width: size.width, height: size.height });
	if (new URL(page.url()).pathname !== '/') {
		await page.goto(`${BASE_URL}/`);
		await waitForFirstDraw(page);
	}
	await page.keyboard.press('Escape');
	await visit(page, '', { map: false });
	await page.evaluate(() => {
		for (const section of document.querySelectorAll('details[open]')) section.open = false;
		if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
	});
	const places = page.getByRole('tab', { name: /^Places/ });
	if ((await places.count()) && (await places.getAttribute('aria-selected')) !== 'true') await places.click();
	await jumpTo(page, firstView.zoom, [firstView.lon, firstView.lat]);
	await waitForFirstDraw(page);
}

/** The camera a page's map shows now. */
function camera(page) {
	return page.evaluate(() => {
		const map = window.__atlas.map;
		const { lng, lat } = map.getCenter();
		return { lon: lng, lat, zoom: map.getZoom() };
	});
}

/** Where each page's requests and errors are recorded: the log of the session that holds it now. */
const logs = new WeakMap();
const logOf = (page) => logs.get(page);

/** Records a page's requests and errors in `log` (or whatever log replaces it). */
function watch(page, log) {
	logs.set(page, log);
	page.on('request', (r) => logs.get(page).requests.push(r.url()));
	page.on('pageerror', (e) => logs.get(page).errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') logs.get(page).errors.push(`console: ${m.text()}`);
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
