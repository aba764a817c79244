/**
 * Cuts GeoJSON layers into Mapbox vector tiles with MapLibre's own libraries (`@maplibre/geojson-vt`
 * to slice, `@maplibre/vt-pbf` to encode), every zoom from 0 to `maxZoom`, only where there is data.
 */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import type { Tile } from './write-pmtiles';

/** Tiles above this zoom are drawn overzoomed; 2^9 tiles of 4096 units hold points to about 20 m. */
export const TILE_MAX_ZOOM = 9;

/**
 * One vector tile per z/x/y that holds features of any layer, each layer under its own name.
 *
 * @example tileLayers({ events: eventsLayer }).length > 0
 */
export function tileLayers(layers: Record<string, FeatureCollection>, maxZoom = TILE_MAX_ZOOM): Tile[] {
	const indexes = Object.entries(layers).map(
		([name, data]) => [name, new GeoJSONVT(data, { maxZoom, indexMaxZoom: 5, indexMaxPoints: 100_000, tolerance: 3, buffer: 64 })] as const
	);
	const tiles: Tile[] = [];
	// From the world tile down, into the four children of every tile that holds something.
	const visit = (z: number, x: number, y: number) => {
		const parts: Record<string, GeoJSONVTTile> = {};
		for (const [name, index] of indexes) {
			const tile = index.getTile(z, x, y);
			if (tile && tile.features.length) parts[name] = tile;
		}
		if (!Object.keys(parts).length) return;
		tiles.push({ z, x, y, data: fromGeojsonVt(parts, { version: 2, extent: 4096 }) });
		if (z === maxZoom) return;
		for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) visit(z + 1, 2 * x + dx, 2 * y + dy);
	};
	visit(0, 0, 0);
	return tiles;
}
