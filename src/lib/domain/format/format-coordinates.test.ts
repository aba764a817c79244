import { describe, expect, it } from 'vitest';
import { formatCoordinates } from './format-coordinates';

describe('formatCoordinates', () => {
	it('writes the southern and western hemispheres with S and W, not negative N and E (Buenos Aires)', () => {
		expect(formatCoordinates(-34.61315, -58.37723)).toBe('34.613°S, 58.377°W');
	});

	it('writes Washington and Langley west of Greenwich with W', () => {
		expect(formatCoordinates(38.89511, -77.03637)).toBe('38.895°N, 77.036°W');
	});

	it('writes places in the Middle East as N and E', () => {
		expect(formatCoordinates(33.3406, 44.4009)).toBe('33.341°N, 44.401°E');
	});

	it('does not write a minus zero as south or west', () => {
		expect(formatCoordinates(-0.0001, -0.0002)).toBe('0.000°N, 0.000°E');
	});

	it('refuses a value that is not a number', () => {
		expect(() => formatCoordinates(Number.NaN, 1)).toThrow(/not a coordinate/);
	});
});
