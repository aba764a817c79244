/**
 * A place's sources come in pages, so that opening a place named by a thousand articles fetches and
 * draws the first few dozen rather than everything. Pages follow the order the panel shows: articles by
 * publication date, events by date. The build cuts the bundles with these functions and the dashboard
 * finds the page an event is on with the same ones, from the first view alone.
 */

/** Articles (with their sentences naming the place) per page. */
export const ARTICLES_PER_PAGE = 25;
/** Events at the place, in full with their quotes, per page. */
export const EVENTS_PER_PAGE = 50;

/** Articles in the order the panel lists them: oldest first, ties by id. */
export function articleOrder<T extends { id: string; published: { date: string } }>(articles: readonly T[]): T[] {
	return [...articles].sort((a, b) => a.published.date.localeCompare(b.published.date) || compareIds(a.id, b.id));
}

/** Events in the order the panel lists them: earliest first, ties by id. */
export function eventOrder<T extends { id: string; t0: number }>(events: readonly T[]): T[] {
	return [...events].sort((a, b) => a.t0 - b.t0 || compareIds(a.id, b.id));
}

/** How many pages a place with `articles` articles and `events` events has (at least one). */
export function pageCount(articles: number, events: number): number {
	return Math.max(1, Math.ceil(articles / ARTICLES_PER_PAGE), Math.ceil(events / EVENTS_PER_PAGE));
}

/** The page (0-based) that holds the event at `rank` in `eventOrder`. */
export function eventPage(rank: number): number {
	return Math.floor(rank / EVENTS_PER_PAGE);
}

/** The file of a page under `data/places/`: the first page keeps the plain name. */
export function placePageFile(place: string, page: number): string {
	return page === 0 ? `${place}.json` : `${place}.page-${page + 1}.json`;
}

function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
