#!/usr/bin/env node
/**
 * Runs the end-to-end tests: finds Chromium, serves the built site on a free loopback port with the
 * production server, and runs every tests/e2e/*.test.js against it with Node's test runner, all in one
 * process (all-files.js imports them in order) that starts one Chromium for them all (browser.js
 * `launch`), so that files share a dashboard per screen size. On 2 cores with software WebGL,
 * files run one at a time: an idle-machine run saw no gain from two at once.
 * E2E_ONLY=<prefix>[,<prefix>…] runs only the files whose names start so.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.js';
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
const server = await serve({ port: 0, host: '127.0.0.1' });
const { port } = server.address();
const only = process.env.E2E_ONLY?.split(',').filter(Boolean);
const files = readdirSync(here).filter((f) => f.endsWith('.test.js') && (!only?.length || only.some((p) => f.startsWith(p)))).sort().map((f) => `${here}${f}`);
const child = spawn(process.execPath, ['--test', `${here}all-files.js`], {
	stdio: 'inherit',
	env: { ...process.env, BASE_URL: `http://127.0.0.1:${port}`, CHROME_PATH: chrome, E2E_FILES: JSON.stringify(files) }
});
child.on('exit', (code) => {
	server.close();
	process.exit(code ?? 1);
});
