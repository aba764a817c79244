/**
 * Resolution: every recognised span becomes one gazetteer place (or none), chosen by a prior
 * (feature class, population) and by the whole article — the countries and regions it names, places
 * qualified as "Paris, Texas", and how close the candidates lie to the article's other places.
 */
import { haversineKm } from '../resolve/haversine-km';
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

function kindPrior(p: WorldPlace, demonym: boolean): number {
	if (demonym || isCountryKind(p.kind)) return 5;
	if (p.kind === 'ADM1') return 1 + 0.45 * Math.log10(p.population + 1);
	if (p.kind === 'ADM2') return 3;
	if (!/^[A-Z]/.test(p.kind)) return 3.5;
	const pop = 0.45 * Math.log10(p.population + 1);
	if (p.kind === 'PPLC') return 1.5 + pop;
	if (p.kind === 'PPLA') return 0.6 + pop;
	if (p.kind === 'PPLA2') return 0.3 + pop;
	return pop;
}

/** Places that are points on a local map (not countries, continents, seas or regions drawn at world scale). */
function isLocal(p: WorldPlace): boolean {
	return /^(PPL|ADM)/.test(p.kind);
}

// Countries named together, and regions of one country named together, support each other less than
// two places a few kilometres apart do.
const PEER = 0.5;
/**
 * How strongly two candidates support each other: places near each other, a place inside a region,
 * and names at the same scale — countries named with countries, a country's regions with its other
 * regions — so that a list of countries or states is not read as a cluster of small namesakes.
 */
function proximity(a: WorldPlace, b: WorldPlace, gazetteer: WorldGazetteer): number {
	if (!isLocal(a) || !isLocal(b)) return isCountryKind(a.kind) && !isLocal(b) ? PEER : 0;
	if (a.kind === 'ADM1' || b.kind === 'ADM1') {
		if (a.kind === 'ADM1' && b.kind === 'ADM1') return a.country === b.country ? PEER : 0;
		const [r, q] = a.kind === 'ADM1' ? [a, b] : [b, a];
		return gazetteer.regionOf(q) === r ? 1 : 0;
	}
	return Math.exp(-haversineKm(a.lat, a.lon, b.lat, b.lon) / 150);
}

/** Looks a span up: its exact gazetteer match, else its name without "the", a possessive or a generic word ("Rapides Parish"). */
function candidatesFor(span: RecognisedSpan, gazetteer: WorldGazetteer): { hits: readonly NameHit[]; how: string } {
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
 * Resolves the spans of one article together.
 *
 * @param dateline places the article is known to be about or from (its dateline, its outlet's home), if any
 * @example resolveToponyms(text, tokens, spans, gazetteer)[0].place?.country
 */
export function resolveToponyms(
	text: string,
	tokens: readonly Token[],
	spans: readonly RecognisedSpan[],
	gazetteer: WorldGazetteer,
	dateline: readonly WorldPlace[] = []
): ResolvedToponym[] {
	const lists = spans.map((s) => candidatesFor(s, gazetteer));
	// Explicit qualifiers: "Paris, Texas" / "Basra, Iraq" narrow the span before the comma. Not in a
	// list of regions ("Georgia, Oklahoma, Pennsylvania"), nor a region next to a sibling region.
	const isRegion = (h: NameHit) => h.place.kind === 'ADM1' || isCountryKind(h.place.kind);
	const qualifier: (WorldPlace | undefined)[] = spans.map((s, i) => {
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
	// Countries and regions the article names without ambiguity about their kind, per name, so that a
	// name never counts as context for itself ("Georgia" four times does not make the article Georgian).
	const countryVotes = new Map<string, Map<string, number>>();
	const admin1Votes = new Map<string, Set<string>>();
	const vote = (name: string, cc: string, w: number) => {
		if (!cc) return;
		const m = countryVotes.get(name) ?? new Map<string, number>();
		m.set(cc, (m.get(cc) ?? 0) + w);
		countryVotes.set(name, m);
	};
	for (const p of dateline) {
		vote('\u0000dateline', p.country, 3);
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
	const countryWeightFor = (name: string, cc: string) => {
		let w = 0;
		for (const [n, m] of countryVotes) if (n !== name) w += m.get(cc) ?? 0;
		return w;
	};
	const admin1NamedFor = (name: string, code: string) => [...admin1Votes].some(([n, set]) => n !== name && set.has(code));

	const base = lists.map(({ hits }, i) =>
		hits.slice(0, 15).map((h, _, all) => {
			const p = h.place;
			let score = kindPrior(p, h.demonym);
			const why: string[] = [];
			// A place called by its own name beats one for which the name is only an alternate ("Mexico").
			const key = spans[i]!.match?.key;
			if (key && !h.demonym && nameKey(p.name) === key) score += 1;
			// "Washington said": a government speaks, so the capital or the country is meant.
			const after = tokens[spans[i]!.last + 1];
			if (after && METONYMY_VERB.has(after.folded) && !/^(has|have|had|will|would|could|should|must|is|was)$/.test(after.folded) && (p.kind === 'PPLC' || isCountryKind(p.kind))) score += 2;
			// A province named after its capital city ("Paris", "Basra"): the news usually means the city.
			if (p.kind === 'ADM1' && all.some((o) => (o.place.kind === 'PPLA' || o.place.kind === 'PPLC') && o.place.country === p.country && (gazetteer.regionOf(o.place) === p || haversineKm(o.place.lat, o.place.lon, p.lat, p.lon) < 150))) score -= 1.5;
			const q = qualifier[i];
			if (q && ((q.kind === 'ADM1' && p.country === q.country && p.admin1 === q.admin1) || (isCountryKind(q.kind) && p.country === q.country))) {
				score += 8;
				why.push(`qualified as "${spans[i]!.text}, ${q.name}"`);
			}
			// One unambiguous name of the country is the evidence; more of them do not make a namesake likelier.
			const cw = countryWeightFor(spans[i]!.text.toLowerCase(), p.country);
			if (cw > 0) {
				score += 2 * Math.min(1, cw);
				why.push(`the article names ${p.country} places`);
			}
			const region = p.kind !== 'ADM1' ? gazetteer.regionOf(p) : undefined;
			if (region && admin1NamedFor(spans[i]!.text.toLowerCase(), `${p.country}.${p.admin1}`)) {
				score += 2;
				why.push(`in ${region.name}, which the article names`);
			}
			return { h, score, why };
		})
	);
	// Spatial coherence, as a few rounds of belief passing: each candidate gains from the other names'
	// candidates near it, each weighted by how likely that candidate currently is.
	const names = new Map<string, number[]>();
	spans.forEach((s, i) => {
		const k = s.text.toLowerCase();
		names.set(k, [...(names.get(k) ?? []), i]);
	});
	const groups = [...names.values()].slice(0, 60).map((idx) => idx[0]!);
	const softmax = (xs: number[]) => {
		const m = Math.max(...xs);
		const e = xs.map((x) => Math.exp(x - m));
		const z = e.reduce((a, b) => a + b, 0);
		return e.map((x) => x / z);
	};
	let belief = base.map((list) => softmax(list.map((c) => c.score)));
	let totals = base.map((list) => list.map((c) => c.score));
	const near: string[][] = base.map((list) => list.map(() => ''));
	// Proximities do not change between rounds: computed once, for each candidate and each other name.
	const lower = spans.map((s) => s.text.toLowerCase());
	// Mentions of the same name with the same qualifier share one computation (news repeats names).
	const rep = spans.map((_, i) => spans.findIndex((s, k) => lower[k] === lower[i] && qualifier[k] === qualifier[i]));
	const prox = base.map((list, i) =>
		rep[i] !== i ? [] : list.map((c) => (isLocal(c.h.place) || isCountryKind(c.h.place.kind) ? groups.map((j) => (lower[j] === lower[i] ? [] : base[j]!.map((o) => proximity(c.h.place, o.h.place, gazetteer)))) : []))
	);
	for (let round = 0; round < 3; round++) {
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
				const inCountry = c.h.place.country ? 1.5 * Math.min(1, mass) : 0;
				if (!isLocal(c.h.place) && !isCountryKind(c.h.place.kind)) return c.score + inCountry;
				let support = 0;
				let bestSupport = 0;
				const rows = prox[i]![ci]!;
				groups.forEach((j, g) => {
					const row = rows[g]!;
					let s = 0;
					for (let oi = 0; oi < row.length; oi++) s += belief[j]![oi]! * row[oi]!;
					support += s;
					if (s > bestSupport) {
						bestSupport = s;
						near[i]![ci] = spans[j]!.text;
					}
				});
				return c.score + inCountry + 2.5 * Math.min(2.5, support);
			}))
		);
		belief = totals.map(softmax);
	}

	const ranked = base.map((list, i) => {
		const order = list.map((_, ci) => ci).sort((a, b) => totals[i]![b]! - totals[i]![a]!);
		const top = order[0];
		const nearest = near[rep[i]!]![top ?? 0];
		const why = top === undefined ? [] : [...list[top]!.why, ...(nearest && totals[i]![top]! > list[top]!.score + 0.3 ? [isLocal(list[top]!.h.place) ? `near ${nearest}, which the article names` : `named with ${nearest}`] : [])];
		return { hits: order.map((ci) => ({ place: list[ci]!.h.place, demonym: list[ci]!.h.demonym, score: Math.round(totals[i]![ci]! * 100) / 100 })), why };
	});

	return spans.map((s, i) => {
		const { hits, why } = ranked[i]!;
		const best = hits[0];
		const z = hits.reduce((sum, h) => sum + Math.exp(h.score - (best?.score ?? 0)), 0);
		const confidence = best ? Math.round((1 / z) * 100) / 100 : 0;
		const candidates = hits.slice(0, 5).map((h) => ({ ...h, km: best ? Math.round(haversineKm(best.place.lat, best.place.lon, h.place.lat, h.place.lon)) : 0 }));
		const type = mentionType(tokens, s, best);
		const reason = !best
			? 'no gazetteer entry for this name'
			: hits.length === 1
				? `only candidate: ${describe(best.place, gazetteer)}${lists[i]!.how !== 'name' ? ` (${lists[i]!.how})` : ''}`
				: `chose ${describe(best.place, gazetteer)} over ${hits.length - 1} other(s): ${[priorReason(best), ...why].join('; ')}`;
		return { start: s.start, end: s.end, text: s.text, type, place: best?.place ?? null, confidence, candidates, reason };
	});
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
