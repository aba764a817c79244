#!/usr/bin/env node
/**
 * `npm test`: every check, on the machine's cores. The type check, the lint, the unit tests and the
 * build read only the sources, so they run two at a time (the longest first) with their output held
 * and printed whole as each ends; the browser tests need the build and all of the machine, so they
 * run last, alone, and only if everything before passed. Exits non-zero if anything failed, after
 * naming each failure and printing how long each step took.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** The steps before the browser tests, longest first (seconds on a 2-core machine, in a comment for the reader). */
const STEPS = [
	{ name: 'build', args: ['run', 'build'] }, // ~40 s: the data, then the site
	{ name: 'check', args: ['run', 'check:types'] }, // ~28 s: svelte-check
	{ name: 'unit', args: ['run', 'test:unit'] }, // ~25 s: Vitest, its own worker threads
	{ name: 'lint', args: ['run', 'lint'] } // ~15 s: ESLint
];
const BROWSER = { name: 'browser', args: ['run', 'test:e2e'] };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const at = performance.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one npm script; with `hold`, keeps its output and prints it in one piece when it ends. */
function run(step, hold) {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(npm, step.args, { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
		const chunks = [];
		if (hold) for (const stream of [child.stdout, child.stderr]) stream.on('data', (c) => chunks.push(c));
		child.on('close', (code, signal) => {
			const took = performance.now() - started;
			if (hold) process.stdout.write(`\n── ${step.name} (${seconds(took)}) ──\n${Buffer.concat(chunks).toString()}`);
			resolve({ name: step.name, ok: code === 0, took, why: signal ? `killed by ${signal}` : `exit ${code}` });
		});
		child.on('error', (err) => resolve({ name: step.name, ok: false, took: performance.now() - started, why: err.message }));
	});
}

/** Runs `steps` at most `width` at a time, in order of the list. */
async function pool(steps, width) {
	const queue = [...steps];
	const results = [];
	const lane = async () => {
		for (let step = queue.shift(); step; step = queue.shift()) results.push(await run(step, true));
	};
	await Promise.all(Array.from({ length: Math.min(width, steps.length) }, lane));
	return results;
}

// The generated SvelteKit files first, once: the type check and the build both read them.
const sync = await run({ name: 'sync', args: ['exec', '--', 'svelte-kit', 'sync'] }, true);
const results = [sync];
if (sync.ok) results.push(...(await pool(STEPS, Math.max(2, Math.min(availableParallelism(), STEPS.length)))));
if (results.every((r) => r.ok)) {
	process.stdout.write(`\n── browser ──\n`);
	results.push(await run(BROWSER, false));
}
process.stdout.write(`\n${results.map((r) => `${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(8)} ${seconds(r.took)}${r.ok ? '' : ` (${r.why})`}`).join('\n')}\nall: ${seconds(performance.now() - at)}\n`);
const failed = results.filter((r) => !r.ok);
if (failed.length) {
	process.stderr.write(`npm test: ${failed.map((r) => r.name).join(', ')} failed${results.some((r) => r.name === 'browser') ? '' : '; the browser tests did not run'}\n`);
	process.exit(1);
}
