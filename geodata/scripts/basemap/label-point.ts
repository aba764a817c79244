import { area, polygon, toMercator, toWgs84 } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';

/** Metres: far finer than the 1e-4° (≈10 m) the labels are rounded to. */
const PRECISION_M = 10;

/**
 * Where to label a polygon: the pole of inaccessibility of its largest part, found in Web Mercator,
 * where labels are laid out. A centroid can fall outside a concave country or hug its coast.
 *
 * @param geometry - a Polygon or MultiPolygon in longitude, latitude
 * @returns the label point in longitude, latitude
 * @example
 * labelPoint({ type: 'Polygon', coordinates: [[[40, 30], [50, 30], [50, 32], [40, 32], [40, 30]]] });
 * //=> about [45, 31]
 */
export function labelPoint(geometry: Polygon | MultiPolygon): Position {
	const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	if (!parts.length || !parts[0]!.length) throw new Error(`cannot label an empty ${geometry.type}`);
	const largest = parts
		.map((rings) => polygon(rings))
		.reduce((best, part) => (area(part) > area(best) ? part : best));
	const projected = toMercator(largest).geometry.coordinates as [number, number][][];
	const [x, y] = polylabel(projected, PRECISION_M);
	return toWgs84([x, y]);
}
