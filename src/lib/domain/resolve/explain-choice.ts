/**
 * The reason a reader sees for a resolution: the choice, the rivals it beat by name, and the evidence
 * that spoke for it, so that anyone can check the choice against the article and the gazetteer.
 */
import { isCountryKind, type WorldPlace } from '../geoparse/world-gazetteer';
import type { ScoredCandidate } from './resolve-mentions';

/**
 * The reason for a choice among ranked candidates (best first).
 *
 * @param found how many candidates the sources gave (more than were weighed, for a very common name)
 * @param why the evidence that spoke for the best candidate
 * @param how how the candidates were found, when not by the name itself
 * @example explainChoice([baghdad], 1, [], undefined, regionOf) === 'only candidate: Baghdad, IQ (GeoNames 98182)'
 */
export function explainChoice(ranked: readonly ScoredCandidate[], found: number, why: readonly string[], how: string | undefined, regionOf: (p: WorldPlace) => WorldPlace | undefined): string {
	const best = ranked[0];
	if (!best) return 'no gazetteer entry for this name';
	const describe = (p: WorldPlace) => describePlace(p, regionOf);
	if (ranked.length === 1) return `only candidate: ${describe(best.place)}${how ? ` (${how})` : ''}`;
	const rivals = ranked.slice(1, 4).map((c) => describe(c.place));
	const more = found > 4 ? ` and ${found - 4} more` : '';
	const evidence = [priorReason(best), ...why].filter(Boolean);
	return `chose ${describe(best.place)} over ${rivals.join('; ')}${more}: ${evidence.join('; ')}`;
}

/** What the prior saw in the place, in words; empty when it saw nothing worth saying (a town without a population). */
function priorReason(c: ScoredCandidate): string {
	const p = c.place;
	if (c.demonym) return `demonym of ${p.name}`;
	if (isCountryKind(p.kind)) return 'a country';
	if (p.kind === 'ADM1') return 'a first-level region';
	if (p.kind === 'PPLC') return 'a national capital';
	if (p.population) return `population ${p.population.toLocaleString('en-US')}`;
	return /^[A-Z]/.test(p.kind) ? '' : `a ${p.kind}`;
}

/** "Paris, Texas, US (GeoNames 4717560)", "Washington, D.C., US (washington)". */
function describePlace(p: WorldPlace, regionOf: (p: WorldPlace) => WorldPlace | undefined): string {
	const region = p.kind !== 'ADM1' ? regionOf(p) : undefined;
	return `${p.name}${p.country ? `, ${region ? `${region.name}, ` : ''}${p.country}` : ''} (${typeof p.id === 'number' ? `GeoNames ${p.id}` : p.id})`;
}
