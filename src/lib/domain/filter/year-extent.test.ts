import { describe, expect, it } from 'vitest';
import { yearExtent } from './year-extent';

const event = (from: string, to: string) => ({ t0: Date.parse(from), t1: Date.parse(to) });

describe('yearExtent', () => {
	it('spans the first and last year of any event, so an event of 2020 is inside the default window', () => {
		const events = [event('1983-10-23', '1983-10-23T23:59:59Z'), event('2020-01-03', '2020-01-03T23:59:59Z')];
		expect(yearExtent({ events, articles: [] })).toEqual({ first: 1983, last: 2020 });
	});

	it('counts article and republished-piece dates too', () => {
		const articles = [{ published: { date: '2015-02' }, pieces: [{ published: { date: '2014-06-14' } }, {}] }, { published: { date: '2005' } }];
		expect(yearExtent({ events: [event('2011-01-01', '2011-12-31')], articles })).toEqual({ first: 2005, last: 2015 });
	});

	it('falls back to the current year for data with no dates at all', () => {
		const now = new Date().getUTCFullYear();
		expect(yearExtent({ events: [], articles: [] })).toEqual({ first: now, last: now });
	});
});
