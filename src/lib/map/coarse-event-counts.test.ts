import { describe, expect, it } from 'vitest';
import { miniIndex } from '../../../tests/fixtures/mini-index';
import { coarseEventCounts } from './coarse-event-counts';

describe('coarseEventCounts', () => {
	const all = { places: new Set(miniIndex.places.map((p) => p.id)), events: new Set(miniIndex.events.map((e) => e.id)) };

	it('labels a province with the number of events placed only at it, not drawn as dots', () => {
		const fc = coarseEventCounts(miniIndex.places, miniIndex.events, all);
		expect(fc.features.map((f) => f.properties)).toEqual([{ place: 'diyala', count: 1, label: '1 event, whole province' }]);
	});

	it('counts only what the filters let through', () => {
		expect(coarseEventCounts(miniIndex.places, miniIndex.events, { ...all, events: new Set(['amerli-siege']) }).features).toEqual([]);
		expect(coarseEventCounts(miniIndex.places, miniIndex.events, { ...all, places: new Set(['amerli']) }).features).toEqual([]);
	});
});
