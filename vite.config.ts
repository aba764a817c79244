import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
	plugins: [sveltekit()],
	// The app's version, so that a build saved in the browser by another version is rebuilt.
	define: { __APP_VERSION__: JSON.stringify(version) },
	test: {
		include: ['src/**/*.test.ts', 'geodata/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		// Several suites build the real corpus once before their tests: slow on a busy 2-core machine.
		hookTimeout: 60_000
	}
});
