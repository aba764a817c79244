/**
 * Loads MapLibre on the client (never during prerender) and creates the map with the offline
 * basemap. Its worker is a separate file Vite must emit, hence `?worker&url` and `setWorkerUrl`.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { basemapStyle } from './basemap-style';

let library: Promise<typeof import('maplibre-gl')> | undefined;

/** Starts loading MapLibre; call early so it downloads while the data does. */
export function preloadMapLibre(): Promise<typeof import('maplibre-gl')> {
	library ??= import('maplibre-gl').then((m) => {
		m.setWorkerUrl(workerUrl);
		return m;
	});
	return library;
}

/** What the corpus says about its own map: the view it opens on and the countries it is about. */
export interface MapCorpus {
	/** [[west, south], [east, north]] */
	bounds: [[number, number], [number, number]];
	focusCountries: readonly string[];
}

const NO_WEBGL = 'This browser cannot draw the map: WebGL is not available or is switched off. The lists and source panels still work.';

/** The width (px) at and under which MapLibre calls a map small and folds its attribution. */
const SMALL_MAP_WIDTH = 640;

/** Creates the map in `container`, or throws an Error that says why (no WebGL, most often). */
export async function createMap(
	container: HTMLElement,
	baseUrl: string,
	corpus: MapCorpus,
	{ preserveDrawingBuffer = false, interactive = true, tiles = false } = {}
): Promise<MapLibreMap> {
	const maplibre = await preloadMapLibre();
	if (tiles) await registerPmtiles(maplibre);
	// No context is made beforehand to test for WebGL: under software rendering a context costs about a
	// second to make, and the map makes its own. MapLibre says when it cannot.
	let map: MapLibreMap;
	try {
		map = new maplibre.Map({
			container,
			style: basemapStyle({ baseUrl, focusCountries: corpus.focusCountries }),
			bounds: corpus.bounds,
			fitBoundsOptions: { padding: 20 },
			attributionControl: false,
			maxZoom: 12,
			// Out far enough that the whole world fits the map's width, so a phone can frame Washington and Baghdad at once.
			minZoom: Math.min(1.5, Math.max(0, Math.log2(container.clientWidth / 512))),
			// A preview (the presenter's window) is a picture: no gestures, no controls, not focusable.
			interactive,
			dragRotate: false,
			pitchWithRotate: false,
			cooperativeGestures: false,
			// Only the handout keeps the drawing buffer: it copies the canvas into an image per step.
			canvasContextAttributes: { preserveDrawingBuffer },
			// A reader who asks for less motion gets names that appear at once instead of fading in and out.
			fadeDuration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 300,
			locale: { 'NavigationControl.ZoomIn': 'Zoom in', 'NavigationControl.ZoomOut': 'Zoom out' }
		});
	} catch (e) {
		if (e instanceof maplibre.GPUInitializationError) throw new Error(NO_WEBGL);
		throw e;
	}
	map.touchZoomRotate.disableRotation();
	if (!interactive) return map;
	map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
	map.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-right');
	const attribution = new maplibre.AttributionControl({ compact: true, customAttribution: 'Natural Earth · GeoNames (CC BY 4.0) · Noto fonts (OFL)' });
	map.addControl(attribution, 'bottom-right');
	// MapLibre shows a compact attribution unfolded until the map is first dragged; on a small map (its own
	// threshold for compact) that is a band of text across the map, so it starts folded to its ⓘ button,
	// as the first drag would leave it. The credits stay one tap away.
	if (container.clientWidth <= SMALL_MAP_WIDTH) attribution._updateCompactMinimize();
	return map;
}

let pmtiles: Promise<void> | undefined;

/**
 * Lets sources read `pmtiles://…` archives by range requests. The reader is loaded only for a corpus
 * large enough to be served as tiles, so a small one does not download it.
 */
function registerPmtiles(maplibre: typeof import('maplibre-gl')): Promise<void> {
	pmtiles ??= import('pmtiles').then(({ Protocol }) => {
		maplibre.addProtocol('pmtiles', new Protocol().tile);
	});
	return pmtiles;
}

