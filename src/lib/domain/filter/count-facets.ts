/**
 * Faceted counts: beside each filter option, how many events it would give with the other filters as
 * they are ("Quds Force (12)"). Each facet costs one run of the predicate with that facet cleared and
 * one pass over what passes — not one run per option — and gives exactly what choosing the option
 * alone would: an event passing without the facet passes with the option when it matches it (the
 * place conditions the facet adds are met by the event's own places, see `filterAtlas`).
 */
import { filterAtlas, selectedGroups, type Interval, type PreparedIndex } from './filter-atlas';
import type { FilterState } from './filter-state';

/** Per facet, option id → events it would give. An option that gives none is absent. */
export interface FacetCounts {
	/** Groups and people. */
	groups: Map<string, number>;
	types: Map<string, number>;
	articles: Map<string, number>;
	kinds: Map<string, number>;
}

/**
 * Counts, for every option of the group, type, article and kind filters, the events that choosing it
 * alone in its facet would show, the other facets as they are.
 *
 * @param searchHits the place search's hits for `filters.q`, as `filterAtlas` takes them
 * @example countFacets(prepared, { ...DEFAULT_FILTERS, types: ['siege'] }).groups.get('quds-force') // events of the Quds Force, any type
 */
export function countFacets(prepared: PreparedIndex, filters: FilterState, searchHits: readonly string[] = []): FacetCounts {
	const c = prepared.columns;
	const places = prepared.index.places;
	const without = (patch: Partial<FilterState>) => filterAtlas(prepared, { ...filters, ...patch }, searchHits);
	const positions = (ids: Iterable<string>) => {
		const out: number[] = [];
		for (const id of ids) out.push(prepared.eventPosition.get(id)!);
		return out;
	};
	const add = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

	const types = new Map<string, number>();
	for (const i of positions(without({ types: [] }).events)) add(types, c.type[i]!);

	// Places are coded by position in `index.places`; a code past them is an id no place record has.
	const kinds = new Map<string, number>();
	const noKinds = without({ kinds: [] });
	for (const i of positions(noKinds.events)) {
		const seen = new Set<string>();
		for (let j = c.placeStart[i]!; j < c.placeStart[i + 1]!; j++) {
			const p = places[c.place[j]!];
			if (p && noKinds.places.has(p.id)) seen.add(p.kind);
		}
		for (const k of seen) add(kinds, k);
	}

	const articles = new Map<string, number>();
	const noArticles = without({ articles: [] });
	for (const i of positions(noArticles.events)) {
		const seen = new Set<string>();
		for (let j = c.claimStart[i]!; j < c.claimStart[i + 1]!; j++) {
			const a = c.articles[c.claimArticle[j]!]!;
			if (seen.has(a)) continue;
			for (let k = c.placeStart[i]!; k < c.placeStart[i + 1]!; k++) {
				const p = places[c.place[k]!];
				if (p && noArticles.places.has(p.id) && prepared.placeArticles.get(p.id)?.has(a)) {
					seen.add(a);
					break;
				}
			}
		}
		for (const a of seen) add(articles, a);
	}

	// Each group or person as the only choice: who it takes in, and when (sub-units while they belong),
	// turned round so that an event's actors find their options in one look-up each.
	const options = [...prepared.index.groups.map((g) => g.id), ...prepared.index.people.map((p) => p.id)];
	const takesIn = new Map<string, { option: number; spans: Interval[] }[]>();
	options.forEach((id, option) => {
		for (const [member, spans] of selectedGroups(prepared, { groups: [id], subunits: filters.subunits })) {
			takesIn.set(member, [...(takesIn.get(member) ?? []), { option, spans }]);
		}
	});
	const counted = new Int32Array(options.length).fill(-1);
	const groupCounts = new Uint32Array(options.length);
	for (const i of positions(without({ groups: [] }).events)) {
		const t0 = c.t0[i]!;
		const t1 = c.t1[i]!;
		for (let j = c.actorStart[i]!; j < c.actorStart[i + 1]!; j++) {
			const actor = c.actors[c.actor[j]!]!;
			for (const g of prepared.actorGroups.get(actor) ?? [actor]) {
				for (const { option, spans } of takesIn.get(g) ?? []) {
					if (counted[option] === i || !spans.some(([lo, hi]) => lo <= t1 && t0 <= hi)) continue;
					counted[option] = i;
					groupCounts[option]!++;
				}
			}
		}
	}
	const groups = new Map<string, number>();
	options.forEach((id, option) => {
		if (groupCounts[option]) groups.set(id, groupCounts[option]!);
	});
	return { groups, types, articles, kinds };
}
