import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filter-state';
import { formatFrame, frameBounds, frameLabel, parseFrame, stepFrame, timeWindow, toUnit } from './time-frame';

describe('playback frames', () => {
	it('reads a year or a month and refuses anything else', () => {
		expect(parseFrame('2014')).toEqual({ year: 2014 });
		expect(parseFrame('2014-06')).toEqual({ year: 2014, month: 6 });
		for (const bad of ['2014-13', '2014-00', '14', '2014-6', '0999', 'june', '2014-06-01', '']) expect(parseFrame(bad), bad).toBeUndefined();
	});

	it('writes a month with two digits, as it reads it', () => {
		expect(formatFrame({ year: 2014, month: 6 })).toBe('2014-06');
		expect(formatFrame({ year: 2014 })).toBe('2014');
	});

	it('covers a month to its last millisecond, February of a leap year included', () => {
		const [start, end] = frameBounds({ year: 2016, month: 2 });
		expect(new Date(start).toISOString()).toBe('2016-02-01T00:00:00.000Z');
		expect(new Date(end).toISOString()).toBe('2016-02-29T23:59:59.999Z');
		expect(frameBounds({ year: 2014 }).map((t) => new Date(t).toISOString())).toEqual(['2014-01-01T00:00:00.000Z', '2014-12-31T23:59:59.999Z']);
	});

	it('steps across a year end and stops at either end of the period', () => {
		expect(stepFrame({ year: 2014, month: 12 }, 1, 1980, 2015)).toEqual({ year: 2015, month: 1 });
		expect(stepFrame({ year: 2014, month: 1 }, -1, 1980, 2015)).toEqual({ year: 2013, month: 12 });
		expect(stepFrame({ year: 2015, month: 12 }, 1, 1980, 2015)).toBeUndefined();
		expect(stepFrame({ year: 1980 }, -1, 1980, 2015)).toBeUndefined();
		expect(stepFrame({ year: 2003 }, 1, 1980, 2015)).toEqual({ year: 2004 });
	});

	it('changes unit without leaving the year', () => {
		expect(toUnit({ year: 2014, month: 6 }, 'year')).toEqual({ year: 2014 });
		expect(toUnit({ year: 2014 }, 'month')).toEqual({ year: 2014, month: 1 });
	});

	it('names a month in words', () => {
		expect(frameLabel({ year: 2014, month: 6 })).toBe('June 2014');
		expect(frameLabel({ year: 2003 })).toBe('2003');
	});

	it('lets the frame, when set, decide the instants the time filter passes', () => {
		expect(timeWindow({ ...DEFAULT_FILTERS, from: 2010, to: 2015, frame: '2014-06' })).toEqual(frameBounds({ year: 2014, month: 6 }));
		expect(timeWindow({ ...DEFAULT_FILTERS, from: 2010, to: 2015 })).toEqual([Date.UTC(2010, 0, 1), Date.UTC(2016, 0, 1) - 1]);
	});
});
