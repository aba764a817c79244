import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { miniIndex } from '../../../tests/fixtures/mini-index';
import { crowdedPlaces, ringDots, withRingSlots } from './crowded-places';

/** `n` events at Karbala, a month apart, and one at Amerli, as the events layer carries them. */
function layer(n: number): FeatureCollection<Point> {
	const dot = (event: string, place: string, t0: number) => ({
		type: 'Feature' as const,
		geometry: { type: 'Point' as const, coordinates: [44, 32.6] },
		properties: { id: `${event}@${place}`, event, place, t0 }
	});
	return {
		type: 'FeatureCollection',
		features: [...Array.from({ length: n }, (_, i) => dot(`raid-${i}`, 'karbala', n - i)), dot('amerli-siege', 'amerli', 5)]
	};
}

const everything = (fc: FeatureCollection<Point>) => ({
	places: new Set(miniIndex.places.map((p) => p.id)),
	events: new Set(fc.features.map((f) => String(f.properties?.event)))
});

describe('ring slots and crowded places', () => {
	it('numbers the dots at each place in date order', () => {
		const slotted = withRingSlots(layer(3));
		const karbala = slotted.features.filter((f) => f.properties?.place === 'karbala');
		expect(karbala.map((f) => [f.properties?.event, f.properties?.slot])).toEqual([['raid-2', 0], ['raid-1', 1], ['raid-0', 2]]);
	});

	it('leaves twelve dots at a place alone and counts thirteen in one badge', () => {
		const twelve = withRingSlots(layer(12));
		expect(crowdedPlaces(miniIndex.places, ringDots(twelve), everything(twelve), 12).features).toEqual([]);
		const thirteen = withRingSlots(layer(13));
		const badges = crowdedPlaces(miniIndex.places, ringDots(thirteen), everything(thirteen), 12).features;
		expect(badges.map((f) => f.properties)).toEqual([{ place: 'karbala', count: 13, label: '13' }]);
	});

	it('follows the filters: with only two of thirteen events visible the dots come back', () => {
		const thirteen = withRingSlots(layer(13));
		// raid-12 is the earliest (slot 0) and raid-0 the latest (slot 12): the same spot on the ring.
		const clash = { ...everything(thirteen), events: new Set(['raid-12', 'raid-0']) };
		expect(crowdedPlaces(miniIndex.places, ringDots(thirteen), clash, 12).features[0]?.properties.count).toBe(2);
		const apart = { ...everything(thirteen), events: new Set(['raid-12', 'raid-11']) };
		expect(crowdedPlaces(miniIndex.places, ringDots(thirteen), apart, 12).features).toEqual([]);
	});

	it('never badges a country or province: their events are counted in words', () => {
		const fc = withRingSlots(layer(0));
		const atDiyala = Array.from({ length: 20 }, (_, i) => ({ event: `e${i}`, place: 'diyala', slot: i }));
		const visible = { places: new Set(['diyala']), events: new Set(atDiyala.map((d) => d.event)) };
		expect(crowdedPlaces(miniIndex.places, [...ringDots(fc), ...atDiyala], visible, 12).features).toEqual([]);
	});
});
