import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// 404.html is SvelteKit's shell, which draws src/routes/+error.svelte for an address no route has;
		// scripts/serve.js answers such addresses with it.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		prerender: { handleHttpError: 'fail' },
		// Prerendered pages carry the policy as a <meta> tag with hashes of SvelteKit's inline scripts:
		// no inline script runs unless SvelteKit wrote it, and nothing loads from another origin.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// Svelte writes computed style attributes (timeline bars, tree indents); styles cannot run code.
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
