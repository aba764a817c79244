import { describe, expect, it } from 'vitest';
import { longitudeSpan } from './longitude-span';

describe('longitudeSpan', () => {
	it('spans Baghdad to Tehran as they are', () => {
		expect(longitudeSpan([44.4, 51.4])).toEqual([44.4, 51.4]);
	});

	it('crosses the antimeridian for Fiji and Samoa instead of spanning the world', () => {
		const [west, east] = longitudeSpan([178.4, -171.8]);
		expect(west).toBe(178.4);
		expect(east).toBeCloseTo(188.2, 9);
	});

	it('keeps a world-wide spread as it is when the widest gap is already at the antimeridian', () => {
		expect(longitudeSpan([-77, 44.4, 151.2])).toEqual([-77, 151.2]);
	});

	it('takes one point as a zero-width span', () => {
		expect(longitudeSpan([44.4])).toEqual([44.4, 44.4]);
	});
});
