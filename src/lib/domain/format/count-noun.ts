/**
 * A count with its noun in the right number: "1 event", "5 events", "1 time". English only; irregular
 * plurals are passed in.
 *
 * @param n how many
 * @param one the noun for one ("sentence")
 * @param many the noun for any other count; `one` + "s" when omitted
 * @example countNoun(1, 'article') // '1 article'
 * @example countNoun(95, 'sentence') // '95 sentences'
 */
export function countNoun(n: number, one: string, many = `${one}s`): string {
	if (!Number.isFinite(n)) throw new Error(`countNoun: expected a number, got ${n}`);
	return `${n} ${n === 1 ? one : many}`;
}
