/**
 * The dashboard's state, shared by context: data, filters, selection, camera. Everything shown is
 * derived from it through the one predicate (`filterAtlas`), so map, lists, timeline and counts agree.
 */
import { createContext } from 'svelte';
import { actorIsIn, filterAtlas, prepareIndex, type Visible } from '$lib/domain/filter/filter-atlas';
import { DEFAULT_FILTERS, type FilterState } from '$lib/domain/filter/filter-state';
import type { AtlasSearchResult, SearchText, TextIndex, createAtlasSearch } from '$lib/domain/filter/search-atlas';
import { yearExtent, type YearExtent } from '$lib/domain/filter/year-extent';
import type { Camera, Reading, UrlState } from '$lib/domain/filter/url-state';
import { knownIds, type KnownIds } from '$lib/domain/filter/known-ids';
import type { ArticleBundle, PlaceBundle } from '$lib/domain/atlas-index';
import { DEFAULT_LIST_SORT, type ListSort } from '$lib/domain/filter/list-sort';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { loadArticle, loadPlaceBundle, type AtlasData } from './load-atlas-data';

/** A request to move the camera; the id changes with every request so the same view can be asked twice. */
export interface CameraRequest {
	id: number;
	camera?: Camera;
	/** Fit the map to these places instead of a camera. */
	fitPlaces?: string[];
	/** Fly there (presentations) rather than jump (links); reduced motion always jumps. */
	animate?: boolean;
	/** Pixels on each side the camera keeps clear (a presentation's card): `camera` is the centre of the rest. */
	padding?: { top: number; right: number; bottom: number; left: number };
}

/** A latitude and longitude in degrees. */
export interface LatLon {
	lat: number;
	lon: number;
}

/** A place the reader is putting on the map by hand (reviewing an added article), and where its marker stands now. */
export interface Placing extends LatLon {
	/** New for every placing, so the map makes a new marker for it. */
	id: number;
	/** The article's words being placed ("Odesa"), for the marker and the bar. */
	label: string;
}

/** The zoom a placing opens on at least: close enough to tell towns apart, far enough to see a region. */
export const PLACING_ZOOM = 6;

export class AtlasState {
	data = $state.raw<AtlasData | null>(null);
	loadError = $state<string | null>(null);
	mapError = $state<string | null>(null);
	filters = $state<FilterState>({ ...DEFAULT_FILTERS });
	/** The camera as the map last reported it. */
	camera = $state.raw<Camera | undefined>(undefined);
	cameraRequest = $state.raw<CameraRequest | undefined>(undefined);
	place = $state<string | undefined>(undefined);
	event = $state<string | undefined>(undefined);
	highlight = $state.raw<UrlState['highlight']>(undefined);
	/** The article open in the reader, over the map, and the quote read in context. */
	reading = $state.raw<Reading | undefined>(undefined);
	/** Places under a click where several overlap: the panel offers a choice. */
	overlapping = $state.raw<string[]>([]);
	notices = $state<string[]>([]);
	/** The order of the list's tables (in the link, so it survives a reload and Back). */
	listSort = $state.raw<ListSort>(DEFAULT_LIST_SORT);

	prepared = $derived(this.data ? prepareIndex(this.data.index) : null);
	/** The first and last year the data covers: the timeline's span and its default window. */
	years: YearExtent = $derived(yearExtent(this.data?.index ?? { events: [], articles: [] }));
	/**
	 * The search (MiniSearch over names, and the sentences and quotes of `data/search-texts.json`) is
	 * loaded just after the first view, or at once for a link with `q`.
	 */
	private searchBuilder = $state.raw<typeof createAtlasSearch | null>(null);
	private searchTexts = $state.raw<TextIndex | null>(null);
	private searchLoading: Promise<void> | undefined;
	/** How many times the texts were asked for: only the latest answer is kept. */
	private textsAsked = 0;
	search = $derived(this.data && this.searchBuilder && this.searchTexts ? this.searchBuilder(this.data.index, this.searchTexts) : null);
	/** What the search box's query found, by kind: the search box lists it, the filter keeps its places. */
	searchResult: AtlasSearchResult = $derived(
		this.search && this.filters.q.trim() ? this.search(this.filters.q) : { places: [], groups: [], people: [], texts: [], filterPlaces: [] }
	);
	searchHits = $derived(this.searchResult.filterPlaces);
	/** True once the map has drawn its first complete frame. */
	mapDrawn = $state(false);
	/**
	 * True from a Back/Forward that arrives before the link code has loaded until the address is read:
	 * the map on screen is not the address's state then, so it is not idle.
	 */
	addressPending = $state(false);
	/** True while a search is asked for but its index is not loaded: the map is not idle then. */
	searchPending = $derived(!!this.filters.q.trim() && !this.search);
	visible: Visible = $derived(this.prepared ? filterAtlas(this.prepared, this.filters, this.searchHits) : { places: new Set(), events: new Set() });
	/** The same filters without the time range: the timeline draws these, its brush shows the range. */
	visibleAnyTime: Visible = $derived(
		this.prepared ? filterAtlas(this.prepared, this.filters, this.searchHits, true) : { places: new Set(), events: new Set() }
	);
	/** Places of the highlighted group or article. */
	highlighted = $derived(this.highlightedPlaces());

	known: KnownIds = $derived(knownIds(this.data?.index ?? { groups: [], people: [], articles: [], places: [], events: [] }));

	/** Loads the search once; resolves when it can answer. */
	loadSearch(): Promise<void> {
		this.searchLoading ??= this.loadSearchTexts();
		return this.searchLoading;
	}

	/**
	 * Loads the search's code and the sentences and quotes it reads, and indexes them a slice at a time
	 * (a reader's article of megabytes has tens of thousands of sentences); without the texts (an older
	 * build) it finds names only.
	 */
	private loadSearchTexts(): Promise<void> {
		const asked = ++this.textsAsked;
		const texts = this.dataFetcher(`${this.base}/data/search-texts.json`)
			.then((res) => (res.ok ? res.json() : []))
			.then(
				(texts: unknown) => (Array.isArray(texts) ? (texts as SearchText[]) : []),
				() => []
			);
		return Promise.all([import('$lib/domain/filter/search-atlas'), texts]).then(async ([search, texts]) => {
			const indexed = await search.indexTexts(texts);
			if (asked !== this.textsAsked) return;
			this.searchBuilder = search.createAtlasSearch;
			this.searchTexts = indexed;
		});
	}

	/** Opens a place's sources; `fly` moves the camera to it when it is chosen from a list. */
	selectPlace(id: string | undefined, { fly = false, event }: { fly?: boolean; event?: string } = {}) {
		this.place = id;
		this.event = event;
		this.overlapping = [];
		if (id && fly) this.requestCamera({ fitPlaces: [id] });
	}

	/**
	 * The dashboard's map once it is made, for the PNG export and the camera of a story step (not
	 * reactive: nothing is derived from it).
	 */
	mapForExport: MapLibreMap | undefined;

	/** Where the built data is served from (SvelteKit's base path). */
	base = '';
	/** How data files are fetched: the network, or the files built in the browser with the reader's articles. */
	dataFetcher: typeof fetch = networkFetch;
	private bundles = new Map<string, Promise<PlaceBundle>>();

	/** Shows another build of the data (the reader added or removed an article), read through `fetcher`. */
	replaceData(data: AtlasData, fetcher: typeof fetch = networkFetch) {
		this.dataFetcher = fetcher;
		this.bundles.clear();
		this.articles.clear();
		this.data = data;
		// The texts of the articles now shown, once the search is in use.
		if (this.searchLoading) {
			this.searchTexts = null;
			this.searchLoading = Promise.all([this.searchLoading, this.loadSearchTexts()]).then(() => {});
		}
		if (this.reading && !this.known.articles.has(this.reading.article)) this.reading = undefined;
		// A removed article can take the open place or event with it.
		if (this.place && !this.known.places.has(this.place)) this.selectPlace(undefined);
		if (this.event && !this.known.events.has(this.event)) this.event = undefined;
	}

	/**
	 * A page of a place's bundle — its sentences and events in full — fetched once when first needed,
	 * then kept; a failed fetch is forgotten so that asking again retries.
	 */
	placeBundle(id: string, page = 0): Promise<PlaceBundle> {
		const key = `${id}#${page}`;
		let bundle = this.bundles.get(key);
		if (!bundle) {
			bundle = loadPlaceBundle(this.base, id, page, this.dataFetcher);
			bundle.catch(() => this.bundles.delete(key));
			this.bundles.set(key, bundle);
		}
		return bundle;
	}

	private articles = new Map<string, Promise<{ bundle: ArticleBundle; text: string }>>();

	/** An article's bundle and verbatim text, for the reader: fetched once, a failed fetch forgotten. */
	article(id: string): Promise<{ bundle: ArticleBundle; text: string }> {
		let loaded = this.articles.get(id);
		if (!loaded) {
			const card = this.data?.index.articles.find((a) => a.id === id);
			if (!card) return Promise.reject(new Error(`No article “${id}” in this atlas.`));
			loaded = loadArticle(this.base, card, this.dataFetcher);
			loaded.catch(() => this.articles.delete(id));
			this.articles.set(id, loaded);
		}
		return loaded;
	}

	/** Pages 0 to `last` of a place's bundle, in order. */
	placeBundlePages(id: string, last: number): Promise<PlaceBundle[]> {
		return Promise.all(Array.from({ length: last + 1 }, (_, page) => this.placeBundle(id, page)));
	}

	/** A place being put on the map by hand: the map shows a draggable marker, the dashboard the bar to place it. */
	placing = $state.raw<Placing | undefined>(undefined);
	private placings = 0;
	private placed: ((at: LatLon | undefined) => void) | undefined;

	/**
	 * Asks the reader to put `label` on the map by hand, from `at` (or the map's centre), and shows it
	 * there. Resolves with where they placed it, or with undefined when they cancel; a placing asked for
	 * while another runs cancels that one.
	 */
	placeByHand(label: string, at?: LatLon): Promise<LatLon | undefined> {
		this.placed?.(undefined);
		const [[west, south], [east, north]] = this.data?.index.corpus.bounds ?? [[0, 0], [0, 0]];
		const start = at ?? (this.camera ? { lat: this.camera.lat, lon: this.camera.lon } : { lat: (south + north) / 2, lon: (west + east) / 2 });
		this.placing = { id: ++this.placings, label, lat: start.lat, lon: start.lon };
		this.requestCamera({ camera: { ...start, zoom: Math.max(this.camera?.zoom ?? PLACING_ZOOM, PLACING_ZOOM) } });
		return new Promise((resolve) => (this.placed = resolve));
	}

	/** Moves the marker being placed (dragged, moved with the keys, or clicked on the map). */
	movePlacing(at: LatLon) {
		if (this.placing) this.placing = { ...this.placing, lat: at.lat, lon: at.lon };
	}

	/** Ends the placing: placed `at`, or cancelled when undefined. */
	finishPlacing(at: LatLon | undefined) {
		const done = this.placed;
		this.placing = undefined;
		this.placed = undefined;
		done?.(at);
	}

	requestCamera(request: Omit<CameraRequest, 'id'>) {
		this.cameraRequest = { id: (this.cameraRequest?.id ?? 0) + 1, ...request };
	}

	setFilters(patch: Partial<FilterState>) {
		this.filters = { ...this.filters, ...patch };
	}

	resetFilters() {
		this.filters = { ...DEFAULT_FILTERS };
	}

	/** Applies a state read from the URL (or a story step, flying there when `animate`). */
	applyUrlState(state: UrlState, animate = false) {
		this.filters = state.filters;
		this.place = state.place;
		this.event = state.event;
		this.highlight = state.highlight;
		this.listSort = state.sort ?? DEFAULT_LIST_SORT;
		this.reading = state.reading;
		this.overlapping = [];
		// A link to a place without a camera centres the place; a camera in the link wins.
		if (state.camera) this.requestCamera({ camera: state.camera, animate });
		else if (state.place) this.requestCamera({ fitPlaces: [state.place] });
	}

	/** The state a link should carry. */
	urlState(): UrlState {
		return { filters: this.filters, camera: this.camera, place: this.place, event: this.event, highlight: this.highlight, sort: this.listSort, reading: this.reading };
	}

	/**
	 * The view as shown, for a story step: the link's state with the camera read off the map when it has
	 * not moved yet (the map reports its camera only after a move, and the link leaves it out till then).
	 */
	shownView(): UrlState {
		const map = this.mapForExport;
		const centre = map?.getCenter();
		const camera = this.camera ?? (map && centre ? { lon: centre.lng, lat: centre.lat, zoom: map.getZoom() } : undefined);
		return { ...this.urlState(), camera };
	}

	private highlightedPlaces(): Set<string> {
		const h = this.highlight;
		const index = this.data?.index;
		if (!h || !index || !this.prepared) return new Set();
		if (h.kind === 'article') return new Set(index.places.filter((p) => p.articles.includes(h.id)).map((p) => p.id));
		const ids = this.prepared.withSubunits.get(h.id) ?? new Set([h.id]);
		const prepared = this.prepared;
		const actorIn = (actor: string) => actorIsIn(prepared, actor, ids);
		return new Set(
			index.places
				.filter((p) => p.reportedActors.some(actorIn) || p.namedWithActors.some(actorIn))
				.map((p) => p.id)
		);
	}
}

/** `fetch`, callable without a receiver (a stored `fetch` called as a method throws "Illegal invocation"). */
const networkFetch: typeof fetch = (input, init) => fetch(input, init);

export const [getAtlas, setAtlas] = createContext<AtlasState>();
