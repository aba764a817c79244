/** What the list's two tables share: rows a page at a time, and sortable columns. */

/** Rows rendered at first, and added per "Show more" or scroll near the end. */
export const LIST_PAGE = 150;

/** Numbers by value, text by locale. */
export function compareValues(a: string | number, b: string | number): number {
	return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

/** The `aria-sort` of a column header. */
export function ariaSort(active: boolean, dir: number): 'ascending' | 'descending' | 'none' {
	return active ? (dir === 1 ? 'ascending' : 'descending') : 'none';
}

/** A Svelte action: calls `more` whenever `node` scrolls into view of its scroll box. */
export function whenNear(node: HTMLElement, more: () => void) {
	const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && more(), { root: node.closest('.scroll'), rootMargin: '400px' });
	observer.observe(node);
	return { destroy: () => observer.disconnect() };
}
