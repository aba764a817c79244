/**
 * Keeps GPL-family libraries (GPL, LGPL, AGPL) out of what the browser downloads. The project is
 * GPL-3.0-or-later, but a copyleft library in the bundle would bind every copy of the site to that
 * library's terms as well (LGPL's relinking clause among them); such libraries run only in the Node
 * build. `copyleftGuard()` is a Vite plugin that fails `vite build` when a client or worker chunk holds
 * one; `CLIENT_LICENCES=1 npx vite build` also prints every package each bundle holds, with its licence
 * (THIRD_PARTY.md lists them).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const MARK = 'node_modules/';

/**
 * The npm packages that modules with these ids (absolute or relative paths) come from, each with the
 * licence its package.json declares (`unknown` when it declares none).
 *
 * @param {Iterable<string>} moduleIds
 * @returns {Map<string, string>}
 * @example packagesOf(['/app/node_modules/zod/v4/index.js']).get('zod') === 'MIT'
 */
export function packagesOf(moduleIds) {
	/** @type {Map<string, string>} */
	const out = new Map();
	for (const id of moduleIds) {
		// Rollup marks its helper modules (CommonJS proxies) with a leading NUL and a query.
		const path = id.replace(/^\0/, '').replace(/\\/g, '/').replace(/\?.*$/, '');
		const at = path.lastIndexOf(MARK);
		if (at < 0) continue;
		const rest = path.slice(at + MARK.length).split('/');
		const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
		if (!name || out.has(name)) continue;
		out.set(name, declaredLicence(resolve(path.slice(0, at + MARK.length), name, 'package.json')));
	}
	return out;
}

/** @param {string} file */
function declaredLicence(file) {
	try {
		const pkg = JSON.parse(readFileSync(file, 'utf8'));
		if (typeof pkg.license === 'string') return pkg.license;
		if (pkg.license?.type) return pkg.license.type;
		if (Array.isArray(pkg.licenses)) return pkg.licenses.map((/** @type {{ type: string }} */ l) => l.type).join(' OR ');
	} catch {
		// A package.json that cannot be read declares nothing.
	}
	return 'unknown';
}

/**
 * Whether an SPDX licence expression binds to a GPL-family licence: true unless one of its `OR`
 * alternatives is free of GPL.
 *
 * @param {string} licence
 * @example isCopyleft('LGPL-3.0') === true && isCopyleft('(MIT OR GPL-3.0)') === false
 */
export function isCopyleft(licence) {
	return licence
		.replace(/[()]/g, '')
		.split(/\s+OR\s+/i)
		.every((alternative) => /\b[AL]?GPL\b|\b[AL]?GPL-|GNU (Lesser |Affero )?General Public/i.test(alternative));
}

/**
 * A Vite plugin that fails the browser build when any chunk (the app's or a worker's) contains a
 * GPL-family library. Add it to `plugins` and to `worker.plugins`: workers are bundled apart.
 *
 * @returns {import('vite').Plugin}
 */
export function copyleftGuard() {
	let ssr = false;
	return {
		name: 'copyleft-guard',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		generateBundle(_options, bundle) {
			// The server build never reaches a browser; the environment says so where Vite has one.
			const env = /** @type {{ environment?: { config: { consumer: string } } }} */ (/** @type {unknown} */ (this)).environment;
			if (env ? env.config.consumer === 'server' : ssr) return;
			/** @type {Map<string, string>} */
			const all = new Map();
			const found = [];
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk') continue;
				for (const [name, licence] of packagesOf(chunk.moduleIds)) {
					all.set(name, licence);
					if (isCopyleft(licence)) found.push(`${name} (${licence}) in ${chunk.fileName}`);
				}
			}
			if (process.env.CLIENT_LICENCES) {
				const chunks = Object.keys(bundle).filter((f) => f.endsWith('.js'));
				console.log(`\npackages in ${chunks.length} chunk(s) (${chunks.slice(0, 3).join(', ')}${chunks.length > 3 ? ', …' : ''}):`);
				for (const [name, licence] of [...all].sort()) console.log(`  ${name}: ${licence}`);
			}
			if (found.length) {
				this.error(`GPL-family code in the browser bundle (keep it to the Node build; see THIRD_PARTY.md):\n${found.map((f) => `  - ${f}`).join('\n')}`);
			}
		}
	};
}
