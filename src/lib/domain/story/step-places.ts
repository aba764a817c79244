/** The places a presentation step is about: its open place and every place of its open event. */
import type { UrlState } from '../filter/url-state';

/**
 * The [lon, lat] of the step's place and of its event's places, each once.
 *
 * @example stepPlaces({ filters, place: 'mosul', event: 'fall-of-mosul-2014' }, index) // [[43.1189, 36.335]]
 */
export function stepPlaces(
	state: Pick<UrlState, 'place' | 'event'>,
	index: { places: readonly { id: string; lon: number; lat: number }[]; events: readonly { id: string; places: readonly { place: string }[] }[] }
): [number, number][] {
	const ids = new Set<string>();
	if (state.place) ids.add(state.place);
	const event = state.event ? index.events.find((e) => e.id === state.event) : undefined;
	for (const p of event?.places ?? []) ids.add(p.place);
	return index.places.filter((p) => ids.has(p.id)).map((p) => [p.lon, p.lat]);
}
