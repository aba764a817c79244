/** The links layer: movements and flows (a visit, a flight, a weapons route) as great-circle arcs. */
import { greatCircle } from '@turf/great-circle';
import { point } from '@turf/helpers';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { IndexEvent, IndexPlace } from '../atlas-index';
import { haversineKm } from '../resolve/haversine-km';
import { eventProperties } from './event-properties';

/**
 * Builds `links.geojson`: one arc from each origin to each destination of every event that has both.
 *
 * @example buildLinksLayer([visitBaghdadToTehran], places).features[0].properties.from === 'baghdad'
 */
export function buildLinksLayer(events: readonly IndexEvent[], places: readonly IndexPlace[]): FeatureCollection<LineString> {
	const placeById = new Map(places.map((p) => [p.id, p]));
	const features: Feature<LineString>[] = [];
	for (const e of events) {
		const origins = e.places.filter((p) => p.role === 'origin').map((p) => placeById.get(p.place)).filter((p) => p !== undefined);
		const destinations = e.places.filter((p) => p.role === 'destination').map((p) => placeById.get(p.place)).filter((p) => p !== undefined);
		// An arc with an end the editors chose (no quote gives it) is drawn dashed.
		const inferredEnd = new Set(e.places.filter((p) => p.inferred).map((p) => p.place));
		for (const from of origins) {
			for (const to of destinations) {
				if (from.id === to.id) continue;
				// About one vertex per 100 km (8 to 48): a short hop needs no more to look round, and every
				// vertex is bytes in the first view.
				const km = haversineKm(from.lat, from.lon, to.lat, to.lon);
				const arc = greatCircle(point([from.lon, from.lat]), point([to.lon, to.lat]), { npoints: Math.min(48, Math.max(8, Math.round(km / 100))) });
				// Turf splits an arc that crosses the antimeridian into two parts; joined as they are, the
				// line would jump back across the whole map. Unwrapped, it runs on past ±180°, as MapLibre draws it.
				const coordinates = unwrapLongitudes(arc.geometry.type === 'LineString' ? arc.geometry.coordinates : arc.geometry.coordinates.flat());
				features.push({
					type: 'Feature',
					id: `${e.id}:${from.id}->${to.id}`,
					geometry: { type: 'LineString', coordinates: coordinates.map(([x, y]) => [round(x!), round(y!)]) },
					properties: {
						id: `${e.id}:${from.id}->${to.id}`,
						from: from.id,
						to: to.id,
						inferred: inferredEnd.has(from.id) || inferredEnd.has(to.id),
						...eventProperties(e)
					}
				});
			}
		}
	}
	return { type: 'FeatureCollection', features };
}

/**
 * Shifts each longitude by whole turns so that no step between neighbours exceeds 180°: a line across
 * the antimeridian continues to 190° instead of jumping to -170°.
 *
 * @example unwrapLongitudes([[170, 0], [-170, 0]]) // [[170, 0], [190, 0]]
 */
export function unwrapLongitudes(coordinates: readonly (readonly number[])[]): number[][] {
	const out: number[][] = [];
	for (const [x, y] of coordinates) {
		const prev = out.at(-1)?.[0];
		let lon = x!;
		if (prev !== undefined) lon += 360 * Math.round((prev - lon) / 360);
		// The split leaves the same crossing point on both sides (180 and -180): keep one.
		if (prev !== undefined && lon === prev && y === out.at(-1)![1]) continue;
		out.push([lon, y!]);
	}
	return out;
}

function round(x: number): number {
	return Math.round(x * 1e5) / 1e5;
}
