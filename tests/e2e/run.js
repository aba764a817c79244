#!/usr/bin/env node
/**
 * Runs the end-to-end tests: finds Chromium, serves the built site on a free loopback port with the
 * production server, and runs every tests/e2e/*.test.js with Node's test runner against it.
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
const server = await serve({ port: 0, host: '127.0.0.1' });
const { port } = server.address();
const files = readdirSync(here).filter((f) => f.endsWith('.test.js') && (!process.env.E2E_ONLY || f.startsWith(process.env.E2E_ONLY))).sort().map((f) => `${here}${f}`);
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
	stdio: 'inherit',
	env: { ...process.env, BASE_URL: `http://127.0.0.1:${port}`, CHROME_PATH: chrome }
});
child.on('exit', (code) => {
	server.close();
	process.exit(code ?? 1);
});
