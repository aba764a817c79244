#!/usr/bin/env node
/**
 * `npm test`: every check, on the machine's cores. The build and the type check start together; the
 * browser tests start as soon as the build is done (they need it), and the unit tests and the lint follow
 * the type check in one lane beside them, at the lowest CPU priority: the build and the browser tests are
 * the run's critical path (the build took 37 s instead of 61 s once the lane yielded to it), and software
 * WebGL leaves about a sixth of two cores idle while pages draw, which the lane fills. Each held step
 * prints its output whole when it ends; the browser tests stream theirs. Exits non-zero if anything failed, after naming each failure and printing how long
 * each step took.
 */
import { spawn } from 'node:child_process';

/** The checks that read only the sources, longest first (seconds alone on a 2-core machine, for the reader). */
const CHECKS = [
	{ name: 'check', args: ['run', 'check:types'], yields: true }, // ~25 s: svelte-check
	{ name: 'unit', args: ['run', 'test:unit'], yields: true }, // ~25 s: Vitest, its own worker threads
	{ name: 'lint', args: ['run', 'lint'], yields: true } // ~10 s: ESLint
];
const BUILD = { name: 'build', args: ['run', 'build'] }; // ~40 s: the data, then the site
const BROWSER = { name: 'browser', args: ['run', 'test:e2e'] };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const at = performance.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one npm script; with `hold`, keeps its output and prints it in one piece when it ends. */
function run(step, hold) {
	return new Promise((resolve) => {
		const started = performance.now();
		// A step that yields runs at the lowest CPU priority (`nice`), in the time the others leave idle.
		const [command, args] = step.yields && process.platform !== 'win32' ? ['nice', ['-n', '19', npm, ...step.args]] : [npm, step.args];
		const child = spawn(command, args, { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
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

/** Runs `steps` one after the other, in order of the list. */
async function lane(steps) {
	const results = [];
	for (const step of steps) results.push(await run(step, true));
	return results;
}

// The generated SvelteKit files first, once: the type check and the build both read them.
const sync = await run({ name: 'sync', args: ['exec', '--', 'svelte-kit', 'sync'] }, true);
const results = [sync];
if (sync.ok) {
	const checks = lane(CHECKS);
	const built = await run(BUILD, true);
	results.push(built);
	if (built.ok) {
		process.stdout.write(`\n── browser ──\n`);
		results.push(await run(BROWSER, false));
	}
	results.push(...(await checks));
}
process.stdout.write(`\n${results.map((r) => `${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(8)} ${seconds(r.took)}${r.ok ? '' : ` (${r.why})`}`).join('\n')}\nall: ${seconds(performance.now() - at)}\n`);
const failed = results.filter((r) => !r.ok);
if (failed.length) {
	process.stderr.write(`npm test: ${failed.map((r) => r.name).join(', ')} failed${results.some((r) => r.name === 'browser') ? '' : '; the browser tests did not run'}\n`);
	process.exit(1);
}
