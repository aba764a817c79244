/**
 * Free-text search over place names in any spelling: English aliases, Arabic and Persian names,
 * folded like the recogniser folds them, with prefix and small typo tolerance.
 */
import MiniSearch from 'minisearch';
import type { IndexPlace } from '../atlas-index';
import { foldName } from '../text/fold-text';

/** Searches places; returns the ids of the places that match `q`, best first. */
export type PlaceSearch = (q: string) => string[];

/**
 * Builds the search over `places` (MiniSearch replaces a hand-written fuzzy matcher).
 *
 * @example createPlaceSearch(places)('amirli') // ['amerli']
 */
export function createPlaceSearch(places: readonly IndexPlace[]): PlaceSearch {
	const search = new MiniSearch<{ id: string; names: string }>({
		fields: ['names'],
		storeFields: [],
		processTerm: (term) => foldName(term) || null,
		tokenize: (text) => text.split(/[\s\-‐–—,;/]+/u)
	});
	search.addAll(places.map((p) => ({ id: p.id, names: [p.name, ...p.aliases, ...Object.values(p.names)].join(' ; ') })));
	return (q) => {
		const query = q.trim();
		if (!query) return [];
		return search.search(query, { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : 0), combineWith: 'AND' }).map((r) => String(r.id));
	};
}
