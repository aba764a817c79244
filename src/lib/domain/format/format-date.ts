/**
 * Dates shown with their precision and what is known of them: "22 Aug 2014", "Oct 2014", "c. 2013",
 * "before Jun 2013", and, in full, whether the editors inferred the date and whether others date it
 * differently. Never more precise than the source.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A curated date as the index carries it (see `Event.date` in records/schema.ts). */
export interface DateLike {
	start: string;
	end?: string | null;
	precision: string;
	/** How the editors derived the date when no quote states it. */
	inferred?: string;
	/** The quote gives only a bound. */
	bound?: 'before' | 'after';
	/** What other reporting says instead. */
	disputed?: string;
}

/** How sure the date is, in the order the timeline and list show it: stated by a quote, or not. */
export type DateCertainty = 'stated' | 'approximate' | 'bounded' | 'inferred' | 'disputed';

function part(date: string): string {
	const [y, m, d] = date.split('-');
	if (d && m) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
	if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
	return y ?? date;
}

/**
 * Formats a curated date with its precision and bound, short enough for a list cell.
 *
 * @example formatDate({ start: '2014-06-09', end: '2014-07', precision: 'range' }) === '9 Jun 2014 – Jul 2014'
 * @example formatDate({ start: '2013-06', precision: 'month', bound: 'before' }) === 'before Jun 2013'
 */
export function formatDate(date: DateLike): string {
	const start = part(date.start);
	const text = date.end && date.end !== date.start ? `${start} – ${part(date.end)}` : start;
	if (date.bound) return `${date.bound} ${text}`;
	return date.precision === 'approximate' ? `c. ${text}` : text;
}

/**
 * The date in full, for the source panel: the short form, then how the editors inferred it and what
 * other reporting says, each in the editors' words.
 *
 * @example describeDate({ start: '2013-06', precision: 'month', bound: 'before', inferred: '“more than a year ago” in a report of June 2014' })
 *   === 'before Jun 2013 (inferred: “more than a year ago” in a report of June 2014)'
 * @example describeDate({ start: '2014-11', precision: 'month', disputed: 'other reporting gives 31 Aug 2014' })
 *   === 'Nov 2014 — disputed: other reporting gives 31 Aug 2014'
 */
export function describeDate(date: DateLike): string {
	let text = formatDate(date);
	if (date.inferred) text += ` (inferred: ${date.inferred})`;
	if (date.disputed) text += ` — disputed: ${date.disputed}`;
	return text;
}

/**
 * The one word the timeline and the list use to draw a date: "disputed" before "inferred" before
 * "bounded" before "approximate"; "stated" when a quote gives the date at its precision.
 *
 * @example dateCertainty({ start: '2014-11', precision: 'month', disputed: 'other reporting gives 31 Aug 2014' }) === 'disputed'
 */
export function dateCertainty(date: DateLike): DateCertainty {
	if (date.disputed) return 'disputed';
	if (date.inferred) return 'inferred';
	if (date.bound) return 'bounded';
	if (date.precision === 'approximate') return 'approximate';
	return 'stated';
}

/** Short labels for the date badges of the list and the timeline's legend. */
export const DATE_CERTAINTY_LABELS: Record<DateCertainty, string> = {
	stated: 'dated by the source',
	approximate: 'approximate date',
	bounded: 'only a bound (before/after)',
	inferred: 'date inferred by the editors',
	disputed: 'date disputed by other reporting'
};
