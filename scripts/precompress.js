#!/usr/bin/env node
/** Writes .br and .gz beside every compressible file of build/, so the server never compresses per request. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|geojson|svg|txt|xml|md)$/;

/** Precompresses files of at least 1 KB under `dir`; returns how many. */
export function precompress(dir) {
	let count = 0;
	for (const entry of readdirSync(dir, { recursive: true })) {
		const path = join(dir, String(entry));
		if (!COMPRESSIBLE.test(path) || !statSync(path).isFile() || statSync(path).size < 1024) continue;
		const data = readFileSync(path);
		// Brotli's top quality costs minutes on the multi-megabyte gazetteer for a few per cent; 9 is near it and quick.
		const quality = data.length > 1_000_000 ? 9 : 11;
		writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }));
		writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
		count++;
	}
	return count;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = fileURLToPath(new URL('../build', import.meta.url));
	console.log(`precompressed ${precompress(dir)} files in build/`);
}
