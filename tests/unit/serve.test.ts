/**
 * The production server on loopback: compression, cache headers for hashed assets, content types for
 * GeoJSON and PMTiles, range requests, and a 404: the site's page for a browser, one line for the rest.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { precompress } from '../../scripts/precompress.js';

let server: Server;
let origin: string;
let dir: string;
const geojson = JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 200 }, (_, i) => ({ type: 'Feature', id: i, geometry: { type: 'Point', coordinates: [44, 33] }, properties: { name: `place ${i}` } })) });

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'atlas-serve-'));
	await mkdir(join(dir, '_app/immutable'), { recursive: true });
	await mkdir(join(dir, 'data'), { recursive: true });
	await writeFile(join(dir, 'index.html'), `<!doctype html><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='"><title>Source Atlas</title>`);
	await writeFile(join(dir, '_app/immutable/app.abc123.js'), `export const x = ${JSON.stringify('x'.repeat(4000))};`);
	await writeFile(join(dir, 'data/places.geojson'), geojson);
	await writeFile(join(dir, 'data/tiles.pmtiles'), Buffer.alloc(2048, 7));
	await writeFile(join(dir, '404.html'), `<!doctype html><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-def='"><title>Not found</title>`);
	await precompress(dir);
	server = await serve({ port: 0, host: '127.0.0.1', dir });
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	server?.close();
	await rm(dir, { recursive: true, force: true });
});

describe('npm start’s server', () => {
	it('serves GeoJSON as application/geo+json, brotli- or gzip-compressed as the client accepts', async () => {
		const br = await fetch(`${origin}/data/places.geojson`, { headers: { 'Accept-Encoding': 'br' } });
		expect(br.headers.get('content-type')).toBe('application/geo+json');
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(JSON.parse(await br.text()).features).toHaveLength(200);
		const gz = await fetch(`${origin}/data/places.geojson`, { headers: { 'Accept-Encoding': 'gzip' } });
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(Number(gz.headers.get('content-length'))).toBeLessThan(geojson.length / 5);
	});

	it('lets browsers keep hashed assets for a year and revalidate everything else', async () => {
		const asset = await fetch(`${origin}/_app/immutable/app.abc123.js`);
		expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		const page = await fetch(`${origin}/`);
		expect(page.headers.get('cache-control')).toBe('no-cache');
		expect(page.headers.get('etag')).toBeTruthy();
		expect(page.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('sends each page’s own Content-Security-Policy as a header, with frame-ancestors that a meta tag cannot carry', async () => {
		const csp = (await fetch(`${origin}/`)).headers.get('content-security-policy');
		expect(csp).toBe("default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'");
		const asset = await fetch(`${origin}/data/places.geojson`);
		expect(asset.headers.get('content-security-policy')).toBeNull();
	});

	it('answers range requests, as PMTiles readers make them', async () => {
		const res = await fetch(`${origin}/data/tiles.pmtiles`, { headers: { Range: 'bytes=0-127' } });
		expect(res.status).toBe(206);
		expect(res.headers.get('content-type')).toBe('application/vnd.pmtiles');
		expect(res.headers.get('content-range')).toBe('bytes 0-127/2048');
		expect((await res.arrayBuffer()).byteLength).toBe(128);
	});

	it('says what was not found', async () => {
		const res = await fetch(`${origin}/data/nowhere.geojson`);
		expect(res.status).toBe(404);
		expect(await res.text()).toContain('Not found: /data/nowhere.geojson');
	});

	it('answers a browser asking for an unknown page with the built 404 page, under its own policy', async () => {
		const res = await fetch(`${origin}/no/such/page`, { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
		expect(res.status).toBe(404);
		expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(res.headers.get('content-security-policy')).toBe("default-src 'self'; script-src 'self' 'sha256-def='; frame-ancestors 'none'");
		expect(await res.text()).toContain('<title>Not found</title>');
	});
});
