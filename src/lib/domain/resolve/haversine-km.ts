/**
 * The one distance function of the domain code (resolver, gazetteer, layers, scoring): great-circle
 * distance on the mean Earth radius Turf uses, without allocating GeoJSON points, for the resolver's inner loops.
 */

const R = 6371.0088;

/**
 * The great-circle distance in kilometres between two points given in degrees.
 *
 * @example Math.round(haversineKm(33.34, 44.4, 30.5, 47.8)) // Baghdad–Basra, about 450
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const toRad = Math.PI / 180;
	const dLat = (lat2 - lat1) * toRad;
	const dLon = (lon2 - lon1) * toRad;
	const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
	return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}
