/**
 * The world beyond the regional basemap: finer coasts, country borders, country names and the largest
 * cities and capitals (`static/basemap/world-*.geojson`, built by `npm run basemap`). Added after the first frame,
 * so the first view does not wait for them; inside the region the regional layers draw over them.
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_COLORS, BOLD, FIRST_LABEL_LAYER_ID, REGULAR } from './basemap-style';

/** Capitals from zoom 3, other large cities from zoom 4. */
const CITIES: ExpressionSpecification = ['any', ['get', 'capital'], ['>=', ['zoom'], 4]];

/** Adds the world layers once; later calls do nothing. Hide the atlas's own cities afterwards (`hideBasemapTwins`). */
export function addWorldLayers(map: MapLibreMap, baseUrl: string): void {
	if (map.getSource('world-borders')) return;
	const c = BASEMAP_COLORS;
	const data = (file: string) => `${baseUrl}/basemap/${file}`;
	const halo = { 'text-halo-color': c.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.4 };
	const labelsBefore = map.getLayer(FIRST_LABEL_LAYER_ID) ? FIRST_LABEL_LAYER_ID : undefined;
	// The coarse land of the first view gives way to finer coasts.
	const land = map.getSource('world-land');
	if (land?.type === 'geojson') (land as import('maplibre-gl').GeoJSONSource).setData(data('world-land-50m.geojson'));
	map.addSource('world-borders', { type: 'geojson', data: data('world-borders.geojson'), attribution: 'Natural Earth' });
	map.addSource('world-country-labels', { type: 'geojson', data: data('world-country-labels.geojson') });
	map.addSource('world-cities', { type: 'geojson', data: data('world-cities.geojson'), attribution: 'GeoNames (CC BY 4.0)' });
	// Below the regional land, which covers them where it has its own, finer borders.
	map.addLayer(
		{
			id: 'world-borders',
			type: 'line',
			source: 'world-borders',
			layout: { 'line-join': 'round' },
			paint: { 'line-color': c.countryBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 6, 1.2, 9, 1.8] }
		},
		map.getLayer('land') ? 'land' : undefined
	);
	const cities = CITIES;
	map.addLayer(
		{
			id: 'world-city-dots',
			type: 'circle',
			source: 'world-cities',
			minzoom: 3,
			filter: cities,
			paint: { 'circle-color': c.cityDot, 'circle-radius': ['case', ['get', 'capital'], 3.2, 2.4], 'circle-stroke-color': c.halo, 'circle-stroke-width': 1 }
		},
		labelsBefore
	);
	map.addLayer(
		{
			id: 'world-country-labels',
			type: 'symbol',
			source: 'world-country-labels',
			minzoom: 2,
			maxzoom: 8,
			layout: { 'text-field': ['get', 'name'], 'text-font': BOLD, 'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14], 'text-max-width': 8, 'text-letter-spacing': 0.04 },
			paint: { 'text-color': c.countryLabel, ...halo }
		},
		labelsBefore
	);
	map.addLayer(
		{
			id: 'world-city-labels',
			type: 'symbol',
			source: 'world-cities',
			minzoom: 3,
			filter: cities,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': ['case', ['get', 'capital'], ['literal', BOLD], ['literal', REGULAR]],
				'text-size': ['case', ['get', 'capital'], 12.5, 11.5],
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.55,
				'text-max-width': 8,
				'symbol-sort-key': ['-', 0, ['get', 'population']]
			},
			paint: { 'text-color': c.cityLabel, ...halo }
		},
		labelsBefore
	);
}
