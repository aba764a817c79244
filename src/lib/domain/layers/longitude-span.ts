/**
 * The narrowest run of longitudes that holds every point, which may cross the antimeridian: places in
 * Fiji (178°E) and Samoa (172°W) span 10°, not 350°. The east end then passes 180° (188 here), which
 * MapLibre's fitBounds reads as crossing it.
 */

/**
 * @returns [west, east], west in [-180, 180), east ≥ west (and possibly > 180)
 * @example longitudeSpan([178, -172]) // [178, 188]
 */
export function longitudeSpan(lons: readonly number[]): [number, number] {
	if (!lons.length) throw new Error('longitudeSpan: no longitudes');
	const sorted = lons.map((l) => (l >= -180 && l < 180 ? l : ((((l + 180) % 360) + 360) % 360) - 180)).sort((a, b) => a - b);
	// The widest gap between neighbours, counting the one that wraps from the last back to the first:
	// the span is everything else.
	let gap = sorted[0]! + 360 - sorted.at(-1)!;
	let west = sorted[0]!;
	let east = sorted.at(-1)!;
	for (let i = 1; i < sorted.length; i++) {
		const g = sorted[i]! - sorted[i - 1]!;
		if (g > gap) {
			gap = g;
			west = sorted[i]!;
			east = sorted[i - 1]! + 360;
		}
	}
	return [west, east];
}
