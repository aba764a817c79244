/**
 * The marker a reader drags to put a place where it really is, when no gazetteer entry fits. It is
 * MapLibre's own draggable marker, which a keyboard can move too: focused, each arrow key moves it a
 * pixel (with Shift ten), firing the same drag events as a mouse or a finger.
 * API: https://maplibre.org/maplibre-gl-js/docs/API/classes/Marker/
 */
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { PLACING } from '$lib/palette';
import { preloadMapLibre } from './create-map';

/**
 * Adds a draggable marker for `label` at `at`, focused so the arrow keys move it at once; `onmove` gets
 * its position each time a drag (or a run of key presses) ends.
 */
export async function addPlacingMarker(
	map: MapLibreMap,
	at: { lat: number; lon: number },
	label: string,
	onmove: (at: { lat: number; lon: number }) => void
): Promise<Marker> {
	const { Marker } = await preloadMapLibre();
	const marker = new Marker({ draggable: true, color: PLACING }).setLngLat([at.lon, at.lat]);
	const element = marker.getElement();
	// Set before it is added: MapLibre gives a default marker its generic label only when it has none.
	element.setAttribute('aria-label', `Where “${label}” is: drag it, or move it with the arrow keys (Shift moves ten times as far)`);
	element.dataset.testid = 'placing-marker';
	marker.on('dragend', () => {
		const p = marker.getLngLat().wrap();
		onmove({ lat: p.lat, lon: p.lng });
	});
	marker.addTo(map);
	element.focus({ preventScroll: true });
	return marker;
}
