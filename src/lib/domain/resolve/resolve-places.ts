/**
 * The curated build's resolution: each place mention the curated name index found becomes one place.
 * Its candidates are the curated entries its alias names (the first source) and their GeoNames
 * namesakes (the second); the one resolver (resolve-mentions.ts) ranks them, and the reason is recorded
 * with the mention.
 */
import type { FallbackGazetteer, FallbackPlace } from '../gazetteer/fallback-gazetteer';
import type { WorldPlace } from '../geoparse/world-gazetteer';
import type { GazetteerPlace } from '../records/schema';
import type { Resolution } from '../types';
import { resolveMentions, type Candidate } from './resolve-mentions';
import { RESOLVER_WEIGHTS, type ResolverWeights } from './resolver-weights';

/** A place mention waiting to be resolved: its text and the curated ids its alias names. */
export interface PlaceMentionInput {
	text: string;
	curatedIds: readonly string[];
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
	const toResolve = mentions.map((m) => ({
		text: m.text,
		// The curated index matched the words on one of the entry's own aliases, so no name-key evidence (`key`) is given.
		sources: [m.curatedIds.flatMap((id) => curatedCandidates(curated.get(id))), fallback.lookup(m.text).map(namesakeCandidate)]
	}));
	return resolveMentions(toResolve, { weights }).map((r) => {
		const best = r.ranked[0]!;
		return {
			placeId: best.source === 'curated' ? String(best.place.id) : `geonames-${best.place.id}`,
			source: best.source === 'curated' ? 'curated' : 'geonames',
			candidates: r.found,
			reason: r.reason
		};
	});
}

function curatedCandidates(p: GazetteerPlace | undefined): Candidate[] {
	if (!p) return [];
	const place: WorldPlace = { index: -1, id: p.id, name: p.name, lat: p.lat, lon: p.lon, kind: worldKindOf(p), country: p.country ?? '', admin1: '', population: 0 };
	return [{ place, demonym: false, source: 'curated' }];
}

/**
 * A curated kind in the world gazetteer's terms, so the prior weighs it as it weighs GeoNames places:
 * a country as a country, a region as a first-level region, a capital city as a capital; facilities,
 * landmarks and areas keep their kind and are weighed as physical features.
 */
function worldKindOf(p: GazetteerPlace): string {
	if (p.kind === 'country') return 'PCLI';
	if (p.kind === 'region') return 'ADM1';
	if (p.kind === 'city' || p.kind === 'town') return p.capital ? 'PPLC' : 'PPL';
	return p.kind;
}

function namesakeCandidate(g: FallbackPlace): Candidate {
	return {
		place: { index: -1, id: g.geonameId, name: g.name, lat: g.lat, lon: g.lon, kind: g.featureCode, country: g.country, admin1: '', population: g.population },
		demonym: false,
		source: 'world'
	};
}
