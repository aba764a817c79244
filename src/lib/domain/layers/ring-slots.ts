/**
 * Event dots sit on a ring around their place; the n-th event of a place, in the panel's order (by
 * date, then id), takes slot n, drawn at spot n mod the ring's size. The build writes each dot's slot into the events layer, and
 * the dashboard computes the same slots from the first view to find places whose dots would overlap.
 */
import { eventOrder } from '../bundles/place-pages';

/** The key of one event at one place, as the events layer's feature ids are written. */
export const dotKey = (event: string, place: string): string => `${event}@${place}`;

/**
 * Slots of every event at every place it is at.
 *
 * @example ringSlots(events).get('amerli-siege@amerli') === 0
 */
export function ringSlots(events: readonly { id: string; t0: number; places: readonly { place: string }[] }[]): Map<string, number> {
	const next = new Map<string, number>();
	const slots = new Map<string, number>();
	for (const e of eventOrder(events)) {
		for (const place of new Set(e.places.map((p) => p.place))) {
			const slot = next.get(place) ?? 0;
			next.set(place, slot + 1);
			slots.set(dotKey(e.id, place), slot);
		}
	}
	return slots;
}
