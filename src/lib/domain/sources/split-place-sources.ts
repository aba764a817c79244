/**
 * A place's sources split by the filters, so the panel shows what matches first ("4 of 30 events
 * match") with the rest one click away. Events match by the one predicate (`filterAtlas`'s
 * `visible.events`); sentences by what the predicate asks of their place: their article, and the chosen
 * groups named in them or a matching event quoting them.
 */
import type { IndexPlace } from '../atlas-index';
import { actorIsIn, selectedGroups, type PreparedIndex, type Visible } from '../filter/filter-atlas';
import { isFiltered, isTimeNarrowed, type FilterState } from '../filter/filter-state';
import type { ArticleSources, PlaceSources } from './place-sources';
import { countPlaceEvents } from './count-place-events';

/** Items that match the filters, and the others, each in their original order. */
export interface Split<T> {
	matching: T[];
	others: T[];
}

/** The place's sources, split; articles keep only their sentences on that side (and articles left with none drop out). */
export interface SplitSources {
	/** False when nothing is filtered: everything matches and the panel reads as before. */
	filtered: boolean;
	/** Over the whole place (from the first view, whatever pages are loaded). */
	matchingEventCount: number;
	events: Split<PlaceSources['events'][number]>;
	articles: Split<ArticleSources>;
	/** Sentences on each side, over the pages loaded. */
	sentences: { matching: number; others: number };
}

/**
 * Splits a place's loaded sources into what matches the filters and the rest.
 *
 * @param sentenceMentions the bundle pages' mentions: which actors each sentence names
 * @example splitPlaceSources(prepared, filters, atlas.visible, placeSources(index, pages)!, pages.flatMap((b) => b.mentions)).events.matching
 */
export function splitPlaceSources(
	prepared: PreparedIndex,
	filters: FilterState,
	visible: Visible,
	sources: PlaceSources,
	sentenceMentions: readonly { sentence: string; kind: string; id: string }[]
): SplitSources {
	const filtered = isFiltered(filters);
	const matchingEventCount = filtered ? countPlaceEvents(sources.place, visible) : sources.totals.events;
	const events = split(sources.events, (e) => !filtered || visible.events.has(e.id));
	const sentenceMatches = filtered ? sentenceFilter(prepared, filters, visible, sources, sentenceMentions) : () => true;
	const articles: Split<ArticleSources> = { matching: [], others: [] };
	const sentences = { matching: 0, others: 0 };
	for (const a of sources.articles) {
		const { matching, others } = split(a.sentences, (s) => sentenceMatches(s.sentence));
		sentences.matching += matching.length;
		sentences.others += others.length;
		if (matching.length) articles.matching.push({ ...a, sentences: matching });
		if (others.length) articles.others.push({ ...a, sentences: others });
		// An article cited for an event here but naming no place itself goes with that event's side.
		if (!a.sentences.length) (events.matching.some((e) => e.claims.some((c) => c.article === a.article.id)) ? articles.matching : articles.others).push(a);
	}
	return { filtered, matchingEventCount, events, articles, sentences };
}

function split<T>(items: readonly T[], matches: (item: T) => boolean): Split<T> {
	const out: Split<T> = { matching: [], others: [] };
	for (const item of items) (matches(item) ? out.matching : out.others).push(item);
	return out;
}

/**
 * A sentence matches when its article is chosen (or none is) and, when groups, types or years are
 * chosen, a matching event here quotes it — or, for groups alone, it names one of them, as the
 * predicate lets a place pass for an actor named in the same sentence.
 */
function sentenceFilter(
	prepared: PreparedIndex,
	filters: FilterState,
	visible: Visible,
	sources: PlaceSources,
	mentions: readonly { sentence: string; kind: string; id: string }[]
): (s: { id: string; article: string; start: number; end: number }) => boolean {
	const needsEvent = filters.types.length > 0 || isTimeNarrowed(filters);
	const narrowsByEvent = needsEvent || filters.groups.length > 0;
	const quotes = sources.events.filter((e) => visible.events.has(e.id)).flatMap((e) => e.claims);
	const groups = selectedGroups(prepared, filters);
	const naming = new Set<string>();
	if (filters.groups.length && !needsEvent)
		for (const m of mentions) if ((m.kind === 'group' || m.kind === 'person') && actorIsIn(prepared, m.id, groups)) naming.add(m.sentence);
	return (s) => {
		if (!visible.places.has(sources.place.id)) return false;
		if (filters.articles.length && !filters.articles.includes(s.article)) return false;
		if (!narrowsByEvent) return true;
		return naming.has(s.id) || quotes.some((c) => c.article === s.article && c.start < s.end && s.start < c.end);
	};
}
