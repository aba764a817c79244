import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { idsMatch } from './apply-visibility';

const passes = (filter: unknown, properties: Record<string, unknown>) =>
	featureFilter(filter as FilterSpecification, 'filter').filter({ zoom: 5 }, { type: 'Point', properties });

describe('idsMatch', () => {
	it('keeps exactly the features whose id is in the set, as a match expression', () => {
		const filter = idsMatch('id', new Set(['baghdad', 'amerli']));
		expect(filter[0]).toBe('match');
		expect(passes(filter, { id: 'baghdad' })).toBe(true);
		expect(passes(filter, { id: 'amerli' })).toBe(true);
		expect(passes(filter, { id: 'tehran' })).toBe(false);
		expect(passes(filter, {})).toBe(false);
	});

	it('hides everything for an empty set (a match needs one label)', () => {
		const filter = idsMatch('event', []);
		expect(passes(filter, { event: 'anything' })).toBe(false);
	});

	it('lists a repeated id once', () => {
		expect(idsMatch('id', ['a', 'a', 'b'])[2]).toEqual(['a', 'b']);
	});
});
