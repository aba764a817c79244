import { describe, expect, it } from 'vitest';
import type { WorldPlace } from '../geoparse/world-gazetteer';
import { resolveMentions, type Candidate } from './resolve-mentions';
import { withWeights } from './resolver-weights';

const place = (id: number | string, name: string, kind: string, country: string, lat: number, lon: number, population = 0): WorldPlace => ({
	index: -1, id, name, kind, country, admin1: '', lat, lon, population
});
const world = (p: WorldPlace): Candidate => ({ place: p, demonym: false, source: 'world' });
const curated = (p: WorldPlace): Candidate => ({ place: p, demonym: false, source: 'curated' });

// The state outnumbers the capital enough that by their priors alone a bare "Washington" is the state.
const state = place(5815135, 'Washington', 'ADM1', 'US', 47.5, -120.5, 7_000_000);
const capital = place(4140963, 'Washington', 'PPLC', 'US', 38.895, -77.036, 300_000);

describe('resolveMentions', () => {
	it('reads "Washington said" as the capital and "Washington" alone as the state, from the same candidates', () => {
		const sources = [[world(state), world(capital)]];
		const [bare] = resolveMentions([{ text: 'Washington', sources }]);
		const [said] = resolveMentions([{ text: 'Washington', sources, speaks: true }]);
		expect(bare!.ranked[0]!.place).toBe(state);
		expect(said!.ranked[0]!.place).toBe(capital);
		expect(said!.reason).toMatch(/^chose Washington, US \(GeoNames 4140963\) over Washington, US \(GeoNames 5815135\): a national capital$/);
	});

	it('takes the curated source first: a curated entry beats its namesake by the curatedEntry weight, and the reason says so', () => {
		const baghdad = place('baghdad', 'Baghdad', 'PPL', 'IQ', 33.34, 44.4);
		const baghdadTexas = place(1, 'Baghdad', 'PPL', 'US', 31, -97, 50);
		const [r] = resolveMentions([{ text: 'Baghdad', sources: [[curated(baghdad)], [world(baghdadTexas)]] }]);
		expect(r!.ranked.map((c) => c.source)).toEqual(['curated', 'world']);
		expect(r!.reason).toBe('chose Baghdad, IQ (baghdad) over Baghdad, US (GeoNames 1): a curated gazetteer entry');
		const [without] = resolveMentions([{ text: 'Baghdad', sources: [[curated(baghdad)], [world(baghdadTexas)]] }], { weights: withWeights({ curatedEntry: 0 }) });
		expect(without!.ranked[0]!.place).toBe(baghdadTexas);
	});

	it('names no place, and says so, when no source knows the name', () => {
		expect(resolveMentions([{ text: 'Atlantis', sources: [[], []] }])).toEqual([{ ranked: [], found: 0, confidence: 0, reason: 'no gazetteer entry for this name' }]);
	});
});
