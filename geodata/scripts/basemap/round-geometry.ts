import { truncate } from '@turf/turf';
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { planarRingArea } from 'topojson-simplify';

/** The geometries the basemap clips, rounds and simplifies: lines and polygons. */
export type Shape = LineString | MultiLineString | Polygon | MultiPolygon;

/**
 * Rounds a line or polygon to `decimals` places, dropping the repeated positions rounding makes and
 * the lines and rings it collapses (a polygon whose outer ring collapses goes with its holes).
 *
 * @param geometry - a LineString, MultiLineString, Polygon or MultiPolygon; it is not changed
 * @param decimals - places after the decimal point to keep
 * @returns the rounded geometry, or `null` when nothing is left of it
 * @example
 * roundGeometry({ type: 'LineString', coordinates: [[44.00001, 33], [44.00002, 33], [45, 33]] }, 4);
 * //=> { type: 'LineString', coordinates: [[44, 33], [45, 33]] }
 */
export function roundGeometry(geometry: Shape, decimals: number): Shape | null {
	if (!Number.isInteger(decimals) || decimals < 0) throw new Error(`decimals must be a whole number ≥ 0, not ${decimals}`);
	const rounded = truncate(geometry, { precision: decimals, coordinates: 2 });
	switch (rounded.type) {
		case 'LineString':
		case 'MultiLineString': {
			const lines = (rounded.type === 'LineString' ? [rounded.coordinates] : rounded.coordinates)
				.map(withoutRepeats)
				.filter((line) => line.length >= 2);
			if (!lines.length) return null;
			return lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines };
		}
		case 'Polygon':
		case 'MultiPolygon': {
			const polygons = (rounded.type === 'Polygon' ? [rounded.coordinates] : rounded.coordinates)
				.map((rings) => rings.map(withoutRepeats))
				.filter((rings) => rings[0] !== undefined && encloses(rings[0]))
				.map((rings) => rings.filter(encloses));
			if (!polygons.length) return null;
			return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
		}
		default:
			throw new Error(`cannot round a ${(geometry as { type: string }).type}`);
	}
}

function withoutRepeats(line: Position[]): Position[] {
	return line.filter((p, i) => i === 0 || p[0] !== line[i - 1]![0] || p[1] !== line[i - 1]![1]);
}

function encloses(ring: Position[]): boolean {
	return ring.length >= 4 && planarRingArea(ring as [number, number][]) > 0;
}
