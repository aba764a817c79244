/** The events layer: one Point per event and place, so an event in two places shows at both. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { IndexEvent, IndexPlace } from '../atlas-index';

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
			const sources = [...new Set(e.claims.map((c) => c.article))];
			return [
				{
					type: 'Feature' as const,
					id: `${e.id}@${place}`,
					geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
					properties: {
						id: `${e.id}@${place}`,
						event: e.id,
						place,
						placeKind: p.kind,
						role,
						title: e.title,
						type: e.type,
						date: e.date.start,
						dateEnd: e.date.end ?? null,
						datePrecision: e.date.precision,
						t0: e.t0,
						t1: e.t1,
						actors: e.participants.map((x) => x.actor),
						sources,
						reportedBy: sources.map((s) => outlets.get(s) ?? s),
						contested: e.contested
					}
				}
			];
		})
	);
	return { type: 'FeatureCollection', features };
}
