/**
 * Writes the bare MapLibre page `npm run bench` compares the dashboard against: the same basemap style
 * and the same three data layers, drawn with plain circles and lines, and nothing else — no app code.
 * It opens on the corpus's own view, read from the built index as the dashboard reads it.
 * Usage: tsx scripts/bench/bare-style.ts OUT_DIR DATA_DIR
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { basemapStyle } from '../../src/lib/map/basemap-style';

const [out, data] = process.argv.slice(2);
if (!out || !data) throw new Error('usage: bare-style.ts OUT_DIR DATA_DIR');
const { corpus } = JSON.parse(await readFile(join(data, 'index.json'), 'utf8')) as { corpus: { bounds: [[number, number], [number, number]] } };
await mkdir(out, { recursive: true });
const style = basemapStyle({ baseUrl: '' });
for (const name of ['places', 'events', 'links']) style.sources[`atlas-${name}`] = { type: 'geojson', data: `/data/${name}.geojson` };
style.layers.push(
	{ id: 'bare-links', type: 'line', source: 'atlas-links', paint: { 'line-color': '#333', 'line-width': 1.5 } },
	{ id: 'bare-places', type: 'circle', source: 'atlas-places', paint: { 'circle-radius': 6, 'circle-color': '#1d4e89' } },
	{ id: 'bare-events', type: 'circle', source: 'atlas-events', paint: { 'circle-radius': 4, 'circle-color': '#c51b1b' } }
);
await writeFile(join(out, 'style.json'), JSON.stringify(style));
await writeFile(
	join(out, 'index.html'),
	`<!doctype html><meta charset="utf-8"><title>bare MapLibre</title>
<link rel="stylesheet" href="/bare/maplibre-gl.css"><style>html,body,#map{margin:0;height:100%}</style>
<div id="map" data-map-idle="false"></div>
<script type="module">
import * as maplibre from '/bare/maplibre-gl.mjs';
maplibre.setWorkerUrl('/bare/maplibre-gl-worker.mjs');
const map = new maplibre.Map({ container: 'map', style: '/bare/style.json', bounds: ${JSON.stringify(corpus.bounds)}, fitBoundsOptions: { padding: 20 } });
map.once('idle', () => (document.getElementById('map').dataset.mapIdle = 'true'));
</script>`
);
