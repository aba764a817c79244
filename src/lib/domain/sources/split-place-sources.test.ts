/**
 * The place panel with filters, on the shipped corpus: Iraq with the Quds Force chosen shows the
 * Quds Force's events and sentences first (the issue: it showed all 30 events, the Iran–Iraq War first).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedCorpus } from '../../../../tests/unit/shipped-corpus';
import { splitIndex } from '../bundles/split-index';
import { filterAtlas, prepareIndex, type PreparedIndex } from '../filter/filter-atlas';
import { DEFAULT_FILTERS, type FilterState } from '../filter/filter-state';
import type { FirstViewIndex, PlaceBundle } from '../atlas-index';
import { placeSources } from './place-sources';
import { splitPlaceSources } from './split-place-sources';
import { countPlaceEvents } from './count-place-events';

let index: FirstViewIndex;
let prepared: PreparedIndex;
let iraq: PlaceBundle[];

beforeAll(async () => {
	const { out } = await shippedCorpus();
	const split = splitIndex(out.index);
	index = split.first;
	prepared = prepareIndex(index);
	iraq = split.places.filter((b) => b.place === 'iraq');
}, 60_000);

const splitIraq = (patch: Partial<FilterState>) => {
	const filters = { ...DEFAULT_FILTERS, ...patch };
	const visible = filterAtlas(prepared, filters);
	return splitPlaceSources(prepared, filters, visible, placeSources(index, iraq)!, iraq.flatMap((b) => b.mentions));
};

describe('splitPlaceSources', () => {
	it('puts Iraq’s five Quds Force events first and the other 25 apart, not the Iran–Iraq War first', () => {
		const s = splitIraq({ groups: ['quds-force'] });
		expect(s.filtered).toBe(true);
		expect(s.matchingEventCount).toBe(5);
		expect(s.events.matching.map((e) => e.id).sort()).toEqual([
			'jsoc-task-forces-split-2007',
			'petraeus-calls-suleimani-evil',
			'quds-force-arms-iraqi-militias-2003-2011',
			'quds-force-troops-reported-in-iraq-2014',
			'suleimani-flies-to-iraq-2014'
		]);
		expect(s.events.others).toHaveLength(25);
		expect(s.events.others.map((e) => e.id)).toContain('iran-iraq-war');
	});

	it('shows first the sentences that name the Quds Force or Suleimani, or that a Quds Force event quotes', () => {
		const s = splitIraq({ groups: ['quds-force'] });
		expect(s.sentences.matching + s.sentences.others).toBe(90);
		const first = s.articles.matching.flatMap((a) => a.sentences.map((q) => q.sentence.text));
		expect(first.length).toBe(s.sentences.matching);
		expect(first.some((t) => /Suleimani/.test(t))).toBe(true);
		const rest = s.articles.others.flatMap((a) => a.sentences.map((q) => q.sentence.text));
		expect(rest.some((t) => /Quds|Suleimani/.test(t))).toBe(false);
		expect(s.sentences.matching).toBeGreaterThanOrEqual(15);
		expect(s.sentences.matching).toBeLessThan(90);
	});

	it('keeps only the chosen article’s sentences first', () => {
		const s = splitIraq({ articles: ['trumpet-2005-defence-pact'] });
		expect(s.articles.matching.map((a) => a.article.id)).toEqual(['trumpet-2005-defence-pact']);
		expect(s.articles.others.map((a) => a.article.id)).not.toContain('trumpet-2005-defence-pact');
	});

	it('keeps everything on one side when nothing is filtered', () => {
		const s = splitIraq({});
		expect(s.filtered).toBe(false);
		expect(s.events.matching).toHaveLength(30);
		expect(s.events.others).toHaveLength(0);
		expect(s.sentences).toEqual({ matching: 90, others: 0 });
	});
});

describe('countPlaceEvents', () => {
	it('counts the events of a place that pass the filters: the list’s Events column', () => {
		const place = index.places.find((p) => p.id === 'iraq')!;
		expect(countPlaceEvents(place, filterAtlas(prepared, DEFAULT_FILTERS))).toBe(30);
		expect(countPlaceEvents(place, filterAtlas(prepared, { ...DEFAULT_FILTERS, groups: ['quds-force'] }))).toBe(5);
		expect(countPlaceEvents(place, filterAtlas(prepared, { ...DEFAULT_FILTERS, from: 1980, to: 1990 }))).toBe(1);
	});
});
