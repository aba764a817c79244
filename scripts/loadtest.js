#!/usr/bin/env node
/**
 * `npm run loadtest`: the production server under load on loopback only. Serves build/ on an ephemeral
 * 127.0.0.1 port and runs autocannon for a bounded time over the requests a page load makes (page,
 * index, layers, the app's entry), reporting requests per second and latency; fails on any error.
 */
import autocannon from 'autocannon';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.js';

const seconds = Number(process.env.LOADTEST_SECONDS ?? 10);
const connections = Number(process.env.LOADTEST_CONNECTIONS ?? 50);
const build = fileURLToPath(new URL('../build', import.meta.url));
const entry = readdirSync(`${build}/_app/immutable/entry`).find((f) => f.startsWith('app.') && f.endsWith('.js'));

const server = await serve({ port: 0, host: '127.0.0.1', dir: build });
const { port } = server.address();
const paths = ['/', '/data/index.json', '/data/places.geojson', '/data/events.geojson', `/_app/immutable/entry/${entry}`];
const result = await autocannon({
	url: `http://127.0.0.1:${port}`,
	connections,
	duration: seconds,
	headers: { 'accept-encoding': 'br, gzip' },
	requests: paths.map((path) => ({ method: 'GET', path }))
});
server.close();

const bad = result.errors + result.timeouts + result.non2xx;
console.log(
	`loadtest: ${Math.round(result.requests.average)} requests/s on average (${result.requests.total} in ${seconds} s, ${connections} connections, ` +
		`${paths.length} URLs round-robin), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
		`${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`
);
process.exit(bad === 0 ? 0 : 1);
