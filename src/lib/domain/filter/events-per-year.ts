/** The timeline's counts: visible events per year, an event counted in every year its date covers. */
import type { EventCard } from '../atlas-index';
import type { IdSet } from './filter-atlas';

/**
 * Counts the `visible` events per year from `from` to `to` inclusive.
 *
 * @example eventsPerYear(events, new Set(['mosul-falls']), 2014, 2014) // [1]
 */
export function eventsPerYear(events: readonly EventCard[], visible: IdSet, from: number, to: number): number[] {
	const counts = new Array<number>(to - from + 1).fill(0);
	for (const e of events) {
		if (!visible.has(e.id)) continue;
		const y0 = new Date(e.t0).getUTCFullYear();
		const y1 = new Date(e.t1).getUTCFullYear();
		for (let y = Math.max(y0, from); y <= Math.min(y1, to); y++) counts[y - from]!++;
	}
	return counts;
}
