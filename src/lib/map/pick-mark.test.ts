import { describe, expect, it } from 'vitest';
import { pickMark, SLOP_PX, type Mark } from './pick-mark';
import { placeMarkerRadius } from './place-marker-radius';
import { RING } from './atlas-layers';

/** Karbala's marker and its dots on the ring, as drawn at the default zoom (Karbala 6 px south of Iraq's point). */
function karbala(x: number, y: number): Mark[] {
	return [
		{ kind: 'place', place: 'karbala', area: false, x, y, radius: placeMarkerRadius(1) },
		...RING.slice(0, 3).map(([dx, dy], slot): Mark => ({ kind: 'event', place: 'karbala', event: `raid-${slot}`, x: x + dx!, y: y + dy!, radius: 7 }))
	];
}
const iraq: Mark = { kind: 'place', place: 'iraq', area: true, x: 100, y: 100, radius: placeMarkerRadius(107) };

describe('pickMark: the mark nearest the pointer wins', () => {
	it('opens Iraq from the centre of its ring, not a dot of Karbala’s ring beside it (issue 12)', () => {
		const marks = [iraq, ...karbala(100, 106)];
		expect(pickMark(marks, { x: 100, y: 100 }, SLOP_PX.mouse)).toEqual({ place: 'iraq' });
		expect(pickMark(marks, { x: 100, y: 100 }, SLOP_PX.touch)).toEqual({ place: 'iraq' });
	});

	it('opens Karbala from its own marker, though Iraq’s larger ring covers it', () => {
		expect(pickMark([iraq, ...karbala(100, 106)], { x: 100, y: 106 }, SLOP_PX.mouse)).toEqual({ place: 'karbala' });
	});

	it('opens a place whose marker lies under a neighbour’s event dot when the pointer is on the place', () => {
		const jurf: Mark = { kind: 'place', place: 'jurf-al-sakher', area: false, x: 200, y: 200, radius: 5.8 };
		// Karbala 14 px away: its top dot ends up 2 px from Jurf al-Sakher's centre.
		const marks = [jurf, ...karbala(202, 214)];
		expect(pickMark(marks, { x: 200, y: 200 }, SLOP_PX.mouse)).toEqual({ place: 'jurf-al-sakher' });
		expect(pickMark(marks, { x: 202, y: 198 }, SLOP_PX.mouse)).toEqual({ place: 'karbala', event: 'raid-0' });
	});

	it('opens an event from its dot', () => {
		const [, dx, dy] = [0, ...RING[1]!];
		expect(pickMark(karbala(50, 50), { x: 50 + dx!, y: 50 + dy! }, SLOP_PX.mouse)).toEqual({ place: 'karbala', event: 'raid-1' });
	});

	it('offers a choice between places drawn at one point, a town before the country it shares it with', () => {
		const baghdad: Mark = { kind: 'place', place: 'baghdad', area: false, x: 10, y: 10, radius: 10 };
		const site4: Mark = { kind: 'place', place: 'site-4-prison', area: false, x: 10.5, y: 10, radius: 5 };
		expect(pickMark([baghdad, site4], { x: 12, y: 11 }, SLOP_PX.mouse)).toEqual({ choose: ['site-4-prison', 'baghdad'] });
		expect(pickMark([{ ...iraq, x: 10, y: 10 }, baghdad], { x: 10, y: 10 }, SLOP_PX.mouse)).toEqual({ place: 'baghdad' });
	});

	it('reaches farther for a finger than for a cursor, and picks nothing on empty map', () => {
		const marks = karbala(0, 0);
		expect(pickMark(marks, { x: -15, y: 0 }, SLOP_PX.mouse)).toBeUndefined();
		expect(pickMark(marks, { x: -15, y: 0 }, SLOP_PX.touch)).toEqual({ place: 'karbala' });
		expect(pickMark([], { x: 0, y: 0 }, SLOP_PX.touch)).toBeUndefined();
	});

	it('refuses a pointer that is not a position', () => {
		expect(() => pickMark([], { x: NaN, y: 0 }, 3)).toThrow(/finite/);
	});
});

describe('placeMarkerRadius', () => {
	it('follows the layer’s stops: 5 px for one mention, 15 px for 64, 22 px from 196 on', () => {
		expect([placeMarkerRadius(0), placeMarkerRadius(1), placeMarkerRadius(64), placeMarkerRadius(196), placeMarkerRadius(1000)]).toEqual([5, 5, 15, 22, 22]);
		expect(placeMarkerRadius(107)).toBeCloseTo(15 + ((Math.sqrt(107) - 8) / 6) * 7, 6);
	});
});
