/**
 * How large a place's marker is drawn: its area grows with the number of sentences naming it. One
 * table feeds both the map layer's `circle-radius` and the click test that measures what is under
 * the pointer, so the two cannot drift apart.
 */

/** [√mentions, radius in px] stops, interpolated linearly between and held beyond the ends. */
export const PLACE_RADIUS_STOPS: readonly (readonly [number, number])[] = [
	[1, 5],
	[8, 15],
	[14, 22]
];

/**
 * The drawn radius (px) of a place named `mentionCount` times, as the places layer draws it.
 *
 * @example placeMarkerRadius(1) === 5
 */
export function placeMarkerRadius(mentionCount: number): number {
	const s = Math.sqrt(Math.max(1, Number.isFinite(mentionCount) ? mentionCount : 1));
	const stops = PLACE_RADIUS_STOPS;
	if (s <= stops[0]![0]) return stops[0]![1];
	for (let i = 1; i < stops.length; i++) {
		const [x0, r0] = stops[i - 1]!;
		const [x1, r1] = stops[i]!;
		if (s <= x1) return r0 + ((s - x0) / (x1 - x0)) * (r1 - r0);
	}
	return stops.at(-1)![1];
}
