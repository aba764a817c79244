#!/usr/bin/env node
/**
 * Runs the end-to-end tests: finds Chromium, serves the built site on a free loopback port with the
 * production server, and runs every tests/e2e/*.test.js with Node's test runner against it.
 * E2E_ONLY=<prefix>[,<prefix>…] runs only the files whose names start so; E2E_CONCURRENCY=<n> runs n
 * files at once (default 1: on 2 cores with software WebGL an earlier idle-machine run saw no gain from 2;
 * a busy shared machine favours 2 only because two processes get a larger share of its CPU).
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
const only = process.env.E2E_ONLY?.split(',').filter(Boolean);
const files = readdirSync(here).filter((f) => f.endsWith('.test.js') && (!only?.length || only.some((p) => f.startsWith(p)))).sort().map((f) => `${here}${f}`);
const concurrency = Number(process.env.E2E_CONCURRENCY) || 1;
const child = spawn(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...files], {
	stdio: 'inherit',
	env: { ...process.env, BASE_URL: `http://127.0.0.1:${port}`, CHROME_PATH: chrome }
});
child.on('exit', (code) => {
	server.close();
	process.exit(code ?? 1);
});
