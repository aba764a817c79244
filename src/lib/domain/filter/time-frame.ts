/**
 * Playback frames: one year ("2014") or one month ("2014-06") of the chosen period, shown alone while
 * the timeline plays or steps through it. A frame narrows the time filter; it never widens it.
 */
import { YEAR_CEILING, YEAR_FLOOR, type FilterState } from './filter-state';

/** How far a step moves. */
export type FrameUnit = 'year' | 'month';

/** A frame read from its text: a year, and a month (1–12) when the frame is a month. */
export interface Frame {
	year: number;
	month?: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Reads a frame; undefined when the text is not "YYYY" or "YYYY-MM" within the years a link may ask for.
 *
 * @example parseFrame('2014-06') // { year: 2014, month: 6 }
 */
export function parseFrame(text: string): Frame | undefined {
	const m = /^(\d{4})(?:-(\d{2}))?$/.exec(text);
	if (!m) return undefined;
	const year = Number(m[1]);
	if (year < YEAR_FLOOR || year > YEAR_CEILING) return undefined;
	if (m[2] === undefined) return { year };
	const month = Number(m[2]);
	return month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** The frame as a link writes it. */
export function formatFrame(frame: Frame): string {
	return frame.month === undefined ? String(frame.year) : `${frame.year}-${String(frame.month).padStart(2, '0')}`;
}

/** Whether the frame is a year or a month. */
export function frameUnit(frame: Frame): FrameUnit {
	return frame.month === undefined ? 'year' : 'month';
}

/**
 * The frame's first and last instant (UTC milliseconds, inclusive).
 *
 * @example frameBounds({ year: 2014, month: 2 }) // [Date.UTC(2014, 1, 1), Date.UTC(2014, 2, 1) - 1]
 */
export function frameBounds(frame: Frame): [number, number] {
	if (frame.month === undefined) return [Date.UTC(frame.year, 0, 1), Date.UTC(frame.year + 1, 0, 1) - 1];
	return [Date.UTC(frame.year, frame.month - 1, 1), Date.UTC(frame.year, frame.month, 1) - 1];
}

/** How a reader says the frame: "2014", "June 2014". */
export function frameLabel(frame: Frame): string {
	return frame.month === undefined ? String(frame.year) : `${MONTHS[frame.month - 1]} ${frame.year}`;
}

/** Whether the frame lies within the years `first`–`last` (inclusive). */
export function frameInRange(frame: Frame, first: number, last: number): boolean {
	return frame.year >= first && frame.year <= last;
}

/** The first frame of the period `first`–`last` in the unit. */
export function firstFrame(first: number, unit: FrameUnit): Frame {
	return unit === 'year' ? { year: first } : { year: first, month: 1 };
}

/**
 * The frame `by` steps on (or back, when negative) in the frame's own unit; undefined past either end
 * of the period `first`–`last`.
 *
 * @example stepFrame({ year: 2014, month: 12 }, 1, 1980, 2015) // { year: 2015, month: 1 }
 */
export function stepFrame(frame: Frame, by: number, first: number, last: number): Frame | undefined {
	let next: Frame;
	if (frame.month === undefined) next = { year: frame.year + by };
	else {
		const index = frame.year * 12 + (frame.month - 1) + by;
		next = { year: Math.floor(index / 12), month: (index % 12) + 1 };
	}
	return frameInRange(next, first, last) ? next : undefined;
}

/**
 * The frame in another unit: a year becomes its January, a month its year.
 *
 * @example toUnit({ year: 2014, month: 6 }, 'year') // { year: 2014 }
 */
export function toUnit(frame: Frame, unit: FrameUnit): Frame {
	if (unit === 'year') return { year: frame.year };
	return { year: frame.year, month: frame.month ?? 1 };
}

/**
 * The instants the time filter lets through: the frame when one is set (it lies inside the years, the
 * URL reader sees to that), else the years `from`–`to`.
 */
export function timeWindow(filters: Pick<FilterState, 'from' | 'to' | 'frame'>): [number, number] {
	const frame = filters.frame ? parseFrame(filters.frame) : undefined;
	if (frame) return frameBounds(frame);
	return [Date.UTC(filters.from, 0, 1), Date.UTC(filters.to + 1, 0, 1) - 1];
}
