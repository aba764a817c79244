/**
 * Event dots sit on a ring of a fixed number of spots around their place. Where the filtered set puts
 * more dots at a place than the ring has spots — or two on one spot — a 13th dot would hide under the
 * 1st. Such a place gets one badge with the number of its events instead, and a click on it opens
 * the place's sources, where every event is listed.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { IndexPlace } from '$lib/domain/atlas-index';
import { COARSE_PLACE_KINDS } from '$lib/domain/format/describe-event';

/**
 * Numbers the event features at each place in date order (`slot`), so each gets its own spot on the
 * ring: slot n sits at spot n mod `spots`.
 */
export function withRingSlots(events: FeatureCollection<Point>): FeatureCollection<Point> {
	const seen = new Map<string, number>();
	const sorted = [...events.features].sort((a, b) => Number(a.properties?.t0) - Number(b.properties?.t0));
	return {
		type: 'FeatureCollection',
		features: sorted.map((f) => {
			const place = String(f.properties?.place);
			const slot = seen.get(place) ?? 0;
			seen.set(place, slot + 1);
			return { ...f, properties: { ...f.properties, slot } };
		})
	};
}

/** What one event feature needs for the count: its event, its place and its ring slot. */
export interface RingDot {
	event: string;
	place: string;
	slot: number;
}

/** The dots of a slotted events layer, read once when the layer is added. */
export function ringDots(events: FeatureCollection<Point>): RingDot[] {
	return events.features.map((f) => ({ event: String(f.properties?.event), place: String(f.properties?.place), slot: Number(f.properties?.slot) }));
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
	visible: { places: ReadonlySet<string>; events: ReadonlySet<string> },
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
