/**
 * Events placed only at a country or province have no point of their own: drawing them as dots
 * around the country's centre would claim a precision no source gives. The map writes their number
 * under the place instead ("14 events, whole country"), kept in step with the filters.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { EventCard, IndexPlace } from '$lib/domain/atlas-index';
import { COARSE_PLACE_KINDS } from '$lib/domain/format/describe-event';
import type { Visible } from '$lib/domain/filter/filter-atlas';

/**
 * One Point per visible country or province with visible events placed at it, labelled with their count.
 *
 * @example coarseEventCounts(places, events, visible).features[0].properties.label === '14 events, whole country'
 */
export function coarseEventCounts(
	places: readonly IndexPlace[],
	events: readonly EventCard[],
	visible: Visible
): FeatureCollection<Point> {
	const counts = new Map<string, number>();
	for (const e of events) {
		if (!visible.events.has(e.id)) continue;
		for (const id of new Set(e.places.map((p) => p.place))) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return {
		type: 'FeatureCollection',
		features: places
			.filter((p) => COARSE_PLACE_KINDS.includes(p.kind) && visible.places.has(p.id) && counts.get(p.id))
			.map((p) => {
				const n = counts.get(p.id)!;
				const where = p.kind === 'country' ? 'whole country' : 'whole province';
				return {
					type: 'Feature' as const,
					id: p.id,
					geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
					properties: { place: p.id, count: n, label: `${n} event${n === 1 ? '' : 's'}, ${where}` }
				};
			})
	};
}
