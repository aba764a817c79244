import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filter-state';
import { fromSearchParams, timeRangeNotice, toSearchParams, type UrlState } from './url-state';
import type { KnownIds } from './known-ids';

const known: KnownIds = {
	groups: new Set(['kataib-hezbollah', 'irgc']),
	articles: new Set(['blog-2015-iran-beachhead']),
	places: new Set(['amerli']),
	events: new Set(['amerli-siege'])
};

describe('URL state', () => {
	it('round-trips the whole state: camera, filters, time range, selection, highlight', () => {
		const state: UrlState = {
			filters: { ...DEFAULT_FILTERS, groups: ['kataib-hezbollah', 'irgc'], subunits: false, types: ['siege', 'raid'], articles: ['blog-2015-iran-beachhead'], kinds: ['town'], from: 2007, to: 2014, q: 'Amirli', reviewedOnly: true },
			camera: { lon: 44.5812, lat: 34.7213, zoom: 7.25 },
			place: 'amerli',
			event: 'amerli-siege',
			highlight: { kind: 'group', id: 'irgc' }
		};
		const params = toSearchParams(state);
		const back = fromSearchParams(new URLSearchParams(params.toString()), known);
		expect(back).toEqual({ state, notices: [] });
	});

	it('keeps "only reviewed places" in the link as reviewed=1 and names a value it cannot read', () => {
		expect(toSearchParams({ filters: { ...DEFAULT_FILTERS, reviewedOnly: true } }).toString()).toBe('reviewed=1');
		const { state, notices } = fromSearchParams(new URLSearchParams('reviewed=maybe'), known);
		expect(state.filters.reviewedOnly).toBe(false);
		expect(notices).toEqual([expect.stringContaining('Ignored “reviewed=maybe”')]);
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
		expect(notices).toContain('Ignored “from=abc”: not a year between 1000 and 2999.');
		expect(notices).toContain('Ignored “group=<script>alert(1)</script>”: no such group or person.');
		expect(notices).toContain('Ignored “type=explosion”: no such event type.');
	});

	it('refuses a range that ends before it starts, and an overlong query', () => {
		const { state, notices } = fromSearchParams(new URLSearchParams(`from=2014&to=2005&q=${'x'.repeat(500)}`), known);
		expect(state.filters).toEqual(DEFAULT_FILTERS);
		expect(notices).toHaveLength(2);
	});

	it('accepts any plausible year, also after the shipped articles: from=2016 and to=1975', () => {
		const { state, notices } = fromSearchParams(new URLSearchParams('from=2016'), known);
		expect(notices).toEqual([]);
		expect(state.filters.from).toBe(2016);
		expect(toSearchParams(state).toString()).toBe('from=2016');
		expect(fromSearchParams(new URLSearchParams('to=1975'), known).state.filters.to).toBe(1975);
	});

	it('refuses years outside 1000–2999 with a notice that says so', () => {
		const { state, notices } = fromSearchParams(new URLSearchParams('from=0999&to=3000'), known);
		expect(state.filters).toEqual(DEFAULT_FILTERS);
		expect(notices).toEqual(['Ignored “from=0999”: not a year between 1000 and 2999.', 'Ignored “to=3000”: not a year between 1000 and 2999.']);
	});

	it('names sixty unknown group ids in one notice, not one notice each (issue 12)', () => {
		const ids = Array.from({ length: 60 }, (_, i) => `bad${i + 1}`);
		const { state, notices } = fromSearchParams(new URLSearchParams(`group=${ids.join(',')}`), known);
		expect(state.filters.groups).toEqual([]);
		expect(notices).toEqual([
			'Ignored 60 values of “group”: bad1, bad2, bad3, bad4, bad5 and 55 more (50 name no group or person; 10 come after the 50 a link may hold).'
		]);
	});

	it('keeps the known ids of a list, naming the unknown ones together, and drops a repeated id quietly', () => {
		const { state, notices } = fromSearchParams(new URLSearchParams('group=irgc,nope,irgc,zilch'), known);
		expect(state.filters.groups).toEqual(['irgc']);
		expect(notices).toEqual(['Ignored 2 values of “group”: nope, zilch (2 name no group or person).']);
	});

	it('names a subunits value other than 0 or 1 (issue 12: ?subunits=maybe)', () => {
		const { state, notices } = fromSearchParams(new URLSearchParams('subunits=maybe'), known);
		expect(state.filters.subunits).toBe(true);
		expect(notices).toEqual(['Ignored “subunits=maybe”: expected 0 (without sub-units) or 1.']);
		expect(fromSearchParams(new URLSearchParams('subunits=1'), known).notices).toEqual([]);
	});

	it('names a parameter the dashboard does not read, with what was probably meant (issue 12: ?zoom=1e309)', () => {
		expect(fromSearchParams(new URLSearchParams('zoom=1e309'), known).notices).toEqual([
			'Ignored “zoom=1e309”: no such parameter (the camera is “at=zoom/latitude/longitude”, e.g. at=5/33.3/44.4).'
		]);
		const notices = (query: string) => fromSearchParams(new URLSearchParams(query), known).notices;
		expect(notices('groups=irgc')).toEqual(['Ignored “groups=irgc”: no such parameter (the dashboard reads “group”).']);
		expect(notices('colour=red')).toEqual(['Ignored “colour=red”: no such parameter.']);
		expect(notices('utm_source=newsletter&fbclid=abc')).toEqual([]);
	});

	it('uses the first of a parameter given twice and names the others (issue 12: a doubled ?place=)', () => {
		const { state, notices } = fromSearchParams(new URLSearchParams('place=amerli&place=kobane'), known);
		expect(state.place).toBe('amerli');
		expect(notices).toEqual(['Ignored “place=kobane”: a link gives “place” once, and the first, “place=amerli”, is used.']);
		expect(fromSearchParams(new URLSearchParams('from=2001&from=2002&from=2003'), known).notices).toEqual([
			'Ignored “from=2002”, “from=2003”: a link gives “from” once, and the first, “from=2001”, is used.'
		]);
	});

	it('keeps the playback frame in the link and refuses one it cannot read or that lies outside the range', () => {
		const link = toSearchParams({ filters: { ...DEFAULT_FILTERS, from: 2010, to: 2015, frame: '2014-06' } }).toString();
		expect(link).toBe('from=2010&to=2015&frame=2014-06');
		expect(fromSearchParams(new URLSearchParams(link), known)).toEqual({ state: { filters: { ...DEFAULT_FILTERS, from: 2010, to: 2015, frame: '2014-06' } }, notices: [] });
		const bad = fromSearchParams(new URLSearchParams('frame=2014-13'), known);
		expect(bad.state.filters.frame).toBe('');
		expect(bad.notices).toEqual(['Ignored “frame=2014-13”: expected a year or a month, e.g. 2014 or 2014-06.']);
		expect(fromSearchParams(new URLSearchParams('from=2010&to=2012&frame=2014'), known).notices).toEqual(['Ignored “frame=2014”: outside the time range, 2010–2012.']);
		expect(fromSearchParams(new URLSearchParams('to=2012&frame=2014'), known).notices).toEqual(['Ignored “frame=2014”: outside the time range, 2012 or earlier.']);
	});

	it('says when the time range lies wholly outside the data, naming the data’s years', () => {
		const data = { first: 1980, last: 2015 };
		expect(timeRangeNotice({ from: 2016, to: DEFAULT_FILTERS.to }, data)).toBe('Nothing is dated 2016 or later: the data runs from 1980 to 2015.');
		expect(timeRangeNotice({ from: 1900, to: 1950 }, data)).toBe('Nothing is dated 1900–1950: the data runs from 1980 to 2015.');
		expect(timeRangeNotice({ from: 2014, to: 2020 }, data)).toBeUndefined();
		expect(timeRangeNotice(DEFAULT_FILTERS, data)).toBeUndefined();
	});
});

describe('the list order in the URL', () => {
	it('round-trips the order of both tables and leaves the default out', () => {
		const state: UrlState = { filters: DEFAULT_FILTERS, sort: { places: { key: 'events', dir: -1 }, events: { key: 'title', dir: 1 } } };
		expect(toSearchParams(state).toString()).toBe('sort=places.events.desc%2Cevents.title.asc');
		expect(fromSearchParams(toSearchParams(state), known)).toEqual({ state, notices: [] });
		expect(toSearchParams({ filters: DEFAULT_FILTERS, sort: { places: { key: 'mentions', dir: -1 }, events: { key: 'date', dir: 1 } } }).toString()).toBe('');
	});

	it('names a sort it cannot read and keeps the part it can', () => {
		const { state, notices } = fromSearchParams(new URLSearchParams('sort=places.size.up,events.date.desc'), known);
		expect(state.sort).toEqual({ places: { key: 'mentions', dir: -1 }, events: { key: 'date', dir: -1 } });
		expect(notices).toEqual([expect.stringMatching(/^Ignored “sort=places\.size\.up”: expected places\.COLUMN\.asc/)]);
		const bad = fromSearchParams(new URLSearchParams('sort=banana'), known);
		expect(bad.state.sort).toBeUndefined();
		expect(bad.notices).toHaveLength(1);
	});
});
