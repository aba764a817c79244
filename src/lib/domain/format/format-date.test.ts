import { describe, expect, it } from 'vitest';
import { dateCertainty, describeDate, formatDate } from './format-date';

describe('formatDate', () => {
	it('shows each date with its precision, never more precise than the source', () => {
		expect(formatDate({ start: '2014-08-22', precision: 'day' })).toBe('22 Aug 2014');
		expect(formatDate({ start: '2014-10', precision: 'month' })).toBe('Oct 2014');
		expect(formatDate({ start: '2005', precision: 'year' })).toBe('2005');
		expect(formatDate({ start: '2013', precision: 'approximate' })).toBe('c. 2013');
		expect(formatDate({ start: '2014-06-09', end: '2014-07', precision: 'range' })).toBe('9 Jun 2014 – Jul 2014');
	});

	it('writes a bound as a bound: "before Jun 2013", not "Jun 2013"', () => {
		expect(formatDate({ start: '2013-06', precision: 'month', bound: 'before' })).toBe('before Jun 2013');
		expect(formatDate({ start: '2011', precision: 'year', bound: 'after' })).toBe('after 2011');
	});
});

describe('describeDate', () => {
	it('says how the editors inferred a date, in their words', () => {
		expect(
			describeDate({ start: '2013-06', precision: 'month', bound: 'before', inferred: '“more than a year ago” in a report of June 2014' })
		).toBe('before Jun 2013 (inferred: “more than a year ago” in a report of June 2014)');
	});

	it('shows a disputed date beside what other reporting gives', () => {
		expect(describeDate({ start: '2014-11', precision: 'month', disputed: 'other reporting gives 31 Aug 2014' })).toBe(
			'Nov 2014 — disputed: other reporting gives 31 Aug 2014'
		);
	});

	it('adds nothing to a date a quote states', () => {
		expect(describeDate({ start: '2014-08-22', precision: 'day' })).toBe('22 Aug 2014');
	});
});

describe('dateCertainty', () => {
	it('names the least certain thing about a date, so the timeline can draw it apart', () => {
		expect(dateCertainty({ start: '2014-08-22', precision: 'day' })).toBe('stated');
		expect(dateCertainty({ start: '2013', precision: 'approximate' })).toBe('approximate');
		expect(dateCertainty({ start: '2013-06', precision: 'month', bound: 'before' })).toBe('bounded');
		expect(dateCertainty({ start: '2013-06', precision: 'month', bound: 'before', inferred: '“more than a year ago”' })).toBe('inferred');
		expect(dateCertainty({ start: '2014-11', precision: 'month', inferred: 'x', disputed: 'other reporting gives 31 Aug 2014' })).toBe('disputed');
	});
});
