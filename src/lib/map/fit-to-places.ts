/** Moves the camera to show some places: one place is centred at a useful zoom, several are fitted. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { IndexPlace } from '$lib/domain/atlas-index';
import { longitudeSpan } from '$lib/domain/layers/longitude-span';

const ZOOM_FOR: Record<string, number> = { country: 4.5, region: 6.5, area: 7, city: 7.5, town: 8, facility: 9, landmark: 9 };

/** Eases (or jumps, when motion is reduced) to the places. */
export function fitToPlaces(map: MapLibreMap, places: readonly IndexPlace[], reduceMotion: boolean): void {
	if (!places.length) return;
	const duration = reduceMotion ? 0 : 800;
	if (places.length === 1) {
		const p = places[0]!;
		const zoom = Math.max(map.getZoom(), Math.min(ZOOM_FOR[p.kind] ?? 7, map.getZoom() + 3));
		map.easeTo({ center: [p.lon, p.lat], zoom: p.kind === 'country' ? Math.min(map.getZoom(), 5) : zoom, duration });
		return;
	}
	// Across the antimeridian when that is the narrower way round (Fiji and Samoa).
	const [west, east] = longitudeSpan(places.map((p) => p.lon));
	const lats = places.map((p) => p.lat);
	map.fitBounds(
		[
			[west, Math.min(...lats)],
			[east, Math.max(...lats)]
		],
		{ padding: 60, maxZoom: 8, duration }
	);
}
