/**
 * The counts beside the filter options, on the shipped corpus: each is what choosing that option alone
 * (the other facets as they are) shows — checked against the one predicate for every option.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedCorpus } from '../../../../tests/unit/shipped-corpus';
import { splitIndex } from '../bundles/split-index';
import { filterAtlas, prepareIndex, type PreparedIndex } from './filter-atlas';
import type { FirstViewIndex } from '../atlas-index';
import { DEFAULT_FILTERS, type FilterState } from './filter-state';
import { countFacets } from './count-facets';

let prepared: PreparedIndex;
let index: FirstViewIndex;

beforeAll(async () => {
	const { out } = await shippedCorpus();
	index = splitIndex(out.index).first;
	prepared = prepareIndex(index);
}, 60_000);

/** Per facet, every option's count as the predicate gives it: choose it alone, count the events. */
function byPredicate(filters: FilterState) {
	const count = (patch: Partial<FilterState>) => filterAtlas(prepared, { ...filters, ...patch }).events.size;
	const table = (ids: string[], patch: (id: string) => Partial<FilterState>) =>
		new Map(ids.map((id) => [id, count(patch(id))] as const).filter(([, n]) => n > 0));
	return {
		groups: table([...index.groups.map((g) => g.id), ...index.people.map((p) => p.id)], (id) => ({ groups: [id] })),
		types: table([...new Set(index.events.map((e) => e.type))], (t) => ({ types: [t as FilterState['types'][number]] })),
		articles: table(index.articles.map((a) => a.id), (a) => ({ articles: [a] })),
		kinds: table([...new Set(index.places.map((p) => p.kind))], (k) => ({ kinds: [k as FilterState['kinds'][number]] }))
	};
}

describe('countFacets', () => {
	it('counts the Quds Force’s 12 events, and no option beside it gives more than the 62', () => {
		const counts = countFacets(prepared, DEFAULT_FILTERS);
		expect(counts.groups.get('quds-force')).toBe(12);
		expect(Math.max(...counts.types.values(), ...counts.groups.values())).toBeLessThanOrEqual(62);
	});

	it.each<[string, Partial<FilterState>]>([
		['nothing chosen', {}],
		['the Quds Force chosen', { groups: ['quds-force'] }],
		['the IRGC without its sub-units', { groups: ['irgc'], subunits: false }],
		['the PMF with its sub-units, only while they belonged', { groups: ['popular-mobilization-forces'] }],
		['sieges and battles in 2014', { types: ['siege', 'battle'], from: 2014, to: 2014 }],
		['one article and towns', { articles: ['blog-2015-iran-beachhead'], kinds: ['town'] }],
		['only reviewed places, 2003–2011', { reviewedOnly: true, from: 2003, to: 2011 }]
	])('gives every option what choosing it alone gives, with %s', (_, patch) => {
		const filters = { ...DEFAULT_FILTERS, ...patch };
		expect(countFacets(prepared, filters)).toEqual(byPredicate(filters));
	});
});
