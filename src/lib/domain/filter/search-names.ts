/**
 * Free-text search over names in any spelling (aliases, Arabic and Persian names), folded like the
 * recogniser folds them. A query that spells or begins a name finds only such names; small typos are
 * forgiven only when nothing matches as typed, so "Tehran" never also finds Mehran.
 */
import MiniSearch from 'minisearch';
import { foldName } from '../text/fold-text';

/** Something with names to find it by. */
export interface Named {
	id: string;
	names: readonly string[];
}

/** How a name search matched: as typed (a whole word or its beginning), or only with a typo forgiven. */
export type NameMatch = 'typed' | 'typo';

/** Searches names; returns the matching ids, best first. */
export type NameSearch = (q: string, match: NameMatch) => string[];

/**
 * Builds a name search over `items`.
 *
 * @example createNameSearch([{ id: 'tehran', names: ['Tehran'] }])('tehr', 'typed') // ['tehran']
 */
export function createNameSearch(items: readonly Named[]): NameSearch {
	const search = new MiniSearch<{ id: string; names: string }>({
		fields: ['names'],
		storeFields: [],
		processTerm: (term) => foldName(term) || null,
		tokenize: (text) => text.split(/[\s\-‐–—,;/]+/u)
	});
	search.addAll(items.map((item) => ({ id: item.id, names: item.names.join(' ; ') })));
	return (q, match) => {
		const query = q.trim();
		if (!query) return [];
		const fuzzy = match === 'typo' ? (term: string) => (term.length > 4 ? 0.2 : 0) : 0;
		return search.search(query, { prefix: true, fuzzy, combineWith: 'AND' }).map((r) => String(r.id));
	};
}

/**
 * The ids a query finds as typed, or — only when nothing matches as typed — with a typo forgiven.
 *
 * @example typedElseTypo(createNameSearch(places), 'Tehran') // ['tehran'], not Mehran
 */
export function typedElseTypo(search: NameSearch, q: string): string[] {
	const typed = search(q, 'typed');
	return typed.length ? typed : search(q, 'typo');
}
