/**
 * The dashboard's search: one query finds places by name, groups and people by name or alias, and the
 * sentences and quotes that mention a place, each kind apart so the search box can group them.
 */
import MiniSearch from 'minisearch';
import type { FirstViewIndex } from '../atlas-index';
import { foldName } from '../text/fold-text';
import { createNameSearch, type NameMatch } from './search-names';
import { placeNames } from './search-places';
import { MAX_QUERY_CHARS } from './filter-state';

/** A sentence naming a place, or an event's quote, as the search reads it (`data/search-texts.json`). */
export interface SearchText {
	id: string;
	kind: 'sentence' | 'quote';
	article: string;
	text: string;
	/** The places the sentence names, or the places of the quote's event. */
	places: string[];
	/** The event a quote is a claim of. */
	event?: string;
}

/** What a query found, by kind, best first; `filterPlaces` is what the map and lists keep. */
export interface AtlasSearchResult {
	places: string[];
	groups: string[];
	people: string[];
	texts: SearchText[];
	/**
	 * The places the search filter keeps: the places found by name; failing those, the places of the
	 * groups and people found; failing those, the places of the sentences and quotes found.
	 */
	filterPlaces: string[];
}

/** Runs the search. */
export type AtlasSearch = (q: string) => AtlasSearchResult;

const NOTHING: AtlasSearchResult = { places: [], groups: [], people: [], texts: [], filterPlaces: [] };

/** The sentences and quotes, indexed for the search. */
export interface TextIndex {
	prose: MiniSearch<SearchText>;
	byId: Map<string, SearchText>;
}

function emptyTextIndex(texts: readonly SearchText[]): TextIndex {
	const prose = new MiniSearch<SearchText>({
		fields: ['text'],
		storeFields: [],
		processTerm: (term) => foldName(term) || null,
		tokenize: (text) => text.split(/[^\p{L}\p{N}'’]+/u)
	});
	return { prose, byId: new Map(texts.map((t) => [t.id, t])) };
}

/** How many texts are indexed between two turns of the page's event loop (a few milliseconds' work). */
const TEXTS_PER_SLICE = 500;

/**
 * Indexes `texts` a slice at a time, yielding to the page between slices: a reader's article of
 * megabytes has tens of thousands of sentences, a second and more of indexing in one piece.
 */
export async function indexTexts(texts: readonly SearchText[]): Promise<TextIndex> {
	const index = emptyTextIndex(texts);
	await index.prose.addAllAsync(texts, { chunkSize: TEXTS_PER_SLICE });
	return index;
}

/** Indexes `texts` in one piece. */
function indexNow(texts: readonly SearchText[]): TextIndex {
	const index = emptyTextIndex(texts);
	index.prose.addAll(texts);
	return index;
}

/**
 * Builds the search over the index's places, groups and people and over `texts` (indexed here, at
 * once, or beforehand with {@link indexTexts}). Names match as typed (whole words or their
 * beginnings); only when no name and no text matches as typed are small typos in names forgiven.
 * Texts never match by typo: prose is full of near-misses.
 *
 * @example createAtlasSearch(index, texts)('Tehran').places // ['tehran'], not Mehran
 */
export function createAtlasSearch(index: Pick<FirstViewIndex, 'places' | 'groups' | 'people'>, texts: readonly SearchText[] | TextIndex): AtlasSearch {
	const places = createNameSearch(index.places.map((p) => ({ id: p.id, names: placeNames(p) })));
	const groups = createNameSearch(index.groups.map((g) => ({ id: g.id, names: [g.name, ...g.aliases, ...Object.values(g.names)] })));
	const people = createNameSearch(index.people.map((p) => ({ id: p.id, names: [p.name, ...p.aliases, ...Object.values(p.names)] })));
	const { prose, byId: textById } = 'prose' in texts ? texts : indexNow(texts);
	const actorPlaces = new Map<string, string[]>();
	for (const p of index.places) {
		for (const actor of new Set([...p.reportedActors, ...p.namedWithActors])) actorPlaces.set(actor, [...(actorPlaces.get(actor) ?? []), p.id]);
	}
	const names = (q: string, match: NameMatch) => ({ places: places(q, match), groups: groups(q, match), people: people(q, match) });

	return (q) => {
		// Cut, so that a pasted page cannot make the typo search compare megabyte-long words (minutes, then a crash).
		const query = q.trim().slice(0, MAX_QUERY_CHARS).trim();
		if (!query) return NOTHING;
		let found = names(query, 'typed');
		const textHits = prose
			.search(query, { prefix: (term) => term.length > 2, combineWith: 'AND' })
			.flatMap((r) => textById.get(String(r.id)) ?? []);
		if (!found.places.length && !found.groups.length && !found.people.length && !textHits.length) found = names(query, 'typo');
		const actorHits = [...found.groups, ...found.people];
		const filterPlaces = found.places.length
			? found.places
			: actorHits.length
				? [...new Set(actorHits.flatMap((a) => actorPlaces.get(a) ?? []))]
				: [...new Set(textHits.flatMap((t) => t.places))];
		return { ...found, texts: textHits, filterPlaces };
	};
}
