/**
 * The ids a link may name, from the built index: what the dashboard checks a link against, kept apart
 * from the link's reading code so the first view of a bare address carries only this.
 */
import type { FirstViewIndex } from '../atlas-index';

/** The ids a link may name; anything else is ignored with a notice. */
export interface KnownIds {
	groups: ReadonlySet<string>;
	articles: ReadonlySet<string>;
	places: ReadonlySet<string>;
	events: ReadonlySet<string>;
}

/** The ids a link may name, from the built index: groups and people, articles, places, events. */
export function knownIds(index: Pick<FirstViewIndex, 'groups' | 'people' | 'articles' | 'places' | 'events'>): KnownIds {
	return {
		groups: new Set([...index.groups.map((g) => g.id), ...index.people.map((p) => p.id)]),
		articles: new Set(index.articles.map((a) => a.id)),
		places: new Set(index.places.map((p) => p.id)),
		events: new Set(index.events.map((e) => e.id))
	};
}
