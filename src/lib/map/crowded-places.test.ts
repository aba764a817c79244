import { describe, expect, it } from 'vitest';
import { miniIndex } from '../../../tests/fixtures/mini-index';
import { crowdedPlaces, ringDots } from './crowded-places';

type Card = { id: string; t0: number; places: { place: string }[] };
/** `n` events at Karbala, latest first (raid-0 is the latest), and one at Amerli, as the first view has them. */
function cards(n: number): Card[] {
	return [
		...Array.from({ length: n }, (_, i) => ({ id: `raid-${i}`, t0: n - i, places: [{ place: 'karbala' }] })),
		{ id: 'amerli-siege', t0: 5, places: [{ place: 'amerli' }] }
	];
}

const everything = (events: Card[]) => ({
	places: new Set(miniIndex.places.map((p) => p.id)),
	events: new Set(events.map((e) => e.id))
});

describe('ring slots and crowded places', () => {
	it('numbers the dots at each place in date order', () => {
		const karbala = ringDots(cards(3)).filter((d) => d.place === 'karbala');
		expect(karbala.map((d) => [d.event, d.slot])).toEqual([['raid-2', 0], ['raid-1', 1], ['raid-0', 2]]);
	});

	it('leaves twelve dots at a place alone and counts thirteen in one badge', () => {
		const twelve = cards(12);
		expect(crowdedPlaces(miniIndex.places, ringDots(twelve), everything(twelve), 12).features).toEqual([]);
		const thirteen = cards(13);
		const badges = crowdedPlaces(miniIndex.places, ringDots(thirteen), everything(thirteen), 12).features;
		expect(badges.map((f) => f.properties)).toEqual([{ place: 'karbala', count: 13, label: '13' }]);
	});

	it('follows the filters: with only two of thirteen events visible the dots come back', () => {
		const thirteen = cards(13);
		// raid-12 is the earliest (slot 0) and raid-0 the latest (slot 12): the same spot on the ring.
		const clash = { ...everything(thirteen), events: new Set(['raid-12', 'raid-0']) };
		expect(crowdedPlaces(miniIndex.places, ringDots(thirteen), clash, 12).features[0]?.properties.count).toBe(2);
		const apart = { ...everything(thirteen), events: new Set(['raid-12', 'raid-11']) };
		expect(crowdedPlaces(miniIndex.places, ringDots(thirteen), apart, 12).features).toEqual([]);
	});

	it('never badges a country or province: their events are counted in words', () => {
		const atDiyala = Array.from({ length: 20 }, (_, i) => ({ id: `e${i}`, t0: i, places: [{ place: 'diyala' }] }));
		expect(crowdedPlaces(miniIndex.places, ringDots(atDiyala), everything(atDiyala), 12).features).toEqual([]);
	});
});
