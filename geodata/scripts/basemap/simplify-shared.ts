import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttached, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification';

/** Polygons simplified together, and the lines they share. */
export interface SharedOutlines<P extends GeoJsonProperties> {
	/** The simplified polygons in the order given; one simplified away altogether is left out. */
	collection: FeatureCollection<Polygon | MultiPolygon, P>;
	/**
	 * The lines along which two polygons meet, for which `between` holds, each drawn once and made of
	 * the same vertices as the polygons on either side. A line only one polygon has (a coast, the edge
	 * of the region) is passed as `between(a, a)`.
	 */
	lines(between: (a: P, b: P) => boolean): Position[][];
}

/**
 * Simplifies polygons that share edges without opening gaps or overlaps between them: the outlines
 * become a topology of arcs, each arc is simplified once (Visvalingam–Whyatt, by triangle area);
 * islands smaller than `minArea` are dropped, and so are rings that simplification left enclosing nothing.
 *
 * @param input - polygons whose shared edges run through the same positions
 * @param minArea - the area, in the square units of the coordinates, below which a vertex is removed
 * @returns the simplified polygons and the lines between them
 * @example
 * const { collection, lines } = simplifyShared(provinces, 1e-6);
 * lines((a, b) => a !== b && a.country === b.country); // borders inside one country
 */
export function simplifyShared<P extends GeoJsonProperties>(
	input: FeatureCollection<Polygon | MultiPolygon, P>,
	minArea: number
): SharedOutlines<P> {
	if (!(minArea >= 0)) throw new Error(`minArea must be a number ≥ 0, not ${minArea}`);
	// Without quantisation the topology keeps the positions as given, so the output keeps their rounding.
	const built = topology({ shapes: input }) as Topology<Objects>;
	const simplified = simplify(presimplify(built), minArea);
	const attached = filterAttached(simplified);
	const large = filterWeight(simplified, minArea);
	// A ring made of one arc (an enclave) keeps only its end: then it encloses nothing, and goes on both sides.
	const encloses = filterWeight(simplified);
	const kept = filter(simplified, (ring, interior) => encloses(ring, interior) && (attached(ring, interior) || large(ring, interior))) as Topology;
	const shapes = kept.objects.shapes as GeometryCollection;
	const features = (feature(kept, shapes) as FeatureCollection<Polygon | MultiPolygon | null, P>).features
		.filter((f): f is Feature<Polygon | MultiPolygon, P> => f.geometry !== null && f.geometry.type !== null)
		.map((f) => ({ type: 'Feature' as const, properties: f.properties, geometry: f.geometry }));
	return {
		collection: { type: 'FeatureCollection', features },
		lines: (between) =>
			mesh(kept, shapes, (a: GeometryObject, b: GeometryObject) => between(a.properties as P, b.properties as P))
				.coordinates
	};
}
