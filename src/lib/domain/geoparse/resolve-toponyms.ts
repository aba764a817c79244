/**
 * The geoparser's resolution: every recognised span becomes one gazetteer place (or none). This
 * module reads what the words say — the span's world gazetteer candidates, a qualifier ("Paris,
 * Texas"), a speech verb after it ("Washington said") — and hands the spans to the one resolver
 * (resolve/resolve-mentions.ts), which ranks the candidates by their prior and the whole article.
 */
import { haversineKm } from '../resolve/haversine-km';
import { resolveMentions, type MentionResolution, type ScoredCandidate } from '../resolve/resolve-mentions';
import { RESOLVER_WEIGHTS, type ResolverWeights } from '../resolve/resolver-weights';
import type { RecognisedSpan } from './recognise-toponyms';
import { nameKey } from '../text/name-key';
import type { Token } from '../text/tokenize';
import { isCountryKind, type NameHit, type WorldGazetteer, type WorldPlace } from './world-gazetteer';

/** What a mention is: the place itself, a demonym ("Iraqi forces"), the place for its government ("Washington said"), or a name inside another name. */
export type MentionType = 'literal' | 'demonym' | 'metonymy' | 'embedded';

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
 * Resolves the spans of one article together with the one resolver, their candidates from the world
 * gazetteer.
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
	const mentions = spans.map((s, i) => ({
		text: s.text,
		sources: [lists[i]!.hits.map((h) => ({ ...h, source: 'world' as const }))],
		...(lists[i]!.how !== 'name' ? { how: lists[i]!.how } : {}),
		...(s.match?.key ? { key: s.match.key } : {}),
		speaks: speaks(tokens[s.last + 1]),
		...(qualifiers[i] ? { qualifier: qualifiers[i] } : {})
	}));
	const resolutions = resolveMentions(mentions, { dateline, regionOf: (p) => gazetteer.regionOf(p), weights });
	return spans.map((s, i) => toponymOf(tokens, s, resolutions[i]!));
}

/** The geoparser's record of one span from its resolution. */
function toponymOf(tokens: readonly Token[], s: RecognisedSpan, r: MentionResolution): ResolvedToponym {
	const best = r.ranked[0];
	const candidates = r.ranked.slice(0, 5).map((h) => ({ ...h, km: best ? Math.round(haversineKm(best.place.lat, best.place.lon, h.place.lat, h.place.lon)) : 0 }));
	return { start: s.start, end: s.end, text: s.text, type: mentionType(tokens, s, best), place: best?.place ?? null, confidence: r.confidence, candidates, reason: r.reason };
}

/** A speech verb after a name ("Washington said"): a government speaks; "Washington has" says nothing. */
function speaks(after: Token | undefined): boolean {
	return !!after && METONYMY_VERB.has(after.folded) && !/^(has|have|had|will|would|could|should|must|is|was)$/.test(after.folded);
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
