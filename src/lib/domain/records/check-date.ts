/** Calendar checks for the partial dates curators write (YYYY, YYYY-MM, YYYY-MM-DD). */

/**
 * Returns why a partial date does not exist, or undefined when it does.
 *
 * @example checkDate('2014-02-30') === 'February 2014 has no day 30'
 */
export function checkDate(date: string): string | undefined {
	const [y, m, d] = date.split('-').map(Number);
	if (m !== undefined && (m < 1 || m > 12)) return `month ${m} does not exist`;
	if (d !== undefined && m !== undefined && y !== undefined) {
		const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
		if (d < 1 || d > days) {
			const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
			return `${month} ${y} has no day ${d}`;
		}
	}
	return undefined;
}

/** The first and last instant a partial date covers, as milliseconds since the epoch (UTC). */
export function dateBounds(date: string): [number, number] {
	const [y = 1970, m, d] = date.split('-').map(Number);
	if (d !== undefined && m !== undefined) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1) - 1];
	if (m !== undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1) - 1];
	return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - 1];
}
