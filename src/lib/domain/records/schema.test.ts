/**
 * The corrections a person keeps in an article's metadata: every kind written before "move" still
 * reads, and a "move" carries its position — required there, in range, and refused on any other action,
 * with a message that names the field.
 */
import { describe, expect, it } from 'vitest';
import { MachineCorrection } from './schema';

const ODESA = { start: 70, end: 75, text: 'Odesa' };
const issues = (value: unknown) => {
	const parsed = MachineCorrection.safeParse(value);
	return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('a correction in an article’s metadata', () => {
	it('reads the corrections written before "move" existed', () => {
		for (const c of [
			{ ...ODESA, action: 'confirm' },
			{ ...ODESA, action: 'not-a-place' },
			{ ...ODESA, action: 'use', geonameId: 698740 },
			{ ...ODESA, action: 'add', geonameId: 698740 }
		]) {
			expect(issues(c), c.action).toEqual([]);
		}
	});

	it('reads a "move" with its position', () => {
		expect(MachineCorrection.parse({ ...ODESA, action: 'move', lat: 50.45, lon: 30.52 })).toEqual({ ...ODESA, action: 'move', lat: 50.45, lon: 30.52 });
	});

	it('names the missing coordinate of a "move"', () => {
		expect(issues({ ...ODESA, action: 'move', lat: 50.45 })).toEqual([{ path: 'lon', message: expect.stringContaining('a "move" needs the new position: add "lon"') }]);
		expect(issues({ ...ODESA, action: 'move' }).map((i) => i.path)).toEqual(['lat', 'lon']);
	});

	it('refuses a position out of range, naming the field', () => {
		expect(issues({ ...ODESA, action: 'move', lat: 95, lon: 30.52 })).toEqual([{ path: 'lat', message: expect.stringContaining('latitude must be between -90 and 90') }]);
		expect(issues({ ...ODESA, action: 'move', lat: 50.45, lon: 190 })).toEqual([{ path: 'lon', message: expect.stringContaining('longitude must be between -180 and 180') }]);
	});

	it('refuses a position on any other action', () => {
		expect(issues({ ...ODESA, action: 'confirm', lat: 50.45, lon: 30.52 })).toEqual([
			{ path: 'lat', message: 'only a "move" has a position: remove "lat", or set "action" to "move"' },
			{ path: 'lon', message: 'only a "move" has a position: remove "lon", or set "action" to "move"' }
		]);
	});
});
