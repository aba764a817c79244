/** What the user has chosen to see: the one state that map, lists, timeline and counts all read. */
import type { EventType, PlaceKind } from '../records/vocabulary';

/** The filters. An empty list means "no restriction". Years are inclusive. */
export interface FilterState {
	groups: string[];
	/** Whether choosing a group also chooses its sub-units (IRGC → Quds Force, ground forces). */
	subunits: boolean;
	types: EventType[];
	articles: string[];
	kinds: PlaceKind[];
	/** First year shown; {@link YEAR_FLOOR} means no lower bound, whatever the data holds. */
	from: number;
	/** Last year shown; {@link YEAR_CEILING} means no upper bound. */
	to: number;
	/**
	 * The one year ("2014") or month ("2014-06") the timeline's playback shows, inside `from`–`to`;
	 * empty when the whole period shows.
	 */
	frame: string;
	q: string;
	/** Hide the places only machine-read, unreviewed articles name. */
	reviewedOnly: boolean;
}

/**
 * The widest years a link may ask for. They are sanity bounds, not the data's period: with no time
 * filter every event shows, whenever it happened; the timeline draws the data's own first and last year.
 */
export const YEAR_FLOOR = 1000;
export const YEAR_CEILING = 2999;

/** The state with nothing filtered. */
export const DEFAULT_FILTERS: Readonly<FilterState> = Object.freeze({
	groups: [],
	subunits: true,
	types: [],
	articles: [],
	kinds: [],
	from: YEAR_FLOOR,
	to: YEAR_CEILING,
	frame: '',
	q: '',
	reviewedOnly: false
});

/** True when a time bound or a playback frame is set. */
export function isTimeNarrowed(f: FilterState): boolean {
	return f.from > YEAR_FLOOR || f.to < YEAR_CEILING || f.frame !== '';
}

/** True when any filter restricts what is shown. */
export function isFiltered(f: FilterState): boolean {
	return f.groups.length > 0 || f.types.length > 0 || f.articles.length > 0 || f.kinds.length > 0 || isTimeNarrowed(f) || f.q.trim() !== '' || f.reviewedOnly;
}

/** A search reads at most this many characters: a name or a few words, never a pasted page. */
export const MAX_QUERY_CHARS = 100;
