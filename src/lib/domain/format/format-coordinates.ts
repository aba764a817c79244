/** Coordinates as people read them: degrees with N/S and E/W, never a negative "°N". */

/**
 * Formats a latitude and longitude with their hemispheres, to `digits` decimals.
 *
 * @example formatCoordinates(-34.6132, -58.3772) === '34.613°S, 58.377°W'
 * @example formatCoordinates(33.3406, 44.4009) === '33.341°N, 44.401°E'
 */
export function formatCoordinates(lat: number, lon: number, digits = 3): string {
	if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new Error(`formatCoordinates: not a coordinate: ${lat}, ${lon}`);
	return `${hemisphere(lat, 'N', 'S', digits)}, ${hemisphere(lon, 'E', 'W', digits)}`;
}

function hemisphere(value: number, positive: string, negative: string, digits: number): string {
	const text = Math.abs(value).toFixed(digits);
	// A value that rounds to zero has no hemisphere worth a sign: 0.000°N, not 0.000°S.
	const zero = Number(text) === 0;
	return `${text}°${value < 0 && !zero ? negative : positive}`;
}
