/**
 * The layer builders on a small hand-written case: Zebari's visit from Baghdad to Tehran, reported by
 * one article and denied by none. Expected outputs are written out by hand, not generated.
 */
import { describe, expect, it } from 'vitest';
import type { IndexEvent, IndexPlace } from '../atlas-index';
import { buildEventsLayer } from './build-events-layer';
import { buildLinksLayer, unwrapLongitudes } from './build-links-layer';
import { buildPlacesLayer } from './build-places-layer';

const place = (id: string, name: string, lat: number, lon: number, ar: string): IndexPlace => ({
	id, name, kind: 'city', country: id === 'tehran' ? 'IR' : 'IQ', lat, lon, precision: 'exact', aliases: [name], names: { ar },
	source: 'curated', coordSource: 'geonames:1', mentionCount: 2, articles: ['fpm'], events: ['visit'], reportedActors: ['zebari'], namedWithActors: []
});
const baghdad = place('baghdad', 'Baghdad', 33.3406, 44.4009, 'بغداد');
const tehran = place('tehran', 'Tehran', 35.6944, 51.4215, 'طهران');
const visit: IndexEvent = {
	id: 'visit', title: 'Zebari visits Iran', type: 'visit', date: { start: '2011-11-14', precision: 'day' },
	places: [{ place: 'baghdad', role: 'origin' }, { place: 'tehran', role: 'destination' }],
	participants: [{ actor: 'zebari', role: 'visitor' }],
	claims: [{ article: 'fpm', quote: 'visited Iran', start: 10, end: 22, stance: 'reports' }],
	contested: false, contestedAspects: [], aspects: [], t0: Date.UTC(2011, 10, 14), t1: Date.UTC(2011, 10, 15) - 1
};

describe('buildPlacesLayer', () => {
	it('writes one Point per place, lon before lat, with its names and links flat for styling', () => {
		expect(buildPlacesLayer([baghdad]).features).toEqual([
			{
				type: 'Feature',
				id: 'baghdad',
				geometry: { type: 'Point', coordinates: [44.4009, 33.3406] },
				properties: {
					id: 'baghdad', name: 'Baghdad', name_ar: 'بغداد', name_fa: null, kind: 'city', country: 'IQ', iso3166: null, precision: 'exact',
					mentionCount: 2, eventCount: 1, articleCount: 1, source: 'curated'
				}
			}
		]);
	});
});

describe('buildEventsLayer', () => {
	it('puts the event at each of its places, light: what the map filters and draws, and how the place is known', () => {
		const inferredOrigin: IndexEvent = { ...visit, places: [{ place: 'baghdad', role: 'origin', inferred: 'The visitor’s country.' }, visit.places[1]!] };
		const fc = buildEventsLayer([inferredOrigin], [baghdad, tehran]);
		expect(fc.features.map((f) => [f.id, f.geometry.coordinates, f.properties!.role])).toEqual([
			['visit@baghdad', [44.4009, 33.3406], 'origin'],
			['visit@tehran', [51.4215, 35.6944], 'destination']
		]);
		expect(fc.features[0]!.properties).toEqual({
			id: 'visit@baghdad', event: 'visit', place: 'baghdad', placeKind: 'city', role: 'origin', placeInferred: true, slot: 0,
			type: 'visit', t0: visit.t0, t1: visit.t1, contested: false
		});
		expect(fc.features[1]!.properties!.placeInferred).toBe(false);
	});

	it('numbers the events at a place by date, each on its own slot of the ring', () => {
		const later: IndexEvent = { ...visit, id: 'return', t0: visit.t0 + 1, t1: visit.t1 + 1 };
		const slots = buildEventsLayer([later, visit], [baghdad, tehran]).features.map((f) => [f.id, f.properties!.slot]);
		expect(slots).toEqual([
			['return@baghdad', 1],
			['return@tehran', 1],
			['visit@baghdad', 0],
			['visit@tehran', 0]
		]);
	});

	it('marks an arc dashed when the editors chose one of its ends', () => {
		const inferredOrigin: IndexEvent = { ...visit, places: [{ place: 'baghdad', role: 'origin', inferred: 'The visitor’s country.' }, visit.places[1]!] };
		expect(buildLinksLayer([inferredOrigin], [baghdad, tehran]).features[0]!.properties!.inferred).toBe(true);
		expect(buildLinksLayer([visit], [baghdad, tehran]).features[0]!.properties!.inferred).toBe(false);
	});

	it('skips a place the layer does not know rather than writing a feature without coordinates', () => {
		expect(buildEventsLayer([visit], [baghdad]).features.map((f) => f.id)).toEqual(['visit@baghdad']);
	});
});

describe('buildLinksLayer', () => {
	it('draws the visit as a great-circle arc from Baghdad to Tehran', () => {
		const [arc, ...rest] = buildLinksLayer([visit], [baghdad, tehran]).features;
		expect(rest).toEqual([]);
		expect(arc!.id).toBe('visit:baghdad->tehran');
		const coords = arc!.geometry.coordinates;
		expect(coords[0]).toEqual([44.4009, 33.3406]);
		expect(coords[coords.length - 1]).toEqual([51.4215, 35.6944]);
		// A great circle between two northern points bulges poleward of the straight (plate carrée) line.
		const mid = coords[Math.floor(coords.length / 2)]!;
		const straight = 33.3406 + ((mid[0]! - 44.4009) / (51.4215 - 44.4009)) * (35.6944 - 33.3406);
		expect(mid[1]!).toBeGreaterThan(straight);
		expect(arc!.properties).toMatchObject({ event: 'visit', from: 'baghdad', to: 'tehran', type: 'visit' });
	});

	it('draws nothing for an event without both an origin and a destination', () => {
		const stay = { ...visit, places: [{ place: 'baghdad', role: 'location' as const }] };
		expect(buildLinksLayer([stay], [baghdad, tehran]).features).toEqual([]);
	});
});

describe('links across the antimeridian', () => {
	const tokyo: IndexPlace = { ...place('tokyo', 'Tokyo', 35.6895, 139.6917, 'طوكيو'), country: 'JP' };
	const la: IndexPlace = { ...place('los-angeles', 'Los Angeles', 34.0522, -118.2437, 'لوس أنجلوس'), country: 'US' };
	const flight: IndexEvent = { ...visit, id: 'flight', places: [{ place: 'tokyo', role: 'origin' }, { place: 'los-angeles', role: 'destination' }] };

	it('draws Tokyo → Los Angeles over the Pacific, not back across the whole map', () => {
		const [arc] = buildLinksLayer([flight], [tokyo, la]).features;
		const lons = arc!.geometry.coordinates.map(([x]) => x!);
		for (let i = 1; i < lons.length; i++) expect(Math.abs(lons[i]! - lons[i - 1]!)).toBeLessThan(30);
		expect(lons[0]).toBeCloseTo(139.6917, 3);
		expect(lons.at(-1)).toBeCloseTo(-118.2437 + 360, 3);
		expect(Math.max(...lons)).toBeGreaterThan(180);
	});

	it('unwraps longitudes by whole turns only', () => {
		expect(unwrapLongitudes([[170, 0], [-170, 1], [-160, 2]])).toEqual([[170, 0], [190, 1], [200, 2]]);
		expect(unwrapLongitudes([[44, 33], [51, 35]])).toEqual([[44, 33], [51, 35]]);
	});
});
