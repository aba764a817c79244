/** The events layer: one Point per event and place, so an event in two places shows at both. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { IndexEvent, IndexPlace } from '../atlas-index';
import { eventProperties } from './event-properties';
import { dotKey, ringSlots } from './ring-slots';

/**
 * Builds `events.geojson`: one light feature per event and place, with how the place is known (a quote
 * or the editors) so the map can draw the two apart, and its slot on the ring of dots around the place.
 *
 * @example buildEventsLayer(events, places).features[0].properties.placeInferred === false
 */
export function buildEventsLayer(events: readonly IndexEvent[], places: readonly IndexPlace[]): FeatureCollection<Point> {
	const placeById = new Map(places.map((p) => [p.id, p]));
	const slots = ringSlots(events);
	const features: Feature<Point>[] = events.flatMap((e) =>
		e.places.flatMap(({ place, role, inferred }) => {
			const p = placeById.get(place);
			if (!p) return [];
			return [
				{
					type: 'Feature' as const,
					id: `${e.id}@${place}`,
					geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
					properties: {
						id: `${e.id}@${place}`,
						place,
						placeKind: p.kind,
						role,
						placeInferred: Boolean(inferred),
						slot: slots.get(dotKey(e.id, place)) ?? 0,
						...eventProperties(e)
					}
				}
			];
		})
	);
	return { type: 'FeatureCollection', features };
}
