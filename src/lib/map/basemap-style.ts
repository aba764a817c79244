/**
 * The offline basemap as a MapLibre style: https://maplibre.org/maplibre-style-spec/root/
 *
 * Everything it loads is served by the app itself (`static/basemap/`, `static/fonts/`, built by
 * `geodata/scripts/build-basemap.ts`). It has no `glyphs`: labels are drawn in the browser from the
 * fonts its `font-faces` declare, which is also how Arabic and Persian names come out joined and
 * right to left.
 */
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	FontFacesSpecification,
	LayerSpecification,
	LineLayerSpecification,
	StyleSpecification,
	SymbolLayerSpecification,
	VariableAnchorOffsetCollectionSpecification
} from 'maplibre-gl';

type CirclePaintSpec = NonNullable<CircleLayerSpecification['paint']>;
type LinePaintSpec = NonNullable<LineLayerSpecification['paint']>;
type SymbolLayoutSpec = NonNullable<SymbolLayerSpecification['layout']>;

/** The layer the app's own data layers should be inserted below (`map.addLayer(layer, FIRST_LABEL_LAYER_ID)`). */
export const FIRST_LABEL_LAYER_ID = 'province-labels';

/**
 * The basemap's label layers, bottom to top; everything else in the style lies beneath them. MapLibre
 * places the topmost labels first, so a city's name wins over the province named after it.
 */
export const BASEMAP_LABEL_LAYER_IDS = ['province-labels', 'city-labels', 'country-labels'] as const;

/** The zoom from which the basemap no longer names countries (the region's and the world's labels). */
export const COUNTRY_LABELS_MAX_ZOOM = 8;

/** The zoom from which the region's towns (`town-layers.ts`) are drawn: the cities alone leave it empty. */
export const TOWNS_MIN_ZOOM = 7;

/** The zoom from which the world's first-level divisions (`world-layers.ts`) are worth their download. */
export const WORLD_DIVISIONS_MIN_ZOOM = 4;

/** West, south, east, north: the region the basemap covers, beyond which it has no data (for `maxBounds`). */
export const BASEMAP_BOUNDS: [number, number, number, number] = [24, 20, 70, 46];

/**
 * The fill layer that highlights provinces: set its filter to
 * `idsMatch('iso', ['IQ-DI'])` (apply-visibility.ts); it matches nothing until then.
 */
export const PROVINCE_HIGHLIGHT_LAYER_ID = 'province-highlight';

/** The fill layer that highlights countries by ISO 3166-1 alpha-2 code, used like the province one. */
export const COUNTRY_HIGHLIGHT_LAYER_ID = 'country-highlight';

/**
 * `yes` for features of the countries the corpus is about (`corpus.focusCountries`), `no` elsewhere.
 * A `match` needs at least one label, so with no focus countries everything gets `no`.
 */
function byFocus<T extends number | string>(focus: readonly string[], property: 'iso' | 'country', yes: T, no: T): ExpressionSpecification | T {
	return focus.length ? (['match', ['get', property], [...focus], yes, no] as ExpressionSpecification) : no;
}

/**
 * The palette, exported for the tests that hold the labels to WCAG AA (4.5:1) against every ground
 * they sit on.
 */
export const BASEMAP_COLORS = {
	sea: '#c3d6e3',
	land: '#e8e5de',
	focusLand: '#f5f3ee',
	riverAndLake: '#8db0cb',
	lake: '#c3d6e3',
	provinceBorder: '#9d968b',
	countryBorder: '#7a7065',
	highlight: '#e3a03f',
	highlightOutline: '#b36b12',
	countryLabel: '#2f2a25',
	provinceLabel: '#5a5249',
	cityLabel: '#2f2a25',
	cityDot: '#4b443d',
	halo: '#fbfaf7'
} as const;

export const REGULAR = ['Noto Sans Regular'];
// The Arabic second line of a bold label falls back to the regular face, the only Arabic one shipped.
export const BOLD = ['Noto Sans Bold', 'Noto Sans Regular'];

/** The halo around every basemap label. */
export const LABEL_HALO = { 'text-halo-color': BASEMAP_COLORS.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.4 };

/** A dashed line between two provinces of one country (the region's and the world's). */
export const PROVINCE_BORDER_PAINT: LinePaintSpec = {
	'line-color': BASEMAP_COLORS.provinceBorder,
	'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 8, 1.2],
	'line-dasharray': [3, 2]
};

/** A province's name, with its local name beneath where there is one (the region's and the world's). */
export const PROVINCE_LABEL_LAYOUT: SymbolLayoutSpec = {
	'text-field': bilingual(1.1),
	'text-font': REGULAR,
	// Small capitals set a province apart from the city it is often named after.
	'text-transform': 'uppercase',
	'text-letter-spacing': 0.08,
	'text-size': ['interpolate', ['linear'], ['zoom'], 5, 9.5, 8, 12],
	'text-max-width': 8,
	'text-line-height': 1.3,
	'text-padding': 4
};

/**
 * Where a country's name may stand: centred on the country where there is room, else just beside that
 * spot, so that an event count placed there first (atlas-layers.ts) does not take the name off the map.
 */
export const COUNTRY_LABEL_ANCHORS: VariableAnchorOffsetCollectionSpecification = ['center', [0, 0], 'top', [0, 1], 'bottom', [0, -1], 'left', [1.5, 0], 'right', [-1.5, 0]];

/** A city's dot: larger for a capital (the regional cities and the world's). */
export const CITY_DOT_PAINT: CirclePaintSpec = {
	'circle-color': BASEMAP_COLORS.cityDot,
	'circle-radius': ['case', ['get', 'capital'], 3.2, 2.4],
	'circle-stroke-color': BASEMAP_COLORS.halo,
	'circle-stroke-width': 1
};

/** A city's name beside its dot, bold for a capital, the most populous placed first. */
export const CITY_LABEL_LAYOUT: SymbolLayoutSpec = {
	'text-field': ['get', 'name'],
	'text-font': ['case', ['get', 'capital'], ['literal', BOLD], ['literal', REGULAR]],
	'text-size': ['case', ['get', 'capital'], 12.5, 11.5],
	'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
	'text-radial-offset': 0.55,
	'text-justify': 'auto',
	'text-max-width': 8,
	'symbol-sort-key': ['-', 0, ['get', 'population']]
};

/** Unicode ranges as Fontsource cut the Noto files, so that each codepoint goes to the file that has it. */
const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'];
const LATIN_EXT = ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1D00-1DBF', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF'];
// Local names of the world's countries and divisions (Україна, Ελλάδα); other scripts fall back to the reader's own fonts.
const CYRILLIC = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];
const GREEK = ['U+0370-0377', 'U+037A-037F', 'U+0384-038A', 'U+038C', 'U+038E-03A1', 'U+03A3-03FF'];
// Includes the presentation forms (U+FB50–FDFF, U+FE70–FEFC) MapLibre shapes Arabic letters into.
const ARABIC = ['U+0600-06FF', 'U+0750-077F', 'U+0870-088E', 'U+0890-0891', 'U+0897-08E1', 'U+08E3-08FF', 'U+FB50-FDFF', 'U+FE70-FE74', 'U+FE76-FEFC'];

/**
 * Builds the basemap style, with every URL under `baseUrl`: the path the app is served from, such as
 * `''`, `'/atlas'` or SvelteKit's `base`.
 *
 * @param options.baseUrl - a same-origin path prefix, without a trailing slash
 * @param options.focusCountries - ISO codes of the countries the corpus is about, drawn a shade
 *   lighter and labelled larger than their neighbours (`corpus.focusCountries` in the index)
 * @returns a complete style without `glyphs`
 * @example
 * const map = new Map({ container, style: basemapStyle({ baseUrl: base }) });
 */
export function basemapStyle(options: { baseUrl: string; focusCountries?: readonly string[] }): StyleSpecification {
	const { baseUrl, focusCountries: focus = [] } = options;
	if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(baseUrl)) {
		throw new Error(`basemapStyle: baseUrl must be a same-origin path such as '' or '/atlas', not "${baseUrl}"`);
	}
	let end = baseUrl.length;
	while (end > 0 && baseUrl[end - 1] === '/') end--;
	const root = baseUrl.slice(0, end);
	const data = (file: string) => `${root}/basemap/${file}`;
	const font = (file: string) => `${root}/fonts/${file}`;

	const fontFaces: FontFacesSpecification = {
		'Noto Sans Regular': [
			{ url: font('noto-sans-latin-400-normal.woff2'), 'unicode-range': LATIN },
			{ url: font('noto-sans-latin-ext-400-normal.woff2'), 'unicode-range': LATIN_EXT },
			{ url: font('noto-sans-cyrillic-400-normal.woff2'), 'unicode-range': CYRILLIC },
			{ url: font('noto-sans-greek-400-normal.woff2'), 'unicode-range': GREEK },
			{ url: font('noto-sans-arabic-arabic-400-normal.woff2'), 'unicode-range': ARABIC }
		],
		'Noto Sans Bold': [{ url: font('noto-sans-latin-700-normal.woff2'), 'unicode-range': LATIN }]
	};

	return {
		version: 8,
		name: 'Source Atlas basemap',
		'font-faces': fontFaces,
		sources: {
			'world-land': { type: 'geojson', data: data('world-land.geojson') },
			countries: { type: 'geojson', data: data('countries.geojson'), attribution: 'Natural Earth' },
			'country-borders': { type: 'geojson', data: data('country-borders.geojson') },
			'country-labels': { type: 'geojson', data: data('country-labels.geojson') },
			provinces: { type: 'geojson', data: data('provinces.geojson') },
			'province-borders': { type: 'geojson', data: data('province-borders.geojson') },
			'province-labels': { type: 'geojson', data: data('province-labels.geojson') },
			rivers: { type: 'geojson', data: data('rivers.geojson') },
			lakes: { type: 'geojson', data: data('lakes.geojson') },
			cities: { type: 'geojson', data: data('cities.geojson'), attribution: 'GeoNames (CC BY 4.0)' }
		},
		layers: [...groundLayers(focus), ...labelLayers(focus)]
	};
}

function groundLayers(focus: readonly string[]): LayerSpecification[] {
	const c = BASEMAP_COLORS;
	const nothing: ExpressionSpecification = ['in', ['get', 'iso'], ['literal', []]];
	return [
		{ id: 'sea', type: 'background', paint: { 'background-color': c.sea } },
		{ id: 'world-land', type: 'fill', source: 'world-land', paint: { 'fill-color': c.land, 'fill-antialias': false } },
		{
			id: 'land',
			type: 'fill',
			source: 'countries',
			paint: { 'fill-color': byFocus(focus, 'iso', c.focusLand, c.land), 'fill-antialias': false }
		},
		{ id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': c.lake, 'fill-outline-color': c.riverAndLake } },
		{
			id: 'rivers',
			type: 'line',
			source: 'rivers',
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': c.riverAndLake, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 6, 1.2, 9, 2] }
		},
		{
			id: COUNTRY_HIGHLIGHT_LAYER_ID,
			type: 'fill',
			source: 'countries',
			filter: nothing,
			paint: { 'fill-color': c.highlight, 'fill-opacity': 0.25, 'fill-outline-color': c.highlightOutline }
		},
		{
			id: PROVINCE_HIGHLIGHT_LAYER_ID,
			type: 'fill',
			source: 'provinces',
			filter: nothing,
			paint: { 'fill-color': c.highlight, 'fill-opacity': 0.2, 'fill-outline-color': c.highlightOutline }
		},
		{
			id: 'province-borders',
			type: 'line',
			source: 'province-borders',
			minzoom: 3.5,
			layout: { 'line-join': 'round' },
			paint: {
				...PROVINCE_BORDER_PAINT,
				// The focus countries' provinces show first; their neighbours' would crowd the overview.
				'line-opacity': ['interpolate', ['linear'], ['zoom'], 3.5, 0, 4.2, byFocus(focus, 'country', 1, 0.35), 5.5, 1]
			}
		},
		{
			id: 'country-borders',
			type: 'line',
			source: 'country-borders',
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				// Lines around areas without an ISO code (the Cyprus buffer zone, the sovereign base areas) are drawn lighter.
				'line-color': ['match', ['get', 'kind'], 'area', c.provinceBorder, c.countryBorder],
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, ['match', ['get', 'kind'], 'area', 0.5, 0.8], 6, ['match', ['get', 'kind'], 'area', 0.8, 1.4], 9, ['match', ['get', 'kind'], 'area', 1.2, 2.2]]
			}
		},
		{
			id: 'city-dots',
			type: 'circle',
			source: 'cities',
			minzoom: 4,
			filter: cityFilter(),
			paint: CITY_DOT_PAINT
		}
	];
}

function labelLayers(focus: readonly string[]): LayerSpecification[] {
	const c = BASEMAP_COLORS;
	const [provinceLabels, cityLabels, countryLabels] = BASEMAP_LABEL_LAYER_IDS;
	return [
		{
			id: provinceLabels,
			type: 'symbol',
			source: 'province-labels',
			minzoom: 5,
			layout: PROVINCE_LABEL_LAYOUT,
			paint: { 'text-color': c.provinceLabel, ...LABEL_HALO }
		},
		{
			id: cityLabels,
			type: 'symbol',
			source: 'cities',
			minzoom: 4,
			filter: cityFilter(),
			layout: CITY_LABEL_LAYOUT,
			paint: { 'text-color': c.cityLabel, ...LABEL_HALO }
		},
		{
			id: countryLabels,
			type: 'symbol',
			source: 'country-labels',
			maxzoom: COUNTRY_LABELS_MAX_ZOOM,
			layout: {
				'text-field': bilingual(1),
				'text-font': BOLD,
				'text-size': ['interpolate', ['linear'], ['zoom'], 3, byFocus(focus, 'iso', 13, 11), 6, byFocus(focus, 'iso', 18, 14)],
				'text-letter-spacing': 0.04,
				'text-max-width': 9,
				'text-line-height': 1.2,
				'text-variable-anchor-offset': COUNTRY_LABEL_ANCHORS,
				'symbol-sort-key': byFocus(focus, 'iso', 0, 1)
			},
			paint: { 'text-color': c.countryLabel, ...LABEL_HALO }
		}
	];
}

/** Capitals from zoom 4, other cities from zoom 5 (zoom in a filter is read at whole levels). */
function cityFilter(): ExpressionSpecification {
	return ['any', ['get', 'capital'], ['>=', ['zoom'], 5]];
}

/** The feature's `name`, and its `name_local` on a second line scaled by `localScale` where it has one. */
export function bilingual(localScale: number): ExpressionSpecification {
	return [
		'let',
		'local',
		['coalesce', ['get', 'name_local'], ''],
		[
			'case',
			['==', ['var', 'local'], ''],
			['format', ['get', 'name'], {}],
			['format', ['get', 'name'], {}, '\n', {}, ['var', 'local'], { 'font-scale': localScale }]
		]
	];
}
