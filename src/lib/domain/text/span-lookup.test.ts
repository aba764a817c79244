import { describe, expect, it } from 'vitest';
import { spanLookup } from './span-lookup';

const sentences = [
	{ start: 0, end: 10, id: 'a' },
	{ start: 11, end: 30, id: 'b' },
	{ start: 30, end: 31, id: 'c' }
];

describe('spanLookup', () => {
	it('finds the sentence holding an offset, and none in the gap between two or past the end', () => {
		const at = spanLookup([...sentences].reverse());
		expect([0, 9, 10, 11, 29, 30, 31, -1].map((o) => at.holding(o)?.id)).toEqual(['a', 'a', undefined, 'b', 'b', 'c', undefined, undefined]);
	});

	it('says whether a span overlaps any of them, touching ends not counting', () => {
		const names = spanLookup([{ start: 5, end: 8 }, { start: 20, end: 40 }]);
		expect(names.overlaps({ start: 0, end: 5 })).toBe(false);
		expect(names.overlaps({ start: 7, end: 9 })).toBe(true);
		expect(names.overlaps({ start: 8, end: 20 })).toBe(false);
		expect(names.overlaps({ start: 25, end: 26 }), 'inside a long span').toBe(true);
		expect(names.overlaps({ start: 40, end: 50 })).toBe(false);
	});

	it('answers as a scan of every span does, for nested and overlapping spans too', () => {
		const spans = Array.from({ length: 200 }, (_, i) => ({ start: (i * 37) % 500, end: ((i * 37) % 500) + 1 + ((i * 13) % 60) }));
		const at = spanLookup(spans);
		const byStart = [...spans].sort((a, b) => a.start - b.start);
		for (let o = -2; o < 570; o++) expect(at.holding(o), `offset ${o}`).toBe(byStart.find((s) => s.start <= o && o < s.end));
		for (let s = 0; s < 560; s += 3) {
			const q = { start: s, end: s + 4 };
			expect(at.overlaps(q), `${s}`).toBe(spans.some((x) => x.start < q.end && q.start < x.end));
		}
	});
});
