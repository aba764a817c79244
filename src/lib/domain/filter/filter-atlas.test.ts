import { describe, expect, it } from 'vitest';
import { miniIndex } from '../../../../tests/fixtures/mini-index';
import { filterAtlas, prepareIndex } from './filter-atlas';
import { DEFAULT_FILTERS } from './filter-state';
import { createPlaceSearch } from './search-places';

const prepared = prepareIndex(miniIndex);
const run = (patch: Partial<typeof DEFAULT_FILTERS>, hits: string[] = []) => {
	const v = filterAtlas(prepared, { ...DEFAULT_FILTERS, ...patch }, hits);
	return { places: [...v.places].sort(), events: [...v.events].sort() };
};

describe('filterAtlas', () => {
	it('shows everything when nothing is filtered', () => {
		expect(run({})).toEqual({ places: ['amerli', 'diyala', 'karbala', 'tehran'], events: ['amerli-siege', 'diyala-massacre', 'karbala-raid'] });
	});

	it('narrows to a group’s places through reported events', () => {
		expect(run({ groups: ['kataib-hezbollah'] })).toEqual({ places: ['amerli'], events: ['amerli-siege'] });
	});

	it('includes sub-units and their people only when asked: IRGC → Quds Force → Suleimani', () => {
		expect(run({ groups: ['irgc'], subunits: true }).places).toEqual(['karbala', 'tehran']);
		expect(run({ groups: ['irgc'], subunits: false }).places).toEqual(['tehran']);
	});

	it('counts a sub-unit only while it belonged: Asaib’s 2007 Karbala raid is not a PMF event, its 2014 massacre is', () => {
		expect(run({ groups: ['pmf'], subunits: true }).events).toEqual(['amerli-siege', 'diyala-massacre']);
		expect(run({ groups: ['asaib'], subunits: true }).events).toEqual(['diyala-massacre', 'karbala-raid']);
	});

	it('keeps only places with an event in the time range once the range is narrowed', () => {
		expect(run({ from: 2014, to: 2014 })).toEqual({ places: ['amerli', 'diyala'], events: ['amerli-siege', 'diyala-massacre'] });
		expect(run({ from: 2007, to: 2007 }).places).toEqual(['karbala']);
	});

	it('shows only the playback frame’s events and places: August 2014 is the Diyala massacre, not the November siege', () => {
		expect(run({ frame: '2014-08' })).toEqual({ places: ['diyala'], events: ['diyala-massacre'] });
		expect(run({ frame: '2014' })).toEqual({ places: ['amerli', 'diyala'], events: ['amerli-siege', 'diyala-massacre'] });
		expect(run({ frame: '2010' })).toEqual({ places: [], events: [] });
	});

	it('filters by event type, article and place kind', () => {
		expect(run({ types: ['raid'] })).toEqual({ places: ['karbala'], events: ['karbala-raid'] });
		expect(run({ articles: ['a2005'] })).toEqual({ places: ['tehran'], events: [] });
		expect(run({ kinds: ['region'] })).toEqual({ places: ['diyala'], events: ['diyala-massacre'] });
	});

	it('searches names in any spelling, Arabic included', () => {
		const search = createPlaceSearch(miniIndex.places);
		expect(search('Amirli')).toEqual(['amerli']);
		expect(search('آمرلي')).toEqual(['amerli']);
		expect(search('amerl')).toEqual(['amerli']);
		expect(run({ q: 'Amirli' }, search('Amirli')).places).toEqual(['amerli']);
	});

	it('hides an event whose places are all filtered out, so no list row points at nothing', () => {
		expect(run({ kinds: ['city'] }).events).toEqual(['karbala-raid']);
	});
});
