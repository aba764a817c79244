/**
 * The world beyond the regional basemap: finer coasts, country borders, country names and the largest
 * cities and capitals (`static/basemap/world-*.geojson`, built by `npm run basemap`). Added after the first frame,
 * so the first view does not wait for them; inside the region the regional layers draw over them.
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import {
	BASEMAP_COLORS,
	bilingual,
	BOLD,
	CITY_DOT_PAINT,
	CITY_LABEL_LAYOUT,
	COUNTRY_LABEL_ANCHORS,
	COUNTRY_LABELS_MAX_ZOOM,
	FIRST_LABEL_LAYER_ID,
	LABEL_HALO,
	PROVINCE_BORDER_PAINT,
	PROVINCE_LABEL_LAYOUT,
	WORLD_DIVISIONS_MIN_ZOOM
} from './basemap-style';
import { shortCredit, WORLD_COUNTRIES } from '$lib/domain/credits/data-credits';

/** Capitals from zoom 3, other large cities from zoom 4. */
const CITIES: ExpressionSpecification = ['any', ['get', 'capital'], ['>=', ['zoom'], 4]];

/** Adds the world layers once; later calls do nothing. Hide the atlas's own cities afterwards (`hideBasemapTwins`). */
export function addWorldLayers(map: MapLibreMap, baseUrl: string): void {
	if (map.getSource('world-borders')) return;
	const c = BASEMAP_COLORS;
	const data = (file: string) => `${baseUrl}/basemap/${file}`;
	const labelsBefore = map.getLayer(FIRST_LABEL_LAYER_ID) ? FIRST_LABEL_LAYER_ID : undefined;
	map.addSource('world-borders', { type: 'geojson', data: data('world-borders.geojson'), attribution: 'Natural Earth' });
	// Each country's local name is world-countries' (ODbL 1.0), which asks for credit where it is drawn.
	map.addSource('world-country-labels', { type: 'geojson', data: data('world-country-labels.geojson'), attribution: shortCredit(WORLD_COUNTRIES) });
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
			paint: CITY_DOT_PAINT
		},
		labelsBefore
	);
	map.addLayer(
		{
			id: 'world-country-labels',
			type: 'symbol',
			source: 'world-country-labels',
			minzoom: 2,
			maxzoom: COUNTRY_LABELS_MAX_ZOOM,
			layout: { 'text-field': bilingual(1), 'text-font': BOLD, 'text-line-height': 1.2, 'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14], 'text-max-width': 8, 'text-letter-spacing': 0.04, 'text-variable-anchor-offset': COUNTRY_LABEL_ANCHORS },
			paint: { 'text-color': c.countryLabel, ...LABEL_HALO }
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
			layout: CITY_LABEL_LAYOUT,
			paint: { 'text-color': c.cityLabel, ...LABEL_HALO }
		},
		labelsBefore
	);
}

/**
 * Replaces the first view's coarse land (1:110m, 5,000 points) with finer coasts (1:50m, 60,000 points).
 * Tiling the finer coasts takes the map's worker about half a second on a slow machine, which the
 * first picture of a view outside the region (a presentation's opening step) need not wait for: the
 * map calls this once it has drawn the world at the coarse scale.
 */
export function refineWorldCoasts(map: MapLibreMap, baseUrl: string): void {
	const land = map.getSource('world-land');
	if (land?.type === 'geojson') (land as import('maplibre-gl').GeoJSONSource).setData(`${baseUrl}/basemap/world-land-50m.geojson`);
}

/**
 * Adds the first-level divisions of the world (states, provinces, oblasts: dashed lines, and names
 * with the local one beneath where the data has it) once; later calls do nothing. Inside the region
 * the regional provinces, finer, cover them.
 */
export function addWorldDivisions(map: MapLibreMap, baseUrl: string): void {
	if (map.getSource('world-admin1-borders')) return;
	const data = (file: string) => `${baseUrl}/basemap/${file}`;
	map.addSource('world-admin1-borders', { type: 'geojson', data: data('world-admin1-borders.geojson'), attribution: 'Natural Earth' });
	// Which local name a division shows follows its country's official languages in world-countries.
	map.addSource('world-admin1-labels', { type: 'geojson', data: data('world-admin1-labels.geojson'), attribution: shortCredit(WORLD_COUNTRIES) });
	map.addLayer(
		{ id: 'world-admin1-borders', type: 'line', source: 'world-admin1-borders', minzoom: WORLD_DIVISIONS_MIN_ZOOM, layout: { 'line-join': 'round' }, paint: PROVINCE_BORDER_PAINT },
		map.getLayer('world-borders') ? 'world-borders' : undefined
	);
	map.addLayer(
		{
			id: 'world-admin1-labels',
			type: 'symbol',
			source: 'world-admin1-labels',
			minzoom: 5,
			// Natural Earth's suggested zoom for each label decides which wins when they collide.
			layout: { ...PROVINCE_LABEL_LAYOUT, 'symbol-sort-key': ['get', 'rank'] },
			paint: { 'text-color': BASEMAP_COLORS.provinceLabel, ...LABEL_HALO }
		},
		// Beneath the world's cities, whose names win where the two collide (Lagos over Lagos State).
		map.getLayer('world-city-dots') ? 'world-city-dots' : map.getLayer(FIRST_LABEL_LAYER_ID) ? FIRST_LABEL_LAYER_ID : undefined
	);
}
