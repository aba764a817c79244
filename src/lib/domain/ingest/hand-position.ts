/**
 * A point a person placed by hand, to the precision a hand on the map has: the decimals of a degree
 * that one screen pixel spans at the zoom they placed it at, and no more (a marker dropped on a
 * country-wide view is not a position to the metre).
 */

/** Web Mercator's world width in pixels at zoom 0, as MapLibre draws it. */
const WORLD_PIXELS = 512;

/**
 * Rounds `at` to the decimals one pixel resolves at `zoom` (between 1 and 5), the longitude wrapped into
 * -180…180.
 *
 * @example handPosition({ lat: 47.123456, lon: 29.987654 }, 6) // { lat: 47.12, lon: 29.99 }
 */
export function handPosition(at: { lat: number; lon: number }, zoom: number): { lat: number; lon: number } {
	if (!Number.isFinite(at.lat) || !Number.isFinite(at.lon) || !Number.isFinite(zoom)) throw new Error(`handPosition: not a position: ${at.lat}, ${at.lon} at zoom ${zoom}`);
	const degreesPerPixel = 360 / (WORLD_PIXELS * 2 ** zoom);
	const decimals = Math.min(5, Math.max(1, Math.ceil(-Math.log10(degreesPerPixel))));
	const round = (x: number) => Number(x.toFixed(decimals));
	const lon = ((((at.lon + 180) % 360) + 360) % 360) - 180;
	return { lat: round(Math.max(-90, Math.min(90, at.lat))), lon: round(lon) };
}
