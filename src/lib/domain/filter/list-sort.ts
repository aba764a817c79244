/**
 * The order of the list's two tables, as a link carries it: `sort=places.events.desc`,
 * `sort=events.title.asc`, or both, comma-separated; a table in its default order is left out.
 */

/** The place table's columns. */
export const PLACE_SORT_KEYS = ['name', 'kind', 'mentions', 'events'] as const;
/** The event table's columns. */
export const EVENT_SORT_KEYS = ['date', 'title', 'type', 'sources'] as const;
export type PlaceSortKey = (typeof PLACE_SORT_KEYS)[number];
export type EventSortKey = (typeof EVENT_SORT_KEYS)[number];

/** A column and its direction: 1 ascending, -1 descending. */
export interface Sort<K extends string> {
	key: K;
	dir: 1 | -1;
}

/** The order of both tables. */
export interface ListSort {
	places: Sort<PlaceSortKey>;
	events: Sort<EventSortKey>;
}

/** Most-named places first; events by date. */
export const DEFAULT_LIST_SORT: Readonly<ListSort> = Object.freeze<ListSort>({ places: { key: 'mentions', dir: -1 }, events: { key: 'date', dir: 1 } });

/**
 * The sort as the `sort` parameter's value; empty when both tables are in their default order.
 *
 * @example formatListSort({ ...DEFAULT_LIST_SORT, places: { key: 'events', dir: -1 } }) // 'places.events.desc'
 */
export function formatListSort(sort: ListSort): string {
	const parts: string[] = [];
	for (const table of ['places', 'events'] as const) {
		const s = sort[table];
		const d = DEFAULT_LIST_SORT[table];
		if (s.key !== d.key || s.dir !== d.dir) parts.push(`${table}.${s.key}.${s.dir === 1 ? 'asc' : 'desc'}`);
	}
	return parts.join(',');
}

/**
 * Reads the `sort` parameter's value: the sort, and the parts it could not read (each left at the default).
 *
 * @example parseListSort('places.events.desc').sort.places // { key: 'events', dir: -1 }
 * @example parseListSort('places.size.up').unread // ['places.size.up']
 */
export function parseListSort(raw: string): { sort: ListSort; unread: string[] } {
	const sort: ListSort = { places: { ...DEFAULT_LIST_SORT.places }, events: { ...DEFAULT_LIST_SORT.events } };
	const unread: string[] = [];
	for (const part of raw.split(',').map((p) => p.trim()).filter(Boolean)) {
		const [table, key, dir, ...rest] = part.split('.');
		const dirValue = dir === 'asc' ? 1 : dir === 'desc' ? -1 : undefined;
		if (table === 'places' && isOneOf(PLACE_SORT_KEYS, key) && dirValue && !rest.length) sort.places = { key, dir: dirValue };
		else if (table === 'events' && isOneOf(EVENT_SORT_KEYS, key) && dirValue && !rest.length) sort.events = { key, dir: dirValue };
		else unread.push(part);
	}
	return { sort, unread };
}

function isOneOf<K extends string>(keys: readonly K[], v: string | undefined): v is K {
	return keys.includes(v as K);
}
