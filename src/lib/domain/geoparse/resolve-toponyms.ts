/**
 * Resolution: every recognised span becomes one gazetteer place (or none), chosen by a prior
 * (feature class, population) and by the whole article — the countries and regions it names, places
 * qualified as "Paris, Texas", and how close the candidates lie to the article's other places.
 */
import { haversineKm } from '../resolve/haversine-km';
import { RESOLVER_WEIGHTS, type ResolverWeights } from '../resolve/resolver-weights';
import type { RecognisedSpan } from './recognise-toponyms';
import { nameKey } from '../text/name-key';
import type { Token } from '../text/tokenize';
import { isCountryKind, type NameHit, type WorldGazetteer, type WorldPlace } from './world-gazetteer';

/** What a mention is: the place itself, a demonym ("Iraqi forces"), the place for its government ("Washington said"), or a name inside another name. */
export type MentionType = 'literal' | 'demonym' | 'metonymy' | 'embedded';

/** A candidate the resolver weighed. */
export interface ScoredCandidate {
	place: WorldPlace;
	demonym: boolean;
	score: number;
}

/** One resolved mention. */
export interface ResolvedToponym {
	start: number;
	end: number;
	text: string;
	type: MentionType;
	place: WorldPlace | null;
	confidence: number;
	/** Best first, at most five, with the distance of each runner-up from the choice. */
	candidates: (ScoredCandidate & { km: number })[];
	reason: string;
}

const GENERIC = /^(.*) (county|parish|province|state|region|district|governorate|city|township|borough|river|lake|valley|island|islands|mountains|desert|sea|bay)$/;
const METONYMY_VERB = new Set('said says say announced announces warned warns accused accuses denied denies rejected rejects agreed agrees wants wanted insisted insists threatened threatens demanded demands urged urges responded condemned condemns claimed claims refused refuses signed signs decided decides has have had will would could should must is was'.split(' '));
const ORG_WORD = new Set('post times journal herald tribune gazette news press daily globe chronicle university college school institute center centre hospital department police council airport company corp inc fc united club bank museum church times-picayune'.split(' '));

function kindPrior(p: WorldPlace, demonym: boolean, w: ResolverWeights): number {
	if (demonym || isCountryKind(p.kind)) return w.priorCountry;
	if (p.kind === 'ADM1') return w.priorAdmin1 + w.priorPopulation * Math.log10(p.population + 1);
	if (p.kind === 'ADM2') return w.priorAdmin2;
	if (!/^[A-Z]/.test(p.kind)) return w.priorFeature;
	const pop = w.priorPopulation * Math.log10(p.population + 1);
	if (p.kind === 'PPLC') return w.priorCapital + pop;
	if (p.kind === 'PPLA') return w.priorAdmin1Seat + pop;
	if (p.kind === 'PPLA2') return w.priorAdmin2Seat + pop;
	return pop;
}

/** Places that are points on a local map (not countries, continents, seas or regions drawn at world scale). */
function isLocal(p: WorldPlace): boolean {
	return /^(PPL|ADM)/.test(p.kind);
}

/**
 * How strongly two candidates support each other: places near each other, a place inside a region,
 * and names at the same scale — countries named with countries, a country's regions with its other
 * regions — so that a list of countries or states is not read as a cluster of small namesakes. Countries
 * named together, and regions of one country named together, support each other less than two places
 * a few kilometres apart do.
 */
function proximity(a: WorldPlace, b: WorldPlace, gazetteer: WorldGazetteer, w: ResolverWeights): number {
	if (!isLocal(a) || !isLocal(b)) return isCountryKind(a.kind) && !isLocal(b) ? w.peer : 0;
	if (a.kind === 'ADM1' || b.kind === 'ADM1') {
		if (a.kind === 'ADM1' && b.kind === 'ADM1') return a.country === b.country ? w.peer : 0;
		const [r, q] = a.kind === 'ADM1' ? [a, b] : [b, a];
		return gazetteer.regionOf(q) === r ? 1 : 0;
	}
	return Math.exp(-haversineKm(a.lat, a.lon, b.lat, b.lon) / w.proximityKm);
}

/** Candidates found for one span, and how ("name", or the generic-word reading that found them). */
interface Lookup {
	hits: readonly NameHit[];
	how: string;
}

/** Looks a span up: its exact gazetteer match, else its name without "the", a possessive or a generic word ("Rapides Parish"). */
function candidatesFor(span: RecognisedSpan, gazetteer: WorldGazetteer): Lookup {
	if (span.match) return { hits: span.match.hits, how: 'name' };
	let key = nameKey(span.text.replace(/['’]s$/, ''));
	if (!key) return { hits: [], how: 'none' };
	key = key.replace(/^the /, '');
	const hits = gazetteer.lookup(key);
	if (hits.length) return { hits, how: 'name' };
	const g = GENERIC.exec(key);
	if (g) {
		const base = gazetteer.lookup(g[1]!);
		const admin = /county|parish|province|state|region|district|governorate/.test(g[2]!);
		const filtered = base.filter((h) => (admin ? h.place.kind.startsWith('ADM') || h.place.kind.startsWith('PPL') : true));
		if (filtered.length) return { hits: filtered, how: `the ${g[2]} named after ${g[1]}` };
	}
	return { hits: [], how: 'none' };
}

/**
 * Resolves the spans of one article together: candidates and their prior and evidence
 * ({@link scoreCandidates}), then spatial coherence ({@link passBeliefs}), then the choice and its reason.
 *
 * @param dateline places the article is known to be about or from (its dateline, its outlet's home), if any
 * @param weights the resolver's weights (resolve/resolver-weights.ts); a sweep passes others
 * @example resolveToponyms(text, tokens, spans, gazetteer)[0].place?.country
 */
export function resolveToponyms(
	text: string,
	tokens: readonly Token[],
	spans: readonly RecognisedSpan[],
	gazetteer: WorldGazetteer,
	dateline: readonly WorldPlace[] = [],
	weights: Readonly<ResolverWeights> = RESOLVER_WEIGHTS
): ResolvedToponym[] {
	const lists = spans.map((s) => candidatesFor(s, gazetteer));
	const qualifiers = findQualifiers(tokens, spans, lists);
	const context = articleContext(spans, lists, dateline, weights);
	const base = scoreCandidates(tokens, spans, lists, qualifiers, context, gazetteer, weights);
	const { totals, near, rep } = passBeliefs(spans, base, qualifiers, gazetteer, weights);
	return spans.map((s, i) => {
		const order = base[i]!.map((_, ci) => ci).sort((a, b) => totals[i]![b]! - totals[i]![a]!);
		const hits = order.map((ci) => ({ place: base[i]![ci]!.h.place, demonym: base[i]![ci]!.h.demonym, score: Math.round(totals[i]![ci]! * 100) / 100 }));
		const top = order[0];
		const nearest = near[rep[i]!]![top ?? 0];
		const chosen = top === undefined ? undefined : base[i]![top]!;
		const why = !chosen ? [] : [...chosen.why, ...(nearest && totals[i]![top!]! > chosen.score + 0.3 ? [isLocal(chosen.h.place) ? `near ${nearest}, which the article names` : `named with ${nearest}`] : [])];
		return resolved(tokens, s, hits, why, lists[i]!.how, gazetteer);
	});
}

/** The resolved record of one span from its ranked candidates (best first) and the evidence for the best. */
function resolved(tokens: readonly Token[], s: RecognisedSpan, hits: readonly ScoredCandidate[], why: readonly string[], how: string, gazetteer: WorldGazetteer): ResolvedToponym {
	const best = hits[0];
	const z = hits.reduce((sum, h) => sum + Math.exp(h.score - (best?.score ?? 0)), 0);
	const confidence = best ? Math.round((1 / z) * 100) / 100 : 0;
	const candidates = hits.slice(0, 5).map((h) => ({ ...h, km: best ? Math.round(haversineKm(best.place.lat, best.place.lon, h.place.lat, h.place.lon)) : 0 }));
	const type = mentionType(tokens, s, best);
	const reason = !best
		? 'no gazetteer entry for this name'
		: hits.length === 1
			? `only candidate: ${describe(best.place, gazetteer)}${how !== 'name' ? ` (${how})` : ''}`
			: `chose ${describe(best.place, gazetteer)} over ${hits.length - 1} other(s): ${[priorReason(best), ...why].join('; ')}`;
	return { start: s.start, end: s.end, text: s.text, type, place: best?.place ?? null, confidence, candidates, reason };
}

/**
 * Explicit qualifiers: "Paris, Texas" / "Basra, Iraq" narrow the span before the comma. Not in a list
 * of regions ("Georgia, Oklahoma, Pennsylvania"), nor a region next to a sibling region.
 */
function findQualifiers(tokens: readonly Token[], spans: readonly RecognisedSpan[], lists: readonly Lookup[]): (WorldPlace | undefined)[] {
	const isRegion = (h: NameHit) => h.place.kind === 'ADM1' || isCountryKind(h.place.kind);
	return spans.map((s, i) => {
		const next = spans[i + 1];
		if (!next || tokens[s.last + 1]?.text !== ',' || next.first !== s.last + 2) return undefined;
		const q = lists[i + 1]!.hits.find(isRegion)?.place;
		if (!q) return undefined;
		const prev = spans[i - 1];
		const sep = tokens[s.first - 1];
		if (prev && sep && (sep.text === ',' || sep.folded === 'and') && prev.last === s.first - 2 && lists[i - 1]!.hits[0] && isRegion(lists[i - 1]!.hits[0]!)) return undefined;
		if (q.kind === 'ADM1' && lists[i]!.hits.some((h) => h.place.kind === 'ADM1' && h.place.country === q.country)) return undefined;
		return q;
	});
}

/** What the rest of the article says about a name's candidates: how strongly it names a country, and whether it names a region. */
interface ArticleContext {
	countryWeightFor(name: string, country: string): number;
	admin1NamedFor(name: string, code: string): boolean;
}

/**
 * Countries and regions the article names without ambiguity about their kind, per name, so that a
 * name never counts as context for itself ("Georgia" four times does not make the article Georgian).
 */
function articleContext(spans: readonly RecognisedSpan[], lists: readonly Lookup[], dateline: readonly WorldPlace[], w: ResolverWeights): ArticleContext {
	const countryVotes = new Map<string, Map<string, number>>();
	const admin1Votes = new Map<string, Set<string>>();
	const vote = (name: string, cc: string, weight: number) => {
		if (!cc) return;
		const m = countryVotes.get(name) ?? new Map<string, number>();
		m.set(cc, (m.get(cc) ?? 0) + weight);
		countryVotes.set(name, m);
	};
	for (const p of dateline) {
		vote('\u0000dateline', p.country, w.datelineVote);
		if (p.kind === 'ADM1') admin1Votes.set('\u0000dateline', new Set([`${p.country}.${p.admin1}`]));
	}
	lists.forEach(({ hits }, i) => {
		const top = hits[0];
		if (!top) return;
		const name = spans[i]!.text.toLowerCase();
		const regional = hits.some((h) => h.place.kind === 'ADM1');
		if ((isCountryKind(top.place.kind) || top.demonym) && !regional) vote(name, top.place.country, 1);
		else if (top.place.kind === 'ADM1' && hits.filter((h) => h.place.kind === 'ADM1').length === 1 && !hits.some((h) => isCountryKind(h.place.kind))) {
			vote(name, top.place.country, 1);
			admin1Votes.set(name, new Set([...(admin1Votes.get(name) ?? []), `${top.place.country}.${top.place.admin1}`]));
		} else if (hits.length === 1) vote(name, top.place.country, 0.5);
	});
	return {
		countryWeightFor: (name, cc) => {
			let weight = 0;
			for (const [n, m] of countryVotes) if (n !== name) weight += m.get(cc) ?? 0;
			return weight;
		},
		admin1NamedFor: (name, code) => [...admin1Votes].some(([n, set]) => n !== name && set.has(code))
	};
}

/** A candidate with its score before spatial coherence, and the evidence for it. */
interface BaseCandidate {
	h: NameHit;
	score: number;
	why: string[];
}

/** Each span's candidates (at most `candidatesPerName`), scored by their prior and the article's evidence. */
function scoreCandidates(
	tokens: readonly Token[],
	spans: readonly RecognisedSpan[],
	lists: readonly Lookup[],
	qualifiers: readonly (WorldPlace | undefined)[],
	context: ArticleContext,
	gazetteer: WorldGazetteer,
	w: ResolverWeights
): BaseCandidate[][] {
	return lists.map(({ hits }, i) =>
		hits.slice(0, w.candidatesPerName).map((h, _, all) => {
			const p = h.place;
			const span = spans[i]!;
			let score = kindPrior(p, h.demonym, w);
			const why: string[] = [];
			// A place called by its own name beats one for which the name is only an alternate ("Mexico").
			const key = span.match?.key;
			if (key && !h.demonym && nameKey(p.name) === key) score += w.ownName;
			// "Washington said": a government speaks, so the capital or the country is meant.
			const after = tokens[span.last + 1];
			if (after && METONYMY_VERB.has(after.folded) && !/^(has|have|had|will|would|could|should|must|is|was)$/.test(after.folded) && (p.kind === 'PPLC' || isCountryKind(p.kind))) score += w.metonymy;
			// A province named after its capital city ("Paris", "Basra"): the news usually means the city.
			if (p.kind === 'ADM1' && all.some((o) => (o.place.kind === 'PPLA' || o.place.kind === 'PPLC') && o.place.country === p.country && (gazetteer.regionOf(o.place) === p || haversineKm(o.place.lat, o.place.lon, p.lat, p.lon) < w.regionNamedAfterCityKm))) score -= w.regionNamedAfterCity;
			const q = qualifiers[i];
			if (q && ((q.kind === 'ADM1' && p.country === q.country && p.admin1 === q.admin1) || (isCountryKind(q.kind) && p.country === q.country))) {
				score += w.qualifier;
				why.push(`qualified as "${span.text}, ${q.name}"`);
			}
			// One unambiguous name of the country is the evidence; more of them do not make a namesake likelier.
			const cw = context.countryWeightFor(span.text.toLowerCase(), p.country);
			if (cw > 0) {
				score += w.articleCountry * Math.min(1, cw);
				why.push(`the article names ${p.country} places`);
			}
			const region = p.kind !== 'ADM1' ? gazetteer.regionOf(p) : undefined;
			if (region && context.admin1NamedFor(span.text.toLowerCase(), `${p.country}.${p.admin1}`)) {
				score += w.articleRegion;
				why.push(`in ${region.name}, which the article names`);
			}
			return { h, score, why };
		})
	);
}

function softmax(xs: readonly number[]): number[] {
	const m = Math.max(...xs);
	const e = xs.map((x) => Math.exp(x - m));
	const z = e.reduce((a, b) => a + b, 0);
	return e.map((x) => x / z);
}

/** What belief passing shares between rounds: names, their first spans, and the proximities, computed once. */
interface BeliefSetup {
	/** The first span of each distinct name (at most 60 names). */
	groups: number[];
	/** Each span's text, lower-cased. */
	lower: string[];
	/** For each span, the first span with the same name and qualifier, which computes for both. */
	rep: number[];
	/** prox[span][candidate][group][other candidate], for representative spans of local places and countries. */
	prox: number[][][][];
}

/** Proximities do not change between rounds: computed once, for each candidate and each other name. */
function beliefSetup(spans: readonly RecognisedSpan[], base: readonly BaseCandidate[][], qualifiers: readonly (WorldPlace | undefined)[], gazetteer: WorldGazetteer, w: ResolverWeights): BeliefSetup {
	const names = new Map<string, number[]>();
	spans.forEach((s, i) => {
		const k = s.text.toLowerCase();
		names.set(k, [...(names.get(k) ?? []), i]);
	});
	const groups = [...names.values()].slice(0, 60).map((idx) => idx[0]!);
	const lower = spans.map((s) => s.text.toLowerCase());
	// Mentions of the same name with the same qualifier share one computation (news repeats names).
	const rep = spans.map((_, i) => spans.findIndex((s, k) => lower[k] === lower[i] && qualifiers[k] === qualifiers[i]));
	const prox = base.map((list, i) =>
		rep[i] !== i ? [] : list.map((c) => (isLocal(c.h.place) || isCountryKind(c.h.place.kind) ? groups.map((j) => (lower[j] === lower[i] ? [] : base[j]!.map((o) => proximity(c.h.place, o.h.place, gazetteer, w)))) : []))
	);
	return { groups, lower, rep, prox };
}

/**
 * Spatial coherence, as a few rounds of belief passing: each candidate gains from the other names'
 * candidates near it, each weighted by how likely that candidate currently is.
 */
function passBeliefs(spans: readonly RecognisedSpan[], base: readonly BaseCandidate[][], qualifiers: readonly (WorldPlace | undefined)[], gazetteer: WorldGazetteer, w: ResolverWeights): { totals: number[][]; near: string[][]; rep: number[] } {
	const { groups, lower, rep, prox } = beliefSetup(spans, base, qualifiers, gazetteer, w);
	let belief = base.map((list) => softmax(list.map((c) => c.score)));
	let totals = base.map((list) => list.map((c) => c.score));
	const near: string[][] = base.map((list) => list.map(() => ''));
	for (let round = 0; round < w.beliefRounds; round++) {
		// The countries the other names most likely mean, so far: ambiguous names count by their belief.
		const countryMass = groups.map((j) => {
			const m = new Map<string, number>();
			base[j]!.forEach((o, oi) => {
				const cc = o.h.place.country;
				if (cc) m.set(cc, Math.max(m.get(cc) ?? 0, belief[j]![oi]!));
			});
			return m;
		});
		totals = [];
		base.forEach((list, i) =>
			totals.push(rep[i] !== i ? totals[rep[i]!]! : list.map((c, ci) => {
				let mass = 0;
				groups.forEach((j, g) => {
					if (lower[j] !== lower[i]) mass += countryMass[g]!.get(c.h.place.country) ?? 0;
				});
				const inCountry = c.h.place.country ? w.beliefCountry * Math.min(1, mass) : 0;
				if (!isLocal(c.h.place) && !isCountryKind(c.h.place.kind)) return c.score + inCountry;
				return c.score + inCountry + w.beliefSupport * Math.min(w.beliefSupportCap, support(prox[i]![ci]!, groups, belief, (j, s) => {
					if (s > 0) near[i]![ci] = spans[j]!.text;
				}));
			}))
		);
		belief = totals.map(softmax);
	}
	return { totals, near, rep };
}

/** The spatial support of one candidate: for each other name, its candidates' proximities weighted by their belief; the best name is reported as `nearest`. */
function support(rows: readonly number[][], groups: readonly number[], belief: readonly number[][], nearest: (span: number, s: number) => void): number {
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

function mentionType(tokens: readonly Token[], s: RecognisedSpan, best: ScoredCandidate | undefined): MentionType {
	if (s.embedded) return 'embedded';
	if (best?.demonym) return 'demonym';
	const next = tokens[s.last + 1];
	const prev = tokens[s.first - 1];
	if (next && next.isWord && /^\p{Lu}/u.test(next.text) && ORG_WORD.has(next.folded)) return 'embedded';
	if (prev && prev.folded === 'of' && /^(university|bank|republic|college|institute)$/.test(tokens[s.first - 2]?.folded ?? '')) return 'embedded';
	if (best && (isCountryKind(best.place.kind) || best.place.kind === 'PPLC') && next && METONYMY_VERB.has(next.folded) && !/^(in|at|from|to|near)$/.test(prev?.folded ?? '')) return 'metonymy';
	return 'literal';
}

function priorReason(c: ScoredCandidate): string {
	const p = c.place;
	if (c.demonym) return `demonym of ${p.name}`;
	if (isCountryKind(p.kind)) return 'a country';
	if (p.kind === 'ADM1') return 'a first-level region';
	if (p.kind === 'PPLC') return 'a national capital';
	return p.population ? `population ${p.population.toLocaleString('en-US')}` : `a ${p.kind}`;
}

function describe(p: WorldPlace, gazetteer: WorldGazetteer): string {
	const region = p.kind !== 'ADM1' ? gazetteer.regionOf(p) : undefined;
	return `${p.name}${p.country ? `, ${region ? `${region.name}, ` : ''}${p.country}` : ''} (${typeof p.id === 'number' ? `GeoNames ${p.id}` : p.id})`;
}
