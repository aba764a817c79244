/** What the list's two tables share: the page size of their rows, and how their columns compare. */

/** Rows rendered at first, and added per "Show more" or scroll near the end. */
export const LIST_PAGE = 150;

/** Numbers by value, text by locale. */
export function compareValues(a: string | number, b: string | number): number {
	return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}
