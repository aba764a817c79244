/**
 * Spatial coherence, as a few rounds of belief passing: each candidate gains from the other names'
 * candidates near it, each weighted by how likely that candidate currently is, and from the other
 * names' likely places lying in its country.
 */
import { isCountryKind, type WorldPlace } from '../geoparse/world-gazetteer';
import { haversineKm } from './haversine-km';
import { isLocalPlace } from './is-local-place';
import type { MentionToResolve } from './resolve-mentions';
import type { ResolverWeights } from './resolver-weights';
import type { BaseCandidate } from './score-evidence';

/** Each mention's candidates' final scores, and the name that gave each the most spatial support. */
export interface Beliefs {
	/** totals[mention][candidate], in the order of the base scores. */
	totals: number[][];
	/** near[mention][candidate]: the other name that supports the candidate most, and how much (before `beliefSupport`), for representative mentions. */
	near: Nearest[][];
	/** For each mention, the first mention with the same name and qualifier, which computes for both. */
	rep: number[];
}

/** The other name whose likely places lie nearest a candidate ('' and 0 if none). */
export interface Nearest {
	name: string;
	support: number;
}

type RegionOf = (p: WorldPlace) => WorldPlace | undefined;

/**
 * Adds spatial and country support to the base scores over `beliefRounds` rounds.
 *
 * @example passBeliefs(mentions, base, regionOf, RESOLVER_WEIGHTS).totals[0] // Paris, TX above Paris, FR when Tyler is named
 */
export function passBeliefs(mentions: readonly MentionToResolve[], base: readonly BaseCandidate[][], regionOf: RegionOf, w: Readonly<ResolverWeights>): Beliefs {
	const setup = beliefSetup(mentions, base, regionOf, w);
	let belief = base.map((list) => softmax(list.map((c) => c.score)));
	let totals = base.map((list) => list.map((c) => c.score));
	const near: Nearest[][] = base.map((list) => list.map(() => ({ name: '', support: 0 })));
	for (let round = 0; round < w.beliefRounds; round++) {
		totals = passRound(mentions, base, setup, belief, near, w);
		belief = totals.map(softmax);
	}
	return { totals, near, rep: setup.rep };
}

/** What belief passing shares between rounds: names, their first mentions, and the proximities, computed once. */
interface BeliefSetup {
	/** The first mention of each distinct name (at most 60 names). */
	groups: number[];
	/** Each mention's text, lower-cased. */
	lower: string[];
	rep: number[];
	/** prox[mention][candidate][group][other candidate], for representative mentions of local places and countries. */
	prox: number[][][][];
}

/** Proximities do not change between rounds: computed once, for each candidate and each other name. */
function beliefSetup(mentions: readonly MentionToResolve[], base: readonly BaseCandidate[][], regionOf: RegionOf, w: Readonly<ResolverWeights>): BeliefSetup {
	const lower = mentions.map((m) => m.text.toLowerCase());
	// The first mention of each name, in order of first appearance.
	const firstOfName = new Map<string, number>();
	lower.forEach((k, i) => firstOfName.has(k) || firstOfName.set(k, i));
	const groups = [...firstOfName.values()].slice(0, 60);
	// Mentions of the same name with the same qualifier share one computation (news repeats names): each
	// points at the first such mention, found through a map rather than a scan (an article of megabytes
	// names places tens of thousands of times).
	const firstOfReading = new Map<string, Map<WorldPlace | undefined, number>>();
	const rep = mentions.map((m, i) => {
		let byQualifier = firstOfReading.get(lower[i]!);
		if (!byQualifier) firstOfReading.set(lower[i]!, (byQualifier = new Map()));
		const first = byQualifier.get(m.qualifier);
		if (first !== undefined) return first;
		byQualifier.set(m.qualifier, i);
		return i;
	});
	const prox = base.map((list, i) =>
		rep[i] !== i ? [] : list.map((c) => (isLocalPlace(c.c.place) || isCountryKind(c.c.place.kind) ? groups.map((j) => (lower[j] === lower[i] ? [] : base[j]!.map((o) => proximity(c.c.place, o.c.place, regionOf, w)))) : []))
	);
	return { groups, lower, rep, prox };
}

/** One round: every representative mention's candidates scored against the other names' current beliefs. */
function passRound(
	mentions: readonly MentionToResolve[],
	base: readonly BaseCandidate[][],
	{ groups, lower, rep, prox }: BeliefSetup,
	belief: readonly number[][],
	near: Nearest[][],
	w: Readonly<ResolverWeights>
): number[][] {
	const countryMass = groups.map((j) => likelyCountries(base[j]!, belief[j]!));
	const totals: number[][] = [];
	base.forEach((list, i) =>
		totals.push(
			rep[i] !== i
				? totals[rep[i]!]!
				: list.map((c, ci) => {
						let mass = 0;
						groups.forEach((j, g) => {
							if (lower[j] !== lower[i]) mass += countryMass[g]!.get(c.c.place.country) ?? 0;
						});
						const inCountry = c.c.place.country ? w.beliefCountry * Math.min(1, mass) : 0;
						if (!isLocalPlace(c.c.place) && !isCountryKind(c.c.place.kind)) return c.score + inCountry;
						const s = support(prox[i]![ci]!, groups, belief, (j, s) => (near[i]![ci] = { name: mentions[j]!.text, support: s }));
						return c.score + inCountry + w.beliefSupport * Math.min(w.beliefSupportCap, s);
					})
		)
	);
	return totals;
}

/** The countries one name most likely means, so far: an ambiguous name counts by its belief. */
function likelyCountries(list: readonly BaseCandidate[], belief: readonly number[]): Map<string, number> {
	const m = new Map<string, number>();
	list.forEach((o, oi) => {
		const cc = o.c.place.country;
		if (cc) m.set(cc, Math.max(m.get(cc) ?? 0, belief[oi]!));
	});
	return m;
}

/** The spatial support of one candidate: for each other name, its candidates' proximities weighted by their belief; the best name is reported to `nearest`. */
function support(rows: readonly number[][], groups: readonly number[], belief: readonly number[][], nearest: (mention: number, s: number) => void): number {
	let total = 0;
	let bestSupport = 0;
	groups.forEach((j, g) => {
		const row = rows[g]!;
		let s = 0;
		for (let oi = 0; oi < row.length; oi++) s += belief[j]![oi]! * row[oi]!;
		total += s;
		if (s > bestSupport) {
			bestSupport = s;
			nearest(j, s);
		}
	});
	return total;
}

/**
 * How strongly two candidates support each other: places near each other, a place inside a region,
 * and names at the same scale — countries named with countries, a country's regions with its other
 * regions — so that a list of countries or states is not read as a cluster of small namesakes. Countries
 * named together, and regions of one country named together, support each other less than two places
 * a few kilometres apart do.
 */
function proximity(a: WorldPlace, b: WorldPlace, regionOf: RegionOf, w: Readonly<ResolverWeights>): number {
	if (!isLocalPlace(a) || !isLocalPlace(b)) return isCountryKind(a.kind) && !isLocalPlace(b) ? w.peer : 0;
	if (a.kind === 'ADM1' || b.kind === 'ADM1') {
		if (a.kind === 'ADM1' && b.kind === 'ADM1') return a.country === b.country ? w.peer : 0;
		const [r, q] = a.kind === 'ADM1' ? [a, b] : [b, a];
		return regionOf(q) === r ? 1 : 0;
	}
	return Math.exp(-haversineKm(a.lat, a.lon, b.lat, b.lon) / w.proximityKm);
}

function softmax(xs: readonly number[]): number[] {
	const m = Math.max(...xs);
	const e = xs.map((x) => Math.exp(x - m));
	const z = e.reduce((a, b) => a + b, 0);
	return e.map((x) => x / z);
}
