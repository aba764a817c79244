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
	from: number;
	to: number;
	q: string;
}

/** The timeline's span: the years the corpus reports events in. */
export const YEAR_MIN = 1980;
export const YEAR_MAX = 2015;

/** The state with nothing filtered. */
export const DEFAULT_FILTERS: Readonly<FilterState> = Object.freeze({
	groups: [],
	subunits: true,
	types: [],
	articles: [],
	kinds: [],
	from: YEAR_MIN,
	to: YEAR_MAX,
	q: ''
});

/** True when the time range is narrower than the whole timeline. */
export function isTimeNarrowed(f: FilterState): boolean {
	return f.from > YEAR_MIN || f.to < YEAR_MAX;
}

/** True when any filter restricts what is shown. */
export function isFiltered(f: FilterState): boolean {
	return f.groups.length > 0 || f.types.length > 0 || f.articles.length > 0 || f.kinds.length > 0 || isTimeNarrowed(f) || f.q.trim() !== '';
}
