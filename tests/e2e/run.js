#!/usr/bin/env node
/**
 * Runs the end-to-end tests: finds Chromium and starts it once, serves the built site on a free loopback
 * port with the production server, and runs every tests/e2e/*.test.js with Node's test runner against
 * it, each file connecting to that Chromium (E2E_BROWSER_WS).
 * E2E_ONLY=<prefix>[,<prefix>…] runs only the files whose names start so; E2E_CONCURRENCY=<n> runs n
 * files at once (default 1: on 2 cores with software WebGL an earlier idle-machine run saw no gain from 2;
 * a busy shared machine favours 2 only because two processes get a larger share of its CPU).
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.js';
import { launchChromium } from './browser.js';
import { findChromium } from './find-chromium.js';

const here = fileURLToPath(new URL('.', import.meta.url));
let chrome;
try {
	chrome = findChromium();
} catch (e) {
	console.error(`browser tests: ${e.message}`);
	process.exit(1);
}
process.env.CHROME_PATH = chrome;
// One Chromium for the whole run: each file connects to it instead of starting its own (seconds each),
// and gets contexts of its own, so files share no page, storage or cache.
const chromium = await launchChromium([], true);
const server = await serve({ port: 0, host: '127.0.0.1' });
const { port } = server.address();
const only = process.env.E2E_ONLY?.split(',').filter(Boolean);
const files = readdirSync(here).filter((f) => f.endsWith('.test.js') && (!only?.length || only.some((p) => f.startsWith(p)))).sort().map((f) => `${here}${f}`);
const concurrency = Number(process.env.E2E_CONCURRENCY) || 1;
const child = spawn(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...files], {
	stdio: 'inherit',
	env: { ...process.env, BASE_URL: `http://127.0.0.1:${port}`, CHROME_PATH: chrome, E2E_BROWSER_WS: chromium.wsEndpoint() }
});
child.on('exit', async (code) => {
	server.close();
	await chromium.close();
	process.exit(code ?? 1);
});
