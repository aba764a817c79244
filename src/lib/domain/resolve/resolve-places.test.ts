import { describe, expect, it } from 'vitest';
import { indexFallbackPlaces, NO_FALLBACK, type FallbackPlace } from '../gazetteer/fallback-gazetteer';
import type { GazetteerPlace } from '../records/schema';
import { resolvePlaces } from './resolve-places';

const place = (id: string, name: string, country: string, lat: number, lon: number, kind: GazetteerPlace['kind'] = 'city', capital = false): GazetteerPlace => ({
	id, name, kind, country, lat, lon, precision: 'exact', capital, coordSource: { kind: 'manual' }, aliases: [name], names: {}, demonyms: []
});
const curated = new Map(
	[
		place('iraq', 'Iraq', 'IQ', 33, 44, 'country'),
		place('baghdad', 'Baghdad', 'IQ', 33.34, 44.4),
		place('beirut', 'Beirut', 'LB', 33.89, 35.5),
		// Its id sorts first, so a tie would pick the state: only the capital signal can pick DC.
		place('washington', 'Washington', 'US', 47.4, -120.5, 'region'),
		place('washington-dc', 'Washington', 'US', 38.9, -77.04, 'city', true)
	].map((p) => [p.id, p])
);
const gn = (geonameId: number, name: string, country: string, lat: number, lon: number, population: number): FallbackPlace => ({
	geonameId, name, country, lat, lon, population, featureCode: 'PPL'
});
// Damascus, Syria and two small American Damascuses, as GeoNames has them.
const fallback = indexFallbackPlaces([
	gn(170654, 'Damascus', 'SY', 33.51, 36.29, 1_569_394),
	gn(4354265, 'Damascus', 'US', 39.29, -77.2, 15_257),
	gn(5720727, 'Damascus', 'US', 45.42, -122.46, 10_952),
	gn(99347, 'Mosul', 'IQ', 36.34, 43.13, 1_739_800)
]);

describe('resolvePlaces', () => {
	it('takes the only candidate and says so', () => {
		const [r] = resolvePlaces([{ text: 'Baghdad', curatedIds: ['baghdad'] }], curated, NO_FALLBACK);
		expect(r).toEqual({ placeId: 'baghdad', source: 'curated', candidates: 1, reason: expect.stringContaining('only candidate') });
	});

	it('puts Damascus in Syria in an article about Iraq and Lebanon, and records why', () => {
		const rs = resolvePlaces(
			[
				{ text: 'Baghdad', curatedIds: ['baghdad'] },
				{ text: 'Beirut', curatedIds: ['beirut'] },
				{ text: 'Damascus', curatedIds: [] }
			],
			curated,
			fallback
		);
		expect(rs[2]!.placeId).toBe('geonames-170654');
		expect(rs[2]!.candidates).toBe(3);
		expect(rs[2]!.reason).toMatch(/^chose Damascus, SY \(GeoNames 170654\) over Damascus, US .*near Beirut, which the article names/);
	});

	it('chooses the US capital over Washington State when the article is about US policy in Iraq', () => {
		const rs = resolvePlaces(
			[
				{ text: 'Baghdad', curatedIds: ['baghdad'] },
				{ text: 'Washington', curatedIds: ['washington', 'washington-dc'] }
			],
			curated,
			NO_FALLBACK
		);
		expect(rs[1]!.placeId).toBe('washington-dc');
		expect(rs[1]!.reason).toMatch(/^chose Washington, US \(washington-dc\) over Washington, US \(washington\): .*national capital/);
	});

	it('weighs curated Damascus with its GeoNames twin’s population, so a Damascus in Maryland is no match for it even in an article naming only the US', () => {
		const withDamascus = new Map([...curated, ['damascus', place('damascus', 'Damascus', 'SY', 33.513, 36.292)], ['us', place('us', 'United States', 'US', 39.8, -98.5, 'country')]]);
		const rs = resolvePlaces(
			[
				{ text: 'United States', curatedIds: ['us'] },
				{ text: 'Damascus', curatedIds: ['damascus'] }
			],
			withDamascus,
			fallback
		);
		expect(rs[1]).toMatchObject({ placeId: 'damascus', source: 'curated', candidates: 3 });
		expect(rs[1]!.reason).toMatch(/^chose Damascus, SY \(damascus\) over Damascus, US \(GeoNames \d+\); Damascus, US \(GeoNames \d+\): population 1,569,394; a curated gazetteer entry$/);
	});

	it('does not count a GeoNames town that is the curated place itself as a rival', () => {
		const withMosul = new Map([...curated, ['mosul', place('mosul', 'Mosul', 'IQ', 36.335, 43.119)]]);
		const [r] = resolvePlaces([{ text: 'Mosul', curatedIds: ['mosul'] }], withMosul, fallback);
		expect(r).toMatchObject({ placeId: 'mosul', candidates: 1 });
	});
});
