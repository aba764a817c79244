/** The years the data covers: the timeline's span and the default window, read from the data itself. */
import type { FirstViewIndex } from '../atlas-index';

/** The first and last year, inclusive. */
export interface YearExtent {
	first: number;
	last: number;
}

/**
 * The first and last year any event covers or any article (or piece republished in one) was published;
 * the current year for both when the data has no dates at all.
 *
 * @example yearExtent({ events: [{ t0: Date.UTC(1983, 9, 23), t1: Date.UTC(2020, 0, 3) }], articles: [] }) // { first: 1983, last: 2020 }
 */
export function yearExtent(index: {
	events: readonly Pick<FirstViewIndex['events'][number], 't0' | 't1'>[];
	articles: readonly { published: { date: string }; pieces?: readonly { published?: { date: string } }[] }[];
}): YearExtent {
	const years: number[] = [];
	for (const e of index.events) {
		if (Number.isFinite(e.t0)) years.push(new Date(e.t0).getUTCFullYear());
		if (Number.isFinite(e.t1)) years.push(new Date(e.t1).getUTCFullYear());
	}
	for (const a of index.articles) {
		for (const date of [a.published.date, ...(a.pieces ?? []).map((p) => p.published?.date)]) {
			const y = Number(date?.slice(0, 4));
			if (date && Number.isInteger(y)) years.push(y);
		}
	}
	if (!years.length) {
		const now = new Date().getUTCFullYear();
		return { first: now, last: now };
	}
	return { first: Math.min(...years), last: Math.max(...years) };
}
