import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { copyleftGuard } from './scripts/client-licences.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
	plugins: [sveltekit(), copyleftGuard()],
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
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
