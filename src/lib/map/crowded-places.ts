/**
 * Event dots sit on a ring of a fixed number of spots around their place (slots: domain/layers/ring-slots.ts). Where the filtered set puts
 * more dots at a place than the ring has spots — or two on one spot — a 13th dot would hide under the
 * 1st. Such a place gets one badge with the number of its events instead, and a click on it opens
 * the place's sources, where every event is listed.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { IndexPlace } from '$lib/domain/atlas-index';
import { COARSE_PLACE_KINDS } from '$lib/domain/format/describe-event';
import { ringSlots } from '$lib/domain/layers/ring-slots';
import type { Visible } from '$lib/domain/filter/filter-atlas';

/** What one event feature needs for the count: its event, its place and its ring slot. */
export interface RingDot {
	event: string;
	place: string;
	slot: number;
}

/** Every event dot with its ring slot, from the first view (the same slots the build wrote into the layer). */
export function ringDots(events: readonly { id: string; t0: number; places: readonly { place: string }[] }[]): RingDot[] {
	return [...ringSlots(events)].map(([key, slot]) => {
		const at = key.lastIndexOf('@');
		return { event: key.slice(0, at), place: key.slice(at + 1), slot };
	});
}

/**
 * One Point per visible point place whose visible event dots would overlap on a ring of `spots`,
 * labelled with the number of those events.
 *
 * @example crowdedPlaces(places, dots, visible, 12).features[0].properties.label === '37'
 */
export function crowdedPlaces(
	places: readonly IndexPlace[],
	dots: readonly RingDot[],
	visible: Visible,
	spots: number
): FeatureCollection<Point, { place: string; count: number; label: string }> {
	const taken = new Map<string, Set<number>>();
	const counts = new Map<string, number>();
	const crowded = new Set<string>();
	for (const d of dots) {
		if (!visible.events.has(d.event) || !visible.places.has(d.place)) continue;
		counts.set(d.place, (counts.get(d.place) ?? 0) + 1);
		const spotsTaken = taken.get(d.place) ?? new Set<number>();
		const spot = d.slot % spots;
		if (spotsTaken.has(spot)) crowded.add(d.place);
		spotsTaken.add(spot);
		taken.set(d.place, spotsTaken);
	}
	return {
		type: 'FeatureCollection',
		features: places
			.filter((p) => crowded.has(p.id) && !COARSE_PLACE_KINDS.includes(p.kind))
			.map((p) => {
				const count = counts.get(p.id)!;
				return {
					type: 'Feature' as const,
					id: p.id,
					geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
					properties: { place: p.id, count, label: String(count) }
				};
			})
	};
}
