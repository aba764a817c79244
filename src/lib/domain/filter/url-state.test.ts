import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filter-state';
import { fromSearchParams, toSearchParams, type KnownIds, type UrlState } from './url-state';

const known: KnownIds = {
	groups: new Set(['kataib-hezbollah', 'irgc']),
	articles: new Set(['blog-2015-iran-beachhead']),
	places: new Set(['amerli']),
	events: new Set(['amerli-siege'])
};

describe('URL state', () => {
	it('round-trips the whole state: camera, filters, time range, selection, highlight', () => {
		const state: UrlState = {
			filters: { ...DEFAULT_FILTERS, groups: ['kataib-hezbollah', 'irgc'], subunits: false, types: ['siege', 'raid'], articles: ['blog-2015-iran-beachhead'], kinds: ['town'], from: 2007, to: 2014, q: 'Amirli' },
			camera: { lon: 44.5812, lat: 34.7213, zoom: 7.25 },
			place: 'amerli',
			event: 'amerli-siege',
			highlight: { kind: 'group', id: 'irgc' }
		};
		const params = toSearchParams(state);
		const back = fromSearchParams(new URLSearchParams(params.toString()), known);
		expect(back).toEqual({ state, notices: [] });
	});

	it('writes nothing for the default state, so the plain page has a plain URL', () => {
		expect(toSearchParams({ filters: DEFAULT_FILTERS }).toString()).toBe('');
	});

	it('falls back to defaults for mangled or hostile parameters and says what it ignored', () => {
		const { state, notices } = fromSearchParams(
			new URLSearchParams('from=abc&to=99999&group=<script>alert(1)</script>&place=nowhere&at=NaN/1/2&type=siege,explosion&highlight=javascript:alert(1)'),
			known
		);
		expect(state).toEqual({ filters: { ...DEFAULT_FILTERS, types: ['siege'] } });
		expect(notices).toHaveLength(7);
		expect(notices).toContain('Ignored “from=abc”: not a year between 1980 and 2015.');
		expect(notices).toContain('Ignored “group=<script>alert(1)</script>”: no such group or person.');
		expect(notices).toContain('Ignored “type=explosion”: no such event type.');
	});

	it('refuses a range that ends before it starts, and an overlong query', () => {
		const { state, notices } = fromSearchParams(new URLSearchParams(`from=2014&to=2005&q=${'x'.repeat(500)}`), known);
		expect(state.filters).toEqual(DEFAULT_FILTERS);
		expect(notices).toHaveLength(2);
	});
});
