/**
 * Towns of the region (`static/basemap/towns.geojson`, built by `npm run basemap`): dots and names
 * from zoom 7, where the cities alone leave the basemap empty. Added once the reader zooms in that
 * far, so the first view does not wait for them; beneath the cities, whose names win a collision.
 * Layers: https://maplibre.org/maplibre-style-spec/layers/
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_COLORS, CITY_DOT_PAINT, CITY_LABEL_LAYOUT, LABEL_HALO, REGULAR, TOWNS_MIN_ZOOM } from './basemap-style';

export const TOWN_DOTS_LAYER = 'town-dots';
export const TOWN_LABELS_LAYER = 'town-labels';

/** The larger towns first, the rest from zoom 9 (zoom in a filter is read at whole levels). */
const TOWNS: ExpressionSpecification = ['any', ['>=', ['get', 'population'], 50_000], ['>=', ['zoom'], 9]];

/** Adds the towns' source and layers once; later calls do nothing. Hide the atlas's own places afterwards (`hideBasemapTwins`). */
export function addTownLayers(map: MapLibreMap, baseUrl: string): void {
	if (map.getSource('towns')) return;
	map.addSource('towns', { type: 'geojson', data: `${baseUrl}/basemap/towns.geojson`, attribution: 'GeoNames (CC BY 4.0)' });
	map.addLayer(
		{ id: TOWN_DOTS_LAYER, type: 'circle', source: 'towns', minzoom: TOWNS_MIN_ZOOM, filter: TOWNS, paint: { ...CITY_DOT_PAINT, 'circle-radius': 2 } },
		map.getLayer('city-dots') ? 'city-dots' : undefined
	);
	map.addLayer(
		{
			id: TOWN_LABELS_LAYER,
			type: 'symbol',
			source: 'towns',
			minzoom: TOWNS_MIN_ZOOM,
			filter: TOWNS,
			layout: { ...CITY_LABEL_LAYOUT, 'text-font': REGULAR, 'text-size': 10.5 },
			paint: { 'text-color': BASEMAP_COLORS.provinceLabel, ...LABEL_HALO }
		},
		// Beneath the cities' names, which MapLibre places first and so win where the two collide.
		map.getLayer('city-labels') ? 'city-labels' : undefined
	);
}
