import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { copyleftGuard } from './scripts/client-licences.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
	plugins: [sveltekit(), copyleftGuard()],
	// Svelte's and SvelteKit's runtime, as far as a page needs it before any gesture, is one file instead
	// of a dozen: gzip compresses it as a whole (4.4 KB less gzip to load before the first map of `/`).
	// Runtime code only lazily loaded parts use stays with them.
	build: { rollupOptions: { output: { manualChunks: (id, { getModuleInfo }) => (isRuntime(id) && loadedWithAPage(id, getModuleInfo) ? 'runtime' : undefined) } } },
	// Workers are bundled apart from the app: the guard checks theirs too.
	worker: { plugins: () => [copyleftGuard({ worker: true })] },
	// The app's version, so that a build saved in the browser by another version is rebuilt.
	define: { __APP_VERSION__: JSON.stringify(version) },
	test: {
		include: ['src/**/*.test.ts', 'geodata/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/unit/global-setup.ts'],
		// Test files share their worker's modules: the world gazetteer (206k places, seconds to index) and the
		// shipped corpus's build are then made once per worker, not once per file. No test mocks a module or
		// leaves global state behind, which is what isolation would protect against.
		isolate: false,
		// Two workers even on two cores: the slow files (the geoparse CLI, the broken inputs, 5 MB of hostile
		// text) then overlap with the many quick ones. Threads start faster than forked processes. The
		// suite alone here: 20.3 and 24.0 s against 22.1 and 27.6 s with one forked worker (interleaved).
		pool: 'threads',
		maxWorkers: Math.max(2, availableParallelism() - 1),
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});

/** Svelte's client runtime and SvelteKit's. */
function isRuntime(id: string): boolean {
	return id.includes('/node_modules/svelte/src/') || id.includes('/node_modules/@sveltejs/kit/src/runtime/');
}

const PAGE_ENTRY = /\/(generated\/client-optimized\/(app|nodes\/\d+)\.js|@sveltejs\/kit\/src\/runtime\/client\/entry\.js)$/;

/** Whether a page's entry imports `id`, directly or through other modules, without a dynamic import between. */
function loadedWithAPage(id: string, getModuleInfo: (id: string) => { importers: readonly string[] } | null): boolean {
	const seen = new Set([id]);
	const queue = [id];
	while (queue.length) {
		const module = queue.pop()!;
		if (PAGE_ENTRY.test(module)) return true;
		for (const importer of getModuleInfo(module)?.importers ?? []) if (!seen.has(importer)) queue.push(seen.add(importer) && importer);
	}
	return false;
}
