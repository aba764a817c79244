/** Dates shown with their precision: "22 Aug 2014", "Oct 2014", "2005", "c. 2013", "Jun–Jul 2014". */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function part(date: string): string {
	const [y, m, d] = date.split('-');
	if (d && m) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
	if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
	return y ?? date;
}

/**
 * Formats a curated date with its precision.
 *
 * @example formatDate({ start: '2014-06-09', end: '2014-07', precision: 'range' }) === '9 Jun 2014 – Jul 2014'
 */
export function formatDate(date: { start: string; end?: string | null; precision: string }): string {
	const start = part(date.start);
	const text = date.end && date.end !== date.start ? `${start} – ${part(date.end)}` : start;
	return date.precision === 'approximate' ? `c. ${text}` : text;
}
