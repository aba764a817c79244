import { describe, expect, it } from 'vitest';
import { checkDate, dateBounds } from './check-date';

describe('checkDate', () => {
	it('accepts real partial dates and refuses days and months that do not exist', () => {
		expect(checkDate('2014-08-22')).toBeUndefined();
		expect(checkDate('2016-02-29')).toBeUndefined();
		expect(checkDate('2014-02-29')).toBe('February 2014 has no day 29');
		expect(checkDate('2014-13')).toBe('month 13 does not exist');
	});

	it('gives the instants a partial date covers', () => {
		expect(dateBounds('2014-10').map((t) => new Date(t).toISOString())).toEqual(['2014-10-01T00:00:00.000Z', '2014-10-31T23:59:59.999Z']);
		expect(new Date(dateBounds('2007')[1]).toISOString()).toBe('2007-12-31T23:59:59.999Z');
	});
});
