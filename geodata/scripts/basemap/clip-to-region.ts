import { bboxClip, rewind } from '@turf/turf';
import type { BBox, MultiPolygon, Polygon } from 'geojson';
import { roundGeometry, type Shape } from './round-geometry';

/**
 * Clips a line or polygon to a bounding box and rounds what is left, so that neighbours clipped
 * apart still share their positions exactly; polygons come out wound as RFC 7946 asks.
 *
 * @param geometry - a LineString, MultiLineString, Polygon or MultiPolygon; it is not changed
 * @param region - west, south, east, north
 * @param decimals - places after the decimal point to keep
 * @returns the clipped geometry, or `null` when nothing of it lies in the region
 * @example
 * clipToRegion({ type: 'LineString', coordinates: [[20, 30], [30, 30]] }, [24, 20, 70, 46], 4);
 * //=> { type: 'LineString', coordinates: [[24, 30], [30, 30]] }
 */
export function clipToRegion(geometry: Shape, region: BBox, decimals: number): Shape | null {
	const [west, south, east, north] = region;
	if (!(west < east && south < north)) throw new Error(`the region [${region.join(', ')}] is not west, south, east, north`);
	const clipped = roundGeometry(bboxClip(geometry, region).geometry as Shape, decimals);
	if (clipped?.type === 'Polygon' || clipped?.type === 'MultiPolygon') return rewind(clipped) as Polygon | MultiPolygon;
	return clipped;
}
