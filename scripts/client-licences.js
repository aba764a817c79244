/**
 * The licences of what the browser downloads. Keeps GPL-family libraries (GPL, LGPL, AGPL) out of it:
 * the project is GPL-3.0-or-later, but a copyleft library in the bundle would bind every copy of the
 * site to that library's terms as well (LGPL's relinking clause among them); such libraries run only in
 * the Node build. And serves the licence texts of the libraries it does hold, which the minified
 * bundles no longer carry.
 *
 * `copyleftGuard()` is a Vite plugin that fails `vite build` when a client or worker chunk holds a
 * GPL-family package and writes `third-party-licences.txt` beside the app; `CLIENT_LICENCES=1 npx vite
 * build` also prints every package each bundle holds, with its licence (THIRD_PARTY.md lists them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The served file with the licence texts of every package in the browser's bundles. */
export const NOTICES_FILE = 'third-party-licences.txt';

/** Packages seen in this build's bundles, by name: the workers' builds run before the app's is written. */
const shipped = new Map();

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
		let path = id.replace(/^\0/, '').replace(/\\/g, '/');
		const query = path.indexOf('?');
		if (query >= 0) path = path.slice(0, query);
		const at = path.lastIndexOf(MARK);
		if (at < 0) continue;
		const rest = path.slice(at + MARK.length).split('/');
		const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
		if (!name || out.has(name)) continue;
		const dir = resolve(path.slice(0, at + MARK.length), name);
		out.set(name, declaredLicence(readPackage(dir)));
		directories.set(name, dir);
	}
	return out;
}

/** Where each package seen by packagesOf lies. */
const directories = new Map();

/** @param {string} dir */
function readPackage(dir) {
	try {
		return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
	} catch {
		// A package.json that cannot be read declares nothing.
		return {};
	}
}

/** @param {Record<string, any>} pkg */
function declaredLicence(pkg) {
	if (typeof pkg.license === 'string') return pkg.license;
	if (pkg.license?.type) return pkg.license.type;
	if (Array.isArray(pkg.licenses)) return pkg.licenses.map((/** @type {{ type: string }} */ l) => l.type).join(' OR ');
	return 'unknown';
}

/**
 * The notices of packages found by packagesOf: for each, its name, version and licence, then its
 * licence file as the package ships it (or where to find the licence, for a package that ships none).
 *
 * @param {Iterable<string>} names
 * @example licenceNotices(['zod']).startsWith('zod 4')
 */
export function licenceNotices(names) {
	return [...names]
		.sort()
		.map((name) => {
			const dir = directories.get(name) ?? resolve('node_modules', name);
			const pkg = readPackage(dir);
			const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
			const where = pkg.repository?.url ?? pkg.repository ?? pkg.homepage ?? 'its repository';
			const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `The package ships no licence file; see ${where}.`;
			return `${name} ${pkg.version ?? ''} (${declaredLicence(pkg)})\n\n${text}\n`;
		})
		.join(`\n${'-'.repeat(72)}\n\n`);
}

/**
 * Whether an SPDX licence expression binds to a GPL-family licence: true unless one of its `OR`
 * alternatives is free of GPL.
 *
 * @param {string} licence
 * @example isCopyleft('LGPL-3.0') === true && isCopyleft('(MIT OR GPL-3.0)') === false
 */
export function isCopyleft(licence) {
	// Split at the word OR between spaces (not the "-or-" of "GPL-2.0-or-later"), token by token.
	const alternatives = [''];
	for (const token of licence.replace(/[()]/g, ' ').split(/\s/)) {
		if (token.toUpperCase() === 'OR') alternatives.push('');
		else if (token) alternatives[alternatives.length - 1] += ` ${token}`;
	}
	return alternatives
		.map((a) => a.trim())
		.every((alternative) => /\b[AL]?GPL\b|\b[AL]?GPL-|GNU (Lesser |Affero )?General Public/i.test(alternative));
}

/**
 * A Vite plugin that fails the browser build when any chunk (the app's or a worker's) contains a
 * GPL-family library, and writes the licence texts of all of them as NOTICES_FILE with the app's
 * files. Add it to `plugins`, and with `{ worker: true }` to `worker.plugins`: workers are bundled apart,
 * before the app.
 *
 * @param {{ worker?: boolean }} [options]
 * @returns {import('vite').Plugin}
 */
export function copyleftGuard({ worker = false } = {}) {
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
					shipped.set(name, licence);
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
			if (!worker) {
				const head = 'The libraries in Source Atlas\'s JavaScript, with their licences (the minified files drop their notices).\nSource Atlas itself: GPL-3.0-or-later; its source, LICENSE and THIRD_PARTY.md are in its repository.\n\n';
				this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: head + licenceNotices(shipped.keys()) });
			}
		}
	};
}
