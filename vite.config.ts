import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { copyleftGuard } from './scripts/client-licences.js';

export default defineConfig({
	plugins: [sveltekit(), copyleftGuard()],
	// Workers are bundled apart from the app: the guard checks theirs too.
	worker: { plugins: () => [copyleftGuard({ worker: true })] },
	test: {
		include: ['src/**/*.test.ts', 'geodata/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		// Several suites build the real corpus once before their tests: slow on a busy 2-core machine.
		hookTimeout: 60_000
	}
});
