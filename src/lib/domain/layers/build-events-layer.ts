/** The events layer: one Point per event and place, so an event in two places shows at both. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { IndexEvent, IndexPlace } from '../atlas-index';
import { eventProperties } from './event-properties';

/**
 * Builds `events.geojson`. Each feature carries the event's date and precision, type, actors and the
 * articles that report it, named by outlet: the map says "reported by", never states a fact.
 *
 * @example buildEventsLayer(events, places, outlets).features.every((f) => f.properties.sources.length > 0)
 */
export function buildEventsLayer(
	events: readonly IndexEvent[],
	places: readonly IndexPlace[],
	outlets: ReadonlyMap<string, string>
): FeatureCollection<Point> {
	const placeById = new Map(places.map((p) => [p.id, p]));
	const features: Feature<Point>[] = events.flatMap((e) =>
		e.places.flatMap(({ place, role }) => {
			const p = placeById.get(place);
			if (!p) return [];
			const common = eventProperties(e);
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
						...common,
						reportedBy: common.sources.map((s) => outlets.get(s) ?? s)
					}
				}
			];
		})
	);
	return { type: 'FeatureCollection', features };
}
