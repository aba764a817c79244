#!/usr/bin/env node
/**
 * Serves the built site (build/) on localhost: precompressed brotli/gzip where the client accepts it,
 * long-lived cache headers for content-hashed assets, revalidation for everything else, range
 * requests, the right content types for GeoJSON and PMTiles, and the site's own 404 page for an
 * unknown address. Port from PORT, default 4173.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('../build', import.meta.url));

/**
 * The Content-Security-Policy a prerendered page declares in its <meta> tag, plus what only a header
 * can say: that no other site may frame the page. Pages without a policy still get the framing rule.
 */
export function pagePolicy(html) {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
	return [meta?.replace(/;\s*$/, ''), "frame-ancestors 'none'"].filter(Boolean).join('; ');
}

/** Creates the request handler for a built site in `dir`. */
export function createHandler(dir = root) {
	const policies = new Map();
	// sirv hands setHeaders the request path ("/present"), not the file it found: find the page the same way.
	const policyOf = (pathname) => {
		if (!policies.has(pathname)) {
			const file = [pathname.endsWith('/') ? `${pathname}index.html` : pathname, `${pathname}.html`, `${pathname}/index.html`]
				.map((f) => join(dir, f))
				.find((f) => f.endsWith('.html') && existsSync(f));
			policies.set(pathname, file ? pagePolicy(readFileSync(file, 'utf8')) : undefined);
		}
		return policies.get(pathname);
	};
	const assets = sirv(dir, {
		etag: true,
		gzip: true,
		brotli: true,
		extensions: ['html'],
		setHeaders(res, pathname) {
			if (pathname.startsWith('/_app/immutable/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			else res.setHeader('Cache-Control', 'no-cache');
			if (pathname.endsWith('.geojson')) res.setHeader('Content-Type', 'application/geo+json');
			if (pathname.endsWith('.pmtiles')) res.setHeader('Content-Type', 'application/vnd.pmtiles');
			if (pathname.endsWith('.txt')) res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.setHeader('X-Content-Type-Options', 'nosniff');
			res.setHeader('Referrer-Policy', 'no-referrer');
			const policy = policyOf(pathname);
			if (policy) {
				res.setHeader('Content-Security-Policy', policy);
				res.setHeader('X-Frame-Options', 'DENY');
			}
		}
	});
	// A browser asking for a page the site does not have gets the built 404 page (SvelteKit's fallback
	// shell, which draws the site's error page); data and asset requests keep a one-line answer.
	const notFoundPage = join(dir, '404.html');
	return (req, res) =>
		assets(req, res, () => {
			res.statusCode = 404;
			res.setHeader('X-Content-Type-Options', 'nosniff');
			if (/\btext\/html\b/.test(req.headers.accept ?? '') && existsSync(notFoundPage)) {
				const html = readFileSync(notFoundPage, 'utf8');
				res.setHeader('Content-Type', 'text/html; charset=utf-8');
				res.setHeader('Cache-Control', 'no-cache');
				res.setHeader('Content-Security-Policy', pagePolicy(html));
				res.setHeader('X-Frame-Options', 'DENY');
				res.end(req.method === 'HEAD' ? undefined : html);
				return;
			}
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end(`Not found: ${req.url}\n`);
		});
}

/** Starts the server; resolves with the listening server once it accepts connections. */
export function serve({ port = Number(process.env.PORT ?? 4173), host = process.env.HOST ?? '127.0.0.1', dir = root } = {}) {
	if (!existsSync(dir)) throw new Error(`${dir} does not exist: run "npm run build" first`);
	const server = createServer(createHandler(dir));
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(server));
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	serve().then(
		(server) => {
			const { address, port } = server.address();
			console.log(`Source Atlas is served at http://${address === '127.0.0.1' ? 'localhost' : address}:${port}/ (Ctrl+C stops it)`);
		},
		(e) => {
			console.error(e.code === 'EADDRINUSE' ? `port ${process.env.PORT ?? 4173} is in use: set PORT to another port` : String(e.message ?? e));
			process.exit(1);
		}
	);
}
