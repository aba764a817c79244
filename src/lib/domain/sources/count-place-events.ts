/**
 * How many of a place's events pass the filters, on its own so that the list's first view carries it
 * without the panel's splitting of sources.
 */
import type { IndexPlace } from '../atlas-index';
import type { Visible } from '../filter/filter-atlas';

/**
 * How many of a place's events pass the filters: the list's Events column and the panel's count.
 *
 * @example countPlaceEvents(iraq, filterAtlas(prepared, { ...DEFAULT_FILTERS, groups: ['quds-force'] })) // 10
 */
export function countPlaceEvents(place: Pick<IndexPlace, 'events'>, visible: Pick<Visible, 'events'>): number {
	let n = 0;
	for (const id of place.events) if (visible.events.has(id)) n++;
	return n;
}
