/**
 * Resolution: every recognised span becomes one gazetteer place (or none), chosen by a prior
 * (feature class, population) and by the whole article — the countries and regions it names, places
 * qualified as "Paris, Texas", and how close the candidates lie to the article's other places.
 */
import { haversineKm } from './haversine-km';
import type { RecognisedSpan } from './recognise-toponyms';
import { nameKey, type Token } from './tokenize';
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
	if (demonym) return 5;
	if (isCountryKind(p.kind)) return 5;
	if (p.kind === 'ADM1') return 2.5 + 0.15 * Math.log10(p.population + 1);
	if (!/^[A-Z]/.test(p.kind)) return 3.5;
	const pop = 0.45 * Math.log10(p.population + 1);
	if (p.kind === 'PPLC') return 1.5 + pop;
	if (p.kind === 'PPLA') return 0.6 + pop;
	if (p.kind === 'PPLA2') return 0.3 + pop;
	return pop;
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
	// Explicit qualifiers: "Paris, Texas" / "Basra, Iraq" narrow the span before the comma.
	const qualifier: (WorldPlace | undefined)[] = spans.map((s, i) => {
		const next = spans[i + 1];
		if (!next || tokens[s.last + 1]?.text !== ',' || next.first !== s.last + 2) return undefined;
		const q = lists[i + 1]!.hits.find((h) => h.place.kind === 'ADM1' || isCountryKind(h.place.kind));
		return q?.place;
	});
	// Countries and regions the article names without ambiguity about their kind.
	const countryWeight = new Map<string, number>();
	const admin1Named = new Set<string>();
	const bump = (cc: string, w: number) => cc && countryWeight.set(cc, (countryWeight.get(cc) ?? 0) + w);
	for (const p of dateline) {
		bump(p.country, 3);
		if (p.kind === 'ADM1') admin1Named.add(`${p.country}.${p.admin1}`);
	}
	lists.forEach(({ hits }) => {
		const top = hits[0];
		if (!top) return;
		if (isCountryKind(top.place.kind) || top.demonym) bump(top.place.country, 1);
		else if (top.place.kind === 'ADM1' && hits.filter((h) => h.place.kind === 'ADM1').length === 1) {
			bump(top.place.country, 1);
			admin1Named.add(`${top.place.country}.${top.place.admin1}`);
		} else if (hits.length === 1) bump(top.place.country, 0.5);
	});

	const scoreOf = (i: number, h: NameHit, chosen: readonly (WorldPlace | null)[]): { score: number; why: string[] } => {
		const p = h.place;
		let score = kindPrior(p, h.demonym);
		const why: string[] = [];
		const q = qualifier[i];
		if (q) {
			if ((q.kind === 'ADM1' && p.country === q.country && p.admin1 === q.admin1) || (isCountryKind(q.kind) && p.country === q.country)) {
				score += 8;
				why.push(`qualified as "${spans[i]!.text}, ${q.name}"`);
			}
		}
		const cw = countryWeight.get(p.country) ?? 0;
		const own = isCountryKind(p.kind) || h.demonym ? 1 : 0;
		if (cw - own > 0) {
			score += 1.5 * Math.min(1, (cw - own) / 2);
			why.push(`the article names ${p.country}`);
		}
		if (p.kind !== 'ADM1' && admin1Named.has(`${p.country}.${p.admin1}`)) {
			score += 2;
			why.push(`in ${gazetteer.admin1Of(p.country, p.admin1)?.name ?? p.admin1}, which the article names`);
		}
		if (!isCountryKind(p.kind) && p.kind !== 'continent') {
			let nearest = Infinity;
			let nearestName = '';
			chosen.forEach((c, k) => {
				if (!c || k === i || c === p || isCountryKind(c.kind) || c.kind === 'continent' || spans[k]!.text === spans[i]!.text) return;
				const d = haversineKm(p.lat, p.lon, c.lat, c.lon);
				if (d < nearest) {
					nearest = d;
					nearestName = c.name;
				}
			});
			if (nearest < Infinity) {
				score += 2 * Math.exp(-nearest / 300);
				if (nearest < 500) why.push(`${Math.round(nearest)} km from ${nearestName}`);
			}
		}
		return { score, why };
	};

	let chosen: (WorldPlace | null)[] = lists.map(({ hits }) => hits[0]?.place ?? null);
	let ranked: { hits: ScoredCandidate[]; why: string[] }[] = [];
	for (let round = 0; round < 3; round++) {
		ranked = lists.map(({ hits }, i) => {
			const scored = hits.slice(0, 60).map((h) => ({ h, ...scoreOf(i, h, chosen) }));
			scored.sort((a, b) => b.score - a.score);
			return { hits: scored.map((s) => ({ place: s.h.place, demonym: s.h.demonym, score: Math.round(s.score * 100) / 100 })), why: scored[0]?.why ?? [] };
		});
		chosen = ranked.map((r) => r.hits[0]?.place ?? null);
	}

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
				? `only candidate: ${describe(best.place)}${lists[i]!.how !== 'name' ? ` (${lists[i]!.how})` : ''}`
				: `chose ${describe(best.place)} over ${hits.length - 1} other(s): ${[priorReason(best), ...why].join('; ')}`;
		return { start: s.start, end: s.end, text: s.text, type, place: best?.place ?? null, confidence, candidates, reason };
	});
}

function mentionType(tokens: readonly Token[], s: RecognisedSpan, best: ScoredCandidate | undefined): MentionType {
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

function describe(p: WorldPlace): string {
	return `${p.name}${p.country ? `, ${p.admin1 && p.kind !== 'ADM1' ? `${p.admin1} ` : ''}${p.country}` : ''} (${typeof p.id === 'number' ? `GeoNames ${p.id}` : p.id})`;
}
