import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

describe('formatDate', () => {
	it('shows each date with its precision, never more precise than the source', () => {
		expect(formatDate({ start: '2014-08-22', precision: 'day' })).toBe('22 Aug 2014');
		expect(formatDate({ start: '2014-10', precision: 'month' })).toBe('Oct 2014');
		expect(formatDate({ start: '2005', precision: 'year' })).toBe('2005');
		expect(formatDate({ start: '2013', precision: 'approximate' })).toBe('c. 2013');
		expect(formatDate({ start: '2014-06-09', end: '2014-07', precision: 'range' })).toBe('9 Jun 2014 – Jul 2014');
	});
});
