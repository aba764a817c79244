/**
 * Free-text search over place names in any spelling: English aliases, Arabic and Persian names, with
 * prefix and small typo tolerance — the typo tolerance only when no name matches as typed.
 */
import type { IndexPlace } from '../atlas-index';
import { createNameSearch, typedElseTypo } from './search-names';

/** Searches places; returns the ids of the places that match `q`, best first. */
export type PlaceSearch = (q: string) => string[];

/** The names a place is found by: its name, aliases and names in other scripts. */
export const placeNames = (p: IndexPlace): string[] => [p.name, ...p.aliases, ...Object.values(p.names)];

/**
 * Builds the search over `places`.
 *
 * @example createPlaceSearch(places)('amirli') // ['amerli']
 */
export function createPlaceSearch(places: readonly IndexPlace[]): PlaceSearch {
	const search = createNameSearch(places.map((p) => ({ id: p.id, names: placeNames(p) })));
	return (q) => typedElseTypo(search, q);
}
