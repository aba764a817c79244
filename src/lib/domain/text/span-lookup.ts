/**
 * Finding, among many spans of one text, the one that holds an offset or any that overlaps a span,
 * in logarithmic time: an article of megabytes has tens of thousands of sentences and names, and a
 * scan of all of them for each name made reading it quadratic.
 */
import type { Span } from '../types';

/** Spans sorted by start, with the furthest end reached up to each one, for the two questions below. */
export interface SpanLookup<T extends Span> {
	/** The span that holds `offset` (start ≤ offset < end); the first by start if several do. */
	holding(offset: number): T | undefined;
	/** Whether any span overlaps `span` (shares at least one character with it). */
	overlaps(span: Span): boolean;
}

/** Indexes `spans` (in any order) for {@link SpanLookup}'s questions. */
export function spanLookup<T extends Span>(spans: readonly T[]): SpanLookup<T> {
	const sorted = [...spans].sort((a, b) => a.start - b.start);
	const reach: number[] = [];
	let furthest = -Infinity;
	for (const s of sorted) reach.push((furthest = Math.max(furthest, s.end)));
	/** The number of spans that start before `offset`. */
	const startingBefore = (offset: number) => {
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (sorted[mid]!.start < offset) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	return {
		holding(offset) {
			const n = startingBefore(offset + 1);
			if (n === 0 || reach[n - 1]! <= offset) return undefined;
			// Some span starting at or before the offset reaches past it: the first such, scanning back only over spans that do.
			let found: T | undefined;
			for (let i = n - 1; i >= 0 && reach[i]! > offset; i--) if (sorted[i]!.end > offset) found = sorted[i];
			return found;
		},
		overlaps(span) {
			const n = startingBefore(span.end);
			return n > 0 && reach[n - 1]! > span.start;
		}
	};
}
