/**
 * A date is as precise as its quote: the year, month and day the precision claims must each stand in
 * one of the event's quotes, or the editors say how they derived them ("“last month” in an essay of
 * February 2015").
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The parts of a partial date (YYYY, YYYY-MM, YYYY-MM-DD) that no quote states. */
export function unstatedDateParts(date: string, quotes: readonly string[]): string[] {
	const [y, m, d] = date.split('-').map(Number);
	const text = quotes.join('\n').toLowerCase();
	const missing: string[] = [];
	if (!new RegExp(`\\b${y}\\b`).test(text)) missing.push(`the year ${y}`);
	if (m === undefined) return missing;
	const month = MONTHS[m - 1]!;
	const monthWord = `(?:${month}|${month.slice(0, 3)}\\.?${month === 'september' ? '|sept\\.?' : ''})`;
	if (!new RegExp(`\\b${monthWord}(?![a-z])`).test(text)) missing.push(`the month (${month[0]!.toUpperCase()}${month.slice(1)})`);
	if (d === undefined) return missing;
	const day = new RegExp(`\\b${monthWord}\\s+${d}(?:st|nd|rd|th)?\\b|\\b${d}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthWord}(?![a-z])`);
	if (!day.test(text)) missing.push(`the day (${d})`);
	return missing;
}

/**
 * Returns why an event date is more precise than its quotes, or undefined when the quotes state it
 * (or the editors say how they derived it). An approximate date is always the editors' estimate.
 *
 * @example dateProblem({ start: '2014-08-22', precision: 'day' }, ['On August 22, 2014, the mosque…']) === undefined
 */
export function dateProblem(
	date: { start: string; end?: string; precision: string; inferred?: string; bound?: string },
	quotes: readonly string[]
): string | undefined {
	if (date.inferred) return undefined;
	if (date.precision === 'approximate' || date.bound) {
		return `an ${date.bound ? 'open-ended' : 'approximate'} date is the editors' reading; say how it is derived in date.inferred`;
	}
	const missing = [date.start, ...(date.end ? [date.end] : [])].flatMap((d) => unstatedDateParts(d, quotes).map((part) => `${part} of ${d}`));
	if (!missing.length) return undefined;
	return `no quote states ${missing.join(', ')}; quote the words that do, or say how the date is derived in date.inferred (e.g. "“last month” in an essay of February 2015")`;
}
