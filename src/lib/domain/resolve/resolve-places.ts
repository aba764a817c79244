/**
 * Place resolution: each place mention becomes one gazetteer entry. Where a name has several
 * candidates (Washington, Damascus, or any name the fallback gazetteer knows many times), the
 * candidates are ranked by the article's own context and the reason is recorded with the mention.
 */
import type { FallbackGazetteer, FallbackPlace } from '../gazetteer/fallback-gazetteer';
import type { GazetteerPlace } from '../records/schema';
import type { Resolution } from '../types';
import { countNoun } from '../format/count-noun';
import { haversineKm } from './haversine-km';
import { RESOLVER_WEIGHTS, type ResolverWeights } from './resolver-weights';

/** A place a mention may refer to, curated or from the fallback gazetteer. */
export interface Candidate {
	placeId: string;
	name: string;
	country: string | null;
	kind: string;
	lat: number;
	lon: number;
	population: number;
	capital: boolean;
	source: 'curated' | 'geonames';
}

/** A place mention waiting to be resolved: its text and the curated ids its alias names. */
export interface PlaceMentionInput {
	text: string;
	curatedIds: readonly string[];
}

/** Turns a GeoNames record into a candidate with a stable id ("geonames-98182"). */
export function fallbackCandidate(place: FallbackPlace): Candidate {
	return {
		placeId: `geonames-${place.geonameId}`,
		name: place.name,
		country: place.country,
		kind: place.featureCode === 'PPLC' ? 'city' : place.population >= 100_000 ? 'city' : 'town',
		lat: place.lat,
		lon: place.lon,
		population: place.population,
		capital: place.featureCode === 'PPLC',
		source: 'geonames'
	};
}

/**
 * Resolves the place mentions of one article together, so that the unambiguous ones give the context
 * (countries named, where the article is) in which the ambiguous ones are ranked.
 *
 * @example resolvePlaces([{ text: 'Damascus', curatedIds: ['damascus'] }], places, fallback)[0].placeId === 'damascus'
 */
export function resolvePlaces(
	mentions: readonly PlaceMentionInput[],
	curated: ReadonlyMap<string, GazetteerPlace>,
	fallback: FallbackGazetteer,
	weights: Readonly<ResolverWeights> = RESOLVER_WEIGHTS
): Resolution[] {
	const candidateLists = mentions.map((m) => candidatesFor(m, curated, fallback, weights));
	const countryCounts = new Map<string, number>();
	const anchors: Candidate[] = [];
	for (const list of candidateLists) {
		if (list.length !== 1) continue;
		const only = list[0]!;
		if (only.country) countryCounts.set(only.country, (countryCounts.get(only.country) ?? 0) + 1);
		if (only.kind !== 'country' && only.kind !== 'region' && only.kind !== 'area') anchors.push(only);
	}
	return candidateLists.map((list) => {
		if (list.length === 1) {
			const only = list[0]!;
			return { placeId: only.placeId, source: only.source, candidates: 1, reason: `only candidate: ${describe(only)}` };
		}
		const ranked = list
			.map((c) => ({ c, ...score(c, countryCounts, anchors, weights) }))
			.sort((a, b) => b.total - a.total || b.c.population - a.c.population || a.c.placeId.localeCompare(b.c.placeId));
		const best = ranked[0]!;
		const others = ranked.slice(1, 4).map((r) => describe(r.c));
		const more = ranked.length > 4 ? ` and ${ranked.length - 4} more` : '';
		return {
			placeId: best.c.placeId,
			source: best.c.source,
			candidates: list.length,
			reason: `chose ${describe(best.c)} over ${others.join('; ')}${more}: ${best.why.join('; ')}`
		};
	});
}

function candidatesFor(
	mention: PlaceMentionInput,
	curated: ReadonlyMap<string, GazetteerPlace>,
	fallback: FallbackGazetteer,
	w: Readonly<ResolverWeights>
): Candidate[] {
	const fromCurated: Candidate[] = mention.curatedIds.flatMap((id) => {
		const p = curated.get(id);
		return p
			? [{ placeId: p.id, name: p.name, country: p.country, kind: p.kind, lat: p.lat, lon: p.lon, population: 0, capital: p.capital, source: 'curated' as const }]
			: [];
	});
	const fromFallback = fallback
		.lookup(mention.text)
		.map(fallbackCandidate)
		// A GeoNames town that is a curated place under another record is the same place, not a rival.
		.filter((g) => !fromCurated.some((c) => c.country === g.country && km(c, g) < w.curatedSamePlaceKm));
	return [...fromCurated, ...fromFallback];
}

function score(c: Candidate, countryCounts: ReadonlyMap<string, number>, anchors: readonly Candidate[], w: Readonly<ResolverWeights>) {
	const why: string[] = [];
	let total = 0;
	if (c.source === 'curated') {
		total += w.curatedEntry;
		why.push('a curated gazetteer entry');
	}
	if (c.capital) {
		total += w.curatedCapital;
		why.push('a national capital, the usual sense of a bare city name in the news');
	}
	const named = c.country ? (countryCounts.get(c.country) ?? 0) : 0;
	if (named > 0) {
		total += w.curatedCountry + Math.min(1, named / 10);
		why.push(`its country (${c.country}) is named ${countNoun(named, 'time')} among this article's places`);
	}
	const others = anchors.filter((a) => a.placeId !== c.placeId);
	if (others.length) {
		const nearest = others.reduce((best, a) => (km(a, c) < km(best, c) ? a : best));
		const d = km(nearest, c);
		total += w.curatedNear * Math.exp(-d / w.curatedNearKm);
		why.push(`${Math.round(d)} km from ${nearest.name}, the nearest other place the article names`);
	}
	if (c.population > 0) {
		total += w.curatedPopulation * Math.log10(c.population + 1);
		why.push(`population ${c.population.toLocaleString('en-US')}`);
	}
	return { total, why };
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	return haversineKm(a.lat, a.lon, b.lat, b.lon);
}

function describe(c: Candidate): string {
	const where = c.country ? `, ${c.country}` : '';
	return `${c.name}${where} (${c.source === 'curated' ? c.placeId : c.placeId.replace('-', ' ')})`;
}
