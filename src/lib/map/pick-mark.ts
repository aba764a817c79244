/**
 * Which mark a click or tap means, among all the marks drawn near it: event dots on their rings,
 * place markers and count badges are ranked together by how far their centre is from the pointer on
 * screen, so a dot drawn around a neighbouring place never wins over the place the reader pointed at
 * (issue 12: the centre of the Iraq ring, Jurf al-Sakher and Baghdad all opened "Raid in Karbala").
 * Pure: screen positions in, a choice out; the map view measures the positions.
 */

/** A mark drawn on screen, with its centre in the map canvas's pixels. */
export type Mark =
	| { kind: 'event'; place: string; event: string; x: number; y: number; radius: number }
	| { kind: 'place'; place: string; area: boolean; x: number; y: number; radius: number }
	| { kind: 'badge'; place: string; x: number; y: number; radius: number };

/** What a click picks: one place (and perhaps one of its events), or a choice among places drawn at one point. */
export type Pick = { place: string; event?: string } | { choose: string[] };

/** Centres closer together than this (px) are one point: the reader cannot tell them apart. */
export const TIE_PX = 1.5;

/** How far beyond a mark's drawn edge a pointer still counts as on it (px): a finger is wider than a cursor. */
export const SLOP_PX = { mouse: 3, touch: 14 } as const;

/**
 * Picks the mark nearest the pointer among those within their radius plus `slop` of it. Places drawn
 * at one point (Baghdad and the Site 4 prison inside it) are offered as a choice; a town wins over the
 * country or province whose point it shares, as the reader can only mean the smaller one there.
 *
 * @param marks - the candidate marks, in any order
 * @param pointer - the click or tap, in the same pixels as the marks
 * @param slop - extra reach beyond each mark's radius (`SLOP_PX.mouse` or `SLOP_PX.touch`)
 * @returns the pick, or undefined when no mark is near enough
 * @example
 * pickMark([{ kind: 'place', place: 'iraq', area: true, x: 100, y: 100, radius: 18 },
 *           { kind: 'event', place: 'karbala', event: 'raid', x: 104, y: 114, radius: 7 }], { x: 100, y: 100 }, 3)
 * // → { place: 'iraq' }
 */
export function pickMark(marks: readonly Mark[], pointer: { x: number; y: number }, slop: number): Pick | undefined {
	if (!Number.isFinite(pointer.x) || !Number.isFinite(pointer.y)) throw new Error(`pickMark: pointer must be finite pixels, not ${pointer.x},${pointer.y}`);
	const near = marks
		.map((mark) => ({ mark, distance: Math.hypot(mark.x - pointer.x, mark.y - pointer.y) }))
		.filter(({ mark, distance }) => distance <= mark.radius + slop)
		.sort((a, b) => a.distance - b.distance);
	const nearest = near[0];
	if (!nearest) return undefined;
	const tied = near.filter(({ distance }) => distance - nearest.distance <= TIE_PX).map(({ mark }) => mark);
	const places = tied.filter((m): m is Extract<Mark, { kind: 'place' }> => m.kind === 'place');
	if (places.length > 1) {
		const points = [...new Set(places.filter((m) => !m.area).map((m) => m.place))];
		const options = points.length ? points : [...new Set(places.map((m) => m.place))];
		return options.length > 1 ? { choose: options } : { place: options[0]! };
	}
	const first = nearest.mark;
	return first.kind === 'event' ? { place: first.place, event: first.event } : { place: first.place };
}
