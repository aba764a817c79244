/** A hand-placed point is kept no more precise than the pixel it was dropped on, and always a valid position. */
import { describe, expect, it } from 'vitest';
import { handPosition } from './hand-position';

describe('a point placed by hand', () => {
	it('keeps the decimals one pixel resolves at the zoom it was placed at', () => {
		const at = { lat: 47.123456, lon: 29.987654 };
		expect(handPosition(at, 6)).toEqual({ lat: 47.12, lon: 29.99 });
		expect(handPosition(at, 12)).toEqual({ lat: 47.1235, lon: 29.9877 });
		expect(handPosition(at, 1.5)).toEqual({ lat: 47.1, lon: 30 });
	});

	it('wraps a longitude dragged past the antimeridian and keeps the latitude on the globe', () => {
		expect(handPosition({ lat: 12.5, lon: 190.25 }, 8)).toEqual({ lat: 12.5, lon: -169.75 });
		expect(handPosition({ lat: 91, lon: -181 }, 8)).toEqual({ lat: 90, lon: 179 });
	});
});
