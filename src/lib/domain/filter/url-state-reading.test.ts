import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filter-state';
import { fromSearchParams, toSearchParams, type UrlState } from './url-state';
import type { KnownIds } from './known-ids';

const known: KnownIds = {
	groups: new Set(),
	articles: new Set(['nyt-2014-suleimani-iraq']),
	places: new Set(['iraq']),
	events: new Set()
};
const read = (query: string) => fromSearchParams(new URLSearchParams(query), known);

describe('URL state of the article reader (read=, span=)', () => {
	it('round-trips an article read at a quote, beside the open place and the camera', () => {
		const state: UrlState = {
			filters: { ...DEFAULT_FILTERS },
			camera: { lon: 44.4, lat: 33.3, zoom: 5 },
			place: 'iraq',
			reading: { article: 'nyt-2014-suleimani-iraq', start: 3447, end: 3729 }
		};
		const params = toSearchParams(state);
		expect(params.get('read')).toBe('nyt-2014-suleimani-iraq');
		expect(params.get('span')).toBe('3447-3729');
		expect(fromSearchParams(new URLSearchParams(params.toString()), known)).toEqual({ state, notices: [] });
	});

	it('opens an article from its start when the link gives no span', () => {
		expect(read('read=nyt-2014-suleimani-iraq')).toEqual({ state: { filters: DEFAULT_FILTERS, reading: { article: 'nyt-2014-suleimani-iraq' } }, notices: [] });
		expect(toSearchParams({ filters: DEFAULT_FILTERS, reading: { article: 'nyt-2014-suleimani-iraq' } }).toString()).toBe('read=nyt-2014-suleimani-iraq');
	});

	it('names an unknown article and leaves the map as it is', () => {
		const { state, notices } = read('place=iraq&read=nope&span=1-5');
		expect(state.reading).toBeUndefined();
		expect(state.place).toBe('iraq');
		expect(notices).toEqual(['Ignored “read=nope”: no such article.']);
	});

	it('reads the article but not a span that is not START-END with START before END', () => {
		for (const bad of ['5-5', '9-3', 'abc', '1-2-3', '-1-4', '1e3-2000', '']) {
			const { state, notices } = read(`read=nyt-2014-suleimani-iraq&span=${bad}`);
			expect(state.reading, bad).toEqual({ article: 'nyt-2014-suleimani-iraq' });
			expect(notices, bad).toEqual([expect.stringMatching(/^Ignored “span=.*”: expected the quote’s first and last character offsets/)]);
		}
	});

	it('says a span needs its article, and a doubled read= is named', () => {
		expect(read('span=1-5').notices).toEqual(['Ignored “span=1-5”: a span needs the article it lies in, “read=ARTICLE”.']);
		expect(read('read=nyt-2014-suleimani-iraq&read=other').notices).toEqual([expect.stringContaining('a link gives “read” once')]);
	});
});
