import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { shippedCorpus } from '../../../tests/unit/shipped-corpus';
import { tileLayers } from './tile-layers';
import { writePmtiles } from './write-pmtiles';

/** Reads an archive from memory as the browser's reader reads it over HTTP ranges. */
function archive(bytes: Uint8Array): PMTiles {
	const source: Source = {
		getKey: () => 'memory',
		getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer })
	};
	return new PMTiles(source);
}

async function featuresAt(p: PMTiles, z: number, x: number, y: number, layer: string) {
	const tile = await p.getZxy(z, x, y);
	if (!tile) return [];
	const vt = new VectorTile(new PbfReader(new Uint8Array(tile.data)));
	const l = vt.layers[layer];
	return l ? Array.from({ length: l.length }, (_, i) => l.feature(i).properties) : [];
}

/** The tile holding a point at zoom z (Web Mercator, as MapLibre cuts them). */
function tileOf(lon: number, lat: number, z: number): [number, number] {
	const n = 2 ** z;
	const r = (lat * Math.PI) / 180;
	return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)];
}

let events: FeatureCollection;
let links: FeatureCollection;
let bytes: Uint8Array;
beforeAll(async () => {
	const { out } = await shippedCorpus();
	events = out.events;
	links = out.links;
	bytes = writePmtiles(tileLayers({ events, links }), { bounds: [-180, -85, 180, 85], metadata: { vector_layers: [{ id: 'events' }, { id: 'links' }] } });
});

describe('vector tiles in a PMTiles archive', () => {
	it('writes a version 3 archive whose header the reader understands', async () => {
		const header = await archive(bytes).getHeader();
		expect(header.specVersion).toBe(3);
		expect([header.minZoom, header.maxZoom]).toEqual([0, 9]);
		expect(header.tileType).toBe(1);
		expect(header.numAddressedTiles).toBeGreaterThan(10);
		expect(await archive(bytes).getMetadata()).toEqual({ vector_layers: [{ id: 'events' }, { id: 'links' }] });
	});

	it("holds the Amerli siege at Amerli with what the map draws it by, at the finest zoom", async () => {
		const [x, y] = tileOf(44.58, 34.72, 9);
		const props = await featuresAt(archive(bytes), 9, x, y, 'events');
		const siege = props.find((p) => p.id === 'amerli-siege@amerli');
		expect(siege).toMatchObject({ event: 'amerli-siege', place: 'amerli', type: expect.any(String), slot: expect.any(Number) });
		expect(siege!.t0).toBe(events.features.find((f) => f.id === 'amerli-siege@amerli')!.properties!.t0);
	});

	it('keeps every event feature in the world tile and every link somewhere', async () => {
		const world = await featuresAt(archive(bytes), 0, 0, 0, 'events');
		expect(new Set(world.map((p) => p.id))).toEqual(new Set(events.features.map((f) => f.id)));
		const worldLinks = await featuresAt(archive(bytes), 0, 0, 0, 'links');
		expect(new Set(worldLinks.map((p) => p.id))).toEqual(new Set(links.features.map((f) => f.id)));
	});

	it('has no tile where there is no data, and leaf directories when the root would overflow', async () => {
		expect(await archive(bytes).getZxy(9, 0, 0)).toBeUndefined();
		// 6,000 distinct tiles: more than the 16 KiB root can list.
		const many = Array.from({ length: 6000 }, (_, i) => ({ z: 12, x: i % 4096, y: Math.floor(i / 4096), data: Uint8Array.of(i % 251, i % 7) }));
		const big = archive(writePmtiles(many, { bounds: [-180, -85, 180, 85], metadata: {} }));
		expect((await big.getHeader()).leafDirectoryLength).toBeGreaterThan(0);
		expect(new Uint8Array((await big.getZxy(12, 4095, 0))!.data)).toEqual(Uint8Array.of(4095 % 251, 4095 % 7));
		expect(new Uint8Array((await big.getZxy(12, 1903, 1))!.data)).toEqual(Uint8Array.of(5999 % 251, 5999 % 7));
	});
});
