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

/** Launches headless Chromium, with extra flags if given (e.g. to switch WebGL off). */
export function launch(extraArgs = []) {
	return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: [...ARGS, ...extraArgs] });
}

/**
 * Opens a page that records what it requested and every error it raised.
 * @returns {{ page, requests: string[], errors: string[] }}
 */
export async function openPage(browser, { width = 1280, height = 800, reducedMotion = 'reduce', hook = true } = {}) {
	const context = await browser.newContext({ viewport: { width, height }, reducedMotion });
	// The dashboard hands its map object to a harness that asks before the page loads; a reader's page
	// never has it. Tests read what the map drew through it.
	if (hook) await context.addInitScript(() => (window.__ATLAS_TEST_HOOK__ = true));
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

/** The requests that went anywhere but the test server's origin (data: and blob: URLs are local). */
export function foreignRequests(requests) {
	const origin = new URL(BASE_URL).origin;
	return requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** Waits until the map has drawn the current state: the public `data-map-idle="true"` on its container. */
export async function waitForMapIdle(page) {
	await page.locator('[data-testid="map"][data-map-idle="true"]').waitFor({ state: 'attached', timeout: 30_000 });
}
