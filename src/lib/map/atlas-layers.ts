/**
 * The atlas's own sources and layers on top of the basemap: region highlights, movement arcs, places
 * (sized by mentions, coloured by kind), the events around each place, and place labels. Nothing is
 * drawn more precisely than its source: an event the editors placed (no quote does) is a hollow dot,
 * an arc with such an end is dashed, and events known only at a country or province are counted in
 * words under it rather than drawn as dots.
 * Style spec: https://maplibre.org/maplibre-style-spec/layers/
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { EVENT_FAMILIES, HIGHLIGHT, KIND_COLOURS, SELECTED } from '$lib/palette';
import type { AtlasData } from '$lib/state/load-atlas-data';
import type { FirstViewIndex } from '$lib/domain/atlas-index';
import type { Visible } from '$lib/domain/filter/filter-atlas';
import { BASEMAP_LABEL_LAYER_IDS, COUNTRY_LABELS_MAX_ZOOM, FIRST_LABEL_LAYER_ID } from './basemap-style';
import { coarseEventCounts } from './coarse-event-counts';
import { crowdedPlaces, ringDots, type RingDot } from './crowded-places';
import { PLACE_RADIUS_STOPS } from './place-marker-radius';

export const PLACES_LAYER = 'atlas-places';
export const EVENTS_LAYER = 'atlas-events';
export const LINKS_LAYER = 'atlas-links';
/** Arcs with an end the editors inferred: dashed, one colour. */
export const INFERRED_LINKS_LAYER = 'atlas-links-inferred';
/** Arrowheads along arcs read from vector tiles, which cannot carry the light-to-dark gradient. */
export const LINK_ARROWS_LAYER = 'atlas-link-arrows';
/** "14 events, whole country": events placed only at a country or province. */
export const COARSE_EVENTS_LAYER = 'atlas-coarse-events';
export const COARSE_EVENTS_SOURCE = 'atlas-coarse-events';
export const PLACE_LABELS_LAYER = 'atlas-place-labels';
/** One badge with the number of events at a place whose dots would overlap on the ring. */
export const CROWDED_LAYER = 'atlas-crowded';
export const CROWDED_LABELS_LAYER = 'atlas-crowded-labels';
const CROWDED_SOURCE = 'atlas-crowded';
/** Radius of an event dot on screen, in pixels: a click farther from its centre is not on it. */
export const EVENT_DOT_RADIUS = 7;
/** Radius of the count badge of a crowded place, in pixels. */
export const CROWDED_RADIUS = 11;
/**
 * Places that stand for an area (a country, a province, a stretch of land), drawn as hollow rings
 * beneath the towns: their point is only where the area is labelled, so it must not hide a town in it.
 */
export const AREA_KINDS: readonly string[] = ['country', 'region', 'area'];
const AREA_KIND_LIST = ['literal', [...AREA_KINDS]] as unknown as ExpressionSpecification;

/** Layers a click or hover can hit, in order of precedence. */
export const INTERACTIVE_LAYERS = [EVENTS_LAYER, CROWDED_LAYER, PLACES_LAYER, COARSE_EVENTS_LAYER, LINKS_LAYER, INFERRED_LINKS_LAYER];

/** Splits the arcs between the solid layer (both ends quoted) and the dashed one. */
export const QUOTED_LINKS: ExpressionSpecification = ['!', ['to-boolean', ['get', 'inferred']]];
export const INFERRED_LINKS: ExpressionSpecification = ['to-boolean', ['get', 'inferred']];

/**
 * The places the atlas names itself. A country with an ISO code is left to the basemap, which names
 * every current country ("Iraq العراق") up to zoom 8 (`COUNTRY_LABELS_MAX_ZOOM`); a second label
 * beside its ring said it twice and hid the towns near the ring. A country without one (Yugoslavia)
 * keeps its label, and every country gets it back where the basemap stops naming countries.
 */
export const LABELLED_BY_ATLAS: ExpressionSpecification = [
	'any',
	['!=', ['get', 'kind'], 'country'],
	['!', ['to-boolean', ['get', 'iso3166']]],
	['>=', ['zoom'], COUNTRY_LABELS_MAX_ZOOM]
];

/** Event dots are drawn only at places that are points, not at countries or provinces. */
export const POINT_PLACES: ExpressionSpecification = ['!', ['in', ['get', 'placeKind'], ['literal', ['country', 'region']]]];

const EVENT_ICON = 'atlas-event-dot';
/** Where the n-th event of a place sits on the ring around it, in screen pixels from the place. */
export const RING = Array.from({ length: 12 }, (_, n) => {
	const angle = -Math.PI / 2 + (n * 2 * Math.PI) / 12;
	return [Math.round(Math.cos(angle) * 16), Math.round(Math.sin(angle) * 16)];
});

const kindColour: ExpressionSpecification = [
	'match',
	['get', 'kind'],
	...Object.entries(KIND_COLOURS).flatMap(([k, c]) => [k, c]),
	'#333333'
] as unknown as ExpressionSpecification;

const eventColour: ExpressionSpecification = [
	'match',
	['get', 'type'],
	...EVENT_FAMILIES.flatMap((f) => [[...f.types], f.colour]),
	'#4d4d4d'
] as unknown as ExpressionSpecification;

/**
 * Puts new data into the layers already on the map (the reader added or removed an article): the same
 * sources, styles and filters, new features.
 */
export function replaceAtlasData(map: MapLibreMap, data: AtlasData): void {
	dotsOf.set(map, ringDots(data.index.events));
	hideBasemapTwins(map, data);
	setData(map, 'atlas-places', data.places);
	if (!data.index.tiles) {
		setData(map, 'atlas-events', data.events);
		setData(map, 'atlas-links', data.links);
	}
}

/**
 * Adds the atlas sources and layers. Region and country places are drawn as rings, the rest filled,
 * so a province's point is not mistaken for a town in it.
 */
export function addAtlasLayers(map: MapLibreMap, data: AtlasData, baseUrl: string): void {
	dotsOf.set(map, ringDots(data.index.events));
	const tiles = data.index.tiles;
	addAtlasSources(map, data, baseUrl);
	const below = map.getLayer(FIRST_LABEL_LAYER_ID) ? FIRST_LABEL_LAYER_ID : undefined;
	for (const layer of [...linkLayers(tiles), placesLayer(), eventsLayer(tiles)]) map.addLayer(layer, below);
	hideBasemapTwins(map, data);
	for (const layer of [placeLabelsLayer(), coarseEventsLayer(), ...crowdedLayers()]) map.addLayer(layer);
	stackLabelsAndMarks(map);
}

/** How a large corpus's events and links are tiled (see the index's `tiles`); undefined for GeoJSON. */
type Tiles = AtlasData['index']['tiles'];

/** The atlas's sources: places, events and links (GeoJSON, or vector tiles for a large corpus), crowded places and coarse event counts. */
function addAtlasSources(map: MapLibreMap, data: AtlasData, baseUrl: string): void {
	const tiles = data.index.tiles;
	map.addSource('atlas-places', { type: 'geojson', data: data.places, promoteId: 'id' });
	// Small corpora: the GeoJSON layers, whole. Large ones: vector tiles read by range requests, the same
	// features and properties cut by the build (the layers below then name their `source-layer`).
	const tiled = (name: 'events' | 'links'): SourceSpecification | undefined =>
		tiles
			? {
					type: 'vector',
					...(tiles[name] ? { url: `pmtiles://${new URL(`${baseUrl}/data/${tiles[name]}`, location.href).href}` } : { tiles: [] }),
					maxzoom: tiles.maxZoom,
					promoteId: { [name]: 'id' }
				}
			: undefined;
	map.addSource('atlas-events', tiled('events') ?? { type: 'geojson', data: data.events, promoteId: 'id' });
	map.addSource(CROWDED_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'place' });
	map.addSource('atlas-links', tiled('links') ?? { type: 'geojson', data: data.links, promoteId: 'id', lineMetrics: true });
	map.addSource(COARSE_EVENTS_SOURCE, {
		type: 'geojson',
		data: coarseEventCounts(data.index.places, data.index.events, {
			places: new Set(data.index.places.map((p) => p.id)),
			events: new Set(data.index.events.map((e) => e.id))
		}),
		promoteId: 'place'
	});
	if (!map.hasImage(EVENT_ICON)) map.addImage(EVENT_ICON, dotImage(36, 10), { sdf: true, pixelRatio: 2 });
}

/** The arcs: dashed where an end was inferred, a gradient from origin to destination, arrowheads on tiled arcs. */
function linkLayers(tiles: Tiles): LayerSpecification[] {
	return [
		{
			id: INFERRED_LINKS_LAYER,
			type: 'line',
			source: 'atlas-links',
			...(tiles ? { 'source-layer': 'links' } : {}),
			filter: INFERRED_LINKS,
			paint: {
				'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, 2],
				'line-color': 'rgba(140, 60, 10, 0.7)',
				'line-dasharray': [2, 2]
			}
		},
		{
			id: LINKS_LAYER,
			type: 'line',
			source: 'atlas-links',
			...(tiles ? { 'source-layer': 'links' } : {}),
			filter: QUOTED_LINKS,
			layout: { 'line-cap': 'round' },
			paint: {
				'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 2.2],
				// Light at the origin, dark at the destination: the direction of the movement without
				// arrowheads. A gradient needs a GeoJSON source's line metrics; tiled arcs are one colour.
				...(tiles
					? { 'line-color': 'rgba(140, 60, 10, 0.8)' }
					: { 'line-gradient': ['interpolate', ['linear'], ['line-progress'], 0, 'rgba(140, 60, 10, 0.25)', 1, 'rgba(140, 60, 10, 0.95)'] as ExpressionSpecification }),
				'line-dasharray': [1, 0]
			}
		},
		...(tiles
			? [
					{
						id: LINK_ARROWS_LAYER,
						type: 'symbol',
						source: 'atlas-links',
						'source-layer': 'links',
						filter: QUOTED_LINKS,
						layout: {
							'symbol-placement': 'line',
							'symbol-spacing': 90,
							'text-field': '›',
							'text-size': 18,
							'text-font': ['literal', ['Noto Sans Bold']],
							'text-keep-upright': false,
							'text-allow-overlap': true,
							'text-ignore-placement': true
						},
						paint: { 'text-color': 'rgba(140, 60, 10, 0.95)', 'text-halo-color': '#fff', 'text-halo-width': 1 }
					} satisfies LayerSpecification
				]
			: [])
	];
}

/** The places: proportional circles, areas as hollow rings beneath the towns. */
function placesLayer(): LayerSpecification {
	return {
		id: PLACES_LAYER,
		type: 'circle',
		source: 'atlas-places',
		// Smaller circles over larger ones, as proportional symbols are drawn, and every area beneath
		// every town: Iraq's ring and Jurf al-Sakher's marker must not cover Karbala's (issue 12).
		layout: { 'circle-sort-key': ['-', ['case', ['in', ['get', 'kind'], AREA_KIND_LIST], 0, 1e6], ['get', 'mentionCount']] },
		paint: {
			'circle-radius': ['interpolate', ['linear'], ['sqrt', ['max', 1, ['get', 'mentionCount']]], ...PLACE_RADIUS_STOPS.flat()] as unknown as ExpressionSpecification,
			'circle-color': kindColour,
			// Hollow: a place only machine-read, unreviewed articles name (see the legend).
			'circle-opacity': ['case', ['boolean', ['get', 'unreviewed'], false], 0.12, ['in', ['get', 'kind'], AREA_KIND_LIST], 0.08, 0.85],
			'circle-stroke-color': [
				'case',
				['boolean', ['feature-state', 'selected'], false], SELECTED,
				['boolean', ['feature-state', 'highlighted'], false], HIGHLIGHT,
				kindColour
			],
			'circle-stroke-width': [
				'case',
				['boolean', ['feature-state', 'selected'], false], 3.5,
				['boolean', ['feature-state', 'highlighted'], false], 3.5,
				['boolean', ['feature-state', 'hover'], false], 3,
				['boolean', ['get', 'unreviewed'], false], 2.5,
				['in', ['get', 'kind'], AREA_KIND_LIST], 2.5, 1.2
			]
		}
	};
}

/** The event dots on the ring around each place that is a point. */
function eventsLayer(tiles: Tiles): LayerSpecification {
	return {
		id: EVENTS_LAYER,
		type: 'symbol',
		source: 'atlas-events',
		...(tiles ? { 'source-layer': 'events' } : {}),
		minzoom: 3.5,
		// Events set in a whole country or province have no point of their own: the place's panel and
		// the list carry them, and the map keeps its dots for places that are points.
		filter: POINT_PLACES,
		layout: {
			'icon-image': EVENT_ICON,
			// Always drawn, and the names make way for them: no name is hidden under a dot.
			'icon-allow-overlap': true,
			'icon-padding': 0,
			'icon-offset': ['match', ['%', ['get', 'slot'], 12], ...RING.flatMap((xy, n) => [n, ['literal', xy]]), ['literal', [0, 0]]] as unknown as ExpressionSpecification
		},
		paint: {
			// A dot the editors placed is hollow: white inside, its type's colour as the ring.
			'icon-color': ['case', ['to-boolean', ['get', 'placeInferred']], '#ffffff', eventColour],
			// Feature state may only drive paint properties, so the selected event gets a thick dark halo.
			'icon-halo-color': [
				'case',
				['boolean', ['feature-state', 'selected'], false], '#000000',
				['get', 'contested'], '#000000',
				['to-boolean', ['get', 'placeInferred']], eventColour,
				'#ffffff'
			],
			'icon-halo-width': [
				'case',
				['boolean', ['feature-state', 'selected'], false], 3,
				['get', 'contested'], 2,
				['to-boolean', ['get', 'placeInferred']], 2.5,
				1.2
			]
		}
	};
}

/** The places' names, with the Arabic name under the English one where it is known. */
function placeLabelsLayer(): LayerSpecification {
	return {
		id: PLACE_LABELS_LAYER,
		type: 'symbol',
		source: 'atlas-places',
		filter: LABELLED_BY_ATLAS,
		layout: {
			'text-field': ['case', ['to-boolean', ['get', 'name_ar']], ['format', ['get', 'name'], {}, '\n', {}, ['get', 'name_ar'], { 'font-scale': 0.9 }], ['get', 'name']],
			'text-font': ['literal', ['Noto Sans Bold', 'Noto Sans Regular']],
			'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 7, 14],
			// Beside its marker on whichever side the event dots and the other names leave free.
			'text-variable-anchor': ['top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
			'text-radial-offset': 1.2,
			'text-justify': 'auto',
			'text-optional': true,
			'symbol-sort-key': ['-', 0, ['get', 'mentionCount']]
		},
		paint: { 'text-color': '#14110e', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 }
	};
}

/** "14 events, whole country": the counts of events placed only at a country or province. */
function coarseEventsLayer(): LayerSpecification {
	return {
		id: COARSE_EVENTS_LAYER,
		type: 'symbol',
		source: COARSE_EVENTS_SOURCE,
		minzoom: 3,
		layout: {
			'text-field': ['get', 'label'],
			'text-font': ['literal', ['Noto Sans Regular']],
			'text-size': 11,
			// Under the ring first; where another count or mark stands there, beside or above it.
			'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
			'text-radial-offset': 2.4,
			'text-optional': true
		},
		paint: {
			'text-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#000000', '#4d4d4d'],
			'text-halo-color': '#fff6dc',
			'text-halo-width': 2.5
		}
	};
}

/** The count badge of a crowded place and its number, on the ring's top spot, where a place's first dot would be, clear of its label. */
function crowdedLayers(): LayerSpecification[] {
	return [
		{
			id: CROWDED_LAYER,
			type: 'circle',
			source: CROWDED_SOURCE,
			minzoom: 3.5,
			paint: {
				'circle-radius': 11,
				'circle-translate': RING[0] as [number, number],
				'circle-color': '#3b3631',
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1.5]
			}
		},
		{
			id: CROWDED_LABELS_LAYER,
			type: 'symbol',
			source: CROWDED_SOURCE,
			minzoom: 3.5,
			layout: {
				'text-field': ['get', 'label'],
				'text-font': ['literal', ['Noto Sans Bold', 'Noto Sans Regular']],
				'text-size': 11,
				'text-offset': ['literal', [RING[0]![0]! / 11, RING[0]![1]! / 11]],
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: { 'text-color': '#ffffff' }
		}
	];
}

/**
 * Orders the names and the marks (bottom to top): the atlas's names, the basemap's country names, the
 * counts of country- and province-level events, then the atlas's markers and dots. MapLibre places the top layer's labels first, so the
 * country names, which the atlas no longer repeats, are not pushed off the map by a town's name; and
 * every marker is drawn over every name, so "Iraq العراق" never hides Karbala's marker (issue 12).
 */
function stackLabelsAndMarks(map: MapLibreMap): void {
	const countryLabels = BASEMAP_LABEL_LAYER_IDS[2];
	if (!map.getLayer(countryLabels)) return;
	map.moveLayer(PLACE_LABELS_LAYER, countryLabels);
	map.moveLayer(COARSE_EVENTS_LAYER, PLACE_LABELS_LAYER);
	map.moveLayer(PLACES_LAYER, CROWDED_LAYER);
	map.moveLayer(EVENTS_LAYER, CROWDED_LAYER);
	// A country's or province's event count is data, not a name: it is placed before every name, so the
	// names make way for it (with its variable anchor it takes the least crowded side of its ring).
	map.moveLayer(COARSE_EVENTS_LAYER, PLACES_LAYER);
}

/** The ring slots of each map's event dots, read once when its layers are added. */
const dotsOf = new WeakMap<MapLibreMap, RingDot[]>();

/**
 * Redraws the event counts for the visible set: under countries and provinces, and as a badge at
 * each place whose dots would overlap. Returns the ids of those crowded places, whose dots the
 * events layer must then hide.
 */
export function updateEventCounts(map: MapLibreMap, index: FirstViewIndex, visible: Visible): Set<string> {
	setData(map, COARSE_EVENTS_SOURCE, coarseEventCounts(index.places, index.events, visible));
	const crowded = crowdedPlaces(index.places, dotsOf.get(map) ?? [], visible, RING.length);
	setData(map, CROWDED_SOURCE, crowded);
	return new Set(crowded.features.map((f) => String(f.properties.place)));
}

function setData(map: MapLibreMap, id: string, data: FeatureCollection): void {
	const source = map.getSource(id);
	if (source && 'setData' in source) (source as unknown as { setData(d: FeatureCollection): void }).setData(data);
}

/**
 * Where a feature of an atlas source keeps its state: tiled sources need the layer inside the tiles.
 *
 * @example map.setFeatureState(featureOf(map, 'atlas-events', 'amerli-siege@amerli'), { selected: true })
 */
export function featureOf(map: MapLibreMap, source: 'atlas-places' | 'atlas-events' | 'atlas-links', id: string) {
	const layer = { 'atlas-events': 'events', 'atlas-links': 'links', 'atlas-places': undefined }[source];
	return map.getSource(source)?.type === 'vector' && layer ? { source, sourceLayer: layer, id } : { source, id };
}

/** The basemap's layers of city and town labels and dots: the regional ones, and the world's and the towns once added. */
const BASEMAP_CITY_LAYERS = ['city-labels', 'city-dots', 'world-city-labels', 'world-city-dots', 'town-labels', 'town-dots'];
/** Each city layer's own filter, before the atlas's places were taken out of it. */
const ownFilters = new WeakMap<MapLibreMap, Map<string, FilterSpecification | undefined>>();

/**
 * Hides the basemap's own labels and dots for cities the atlas draws itself, which would otherwise
 * show twice; call again when the data or the basemap's layers change.
 */
export function hideBasemapTwins(map: MapLibreMap, data: AtlasData): void {
	const names = data.index.places.flatMap((p) => [p.name, ...p.aliases]);
	const notOurs: ExpressionSpecification = ['!', ['in', ['get', 'name'], ['literal', names]]];
	const own = ownFilters.get(map) ?? new Map<string, FilterSpecification | undefined>();
	ownFilters.set(map, own);
	for (const id of BASEMAP_CITY_LAYERS) {
		if (!map.getLayer(id)) continue;
		if (!own.has(id)) own.set(id, map.getFilter(id) ?? undefined);
		const base = own.get(id);
		map.setFilter(id, base ? (['all', base, notOurs] as ExpressionSpecification) : notOurs);
	}
}

/**
 * A disc as a signed distance field (MapLibre reads 0.75 as the edge and 8 px per quarter of the
 * range), so `icon-color` tints it per event type and `icon-halo-*` draws a clean ring.
 */
function dotImage(size: number, radius: number): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(size * size * 4);
	const c = size / 2;
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const d = Math.hypot(x + 0.5 - c, y + 0.5 - c) - radius;
			const i = (y * size + x) * 4;
			data[i] = data[i + 1] = data[i + 2] = 255;
			data[i + 3] = Math.round(255 * Math.max(0, Math.min(1, 1 - (d / 8 + 0.25))));
		}
	}
	return { width: size, height: size, data };
}
