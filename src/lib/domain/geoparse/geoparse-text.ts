/**
 * The geoparser: recognition then resolution, giving the records `npm run geoparse` writes. Pure, so
 * a browser worker can run the same code with the same gazetteer parts and model.
 */
import type { ResolverWeights } from '../resolve/resolver-weights';
import { recogniseToponyms, type RecognisedSpan, type Tagger } from './recognise-toponyms';
import { resolveToponyms, type MentionType } from './resolve-toponyms';
import type { Token } from '../text/tokenize';
import { isCountryKind, type WorldGazetteer, type WorldPlace } from './world-gazetteer';

/** One output record, as in the README's "Geoparser" section. */
export interface GeoparsedToponym {
	start: number;
	end: number;
	text: string;
	type: MentionType;
	geonameId?: number;
	placeId?: string;
	name: string | null;
	lat: number | null;
	lon: number | null;
	kind: string | null;
	country: string | null;
	admin1: string | null;
	confidence: number;
	candidates: { id: number | string; name: string; kind: string; country: string; lat: number; lon: number; score: number; km: number }[];
	reason: string;
	/**
	 * Set only in a reading a person corrected ("move"): `lat` and `lon` are where they put it on the
	 * map by hand, not a gazetteer's, and no GeoNames place is meant.
	 */
	byHand?: true;
}

const TITLE = new Set('mr mrs ms dr gen general sen senator rep gov governor lt sgt col capt cpl pvt maj adm president judge justice officer rev pastor coach deputy sheriff detective chief'.split(' '));
const SPEECH = new Set('said says told added explained asked wrote'.split(' '));

/**
 * Vetoes spans that are people, whatever the tagger thought: a name after a title ("Gen. Jackson")
 * and a one-word small-place name directly followed by a speech verb ("Lincoln said").
 */
export function isPersonContext(tokens: readonly Token[], span: RecognisedSpan): boolean {
	let p = span.first - 1;
	if (tokens[p]?.text === '.') p--;
	const prev = tokens[p];
	if (prev && prev.isWord && /^\p{Lu}/u.test(prev.text) && TITLE.has(prev.folded)) return true;
	const next = tokens[span.last + 1];
	// "fought in Fallujah said": after a locative word the name is the place, whatever follows.
	if (prev && /^(in|at|from|to|near|into|across|outside)$/.test(prev.folded)) return false;
	if (span.first === span.last && next && SPEECH.has(next.folded)) {
		const hits = span.match?.hits ?? [];
		return !hits.some((h) => h.demonym || isCountryKind(h.place.kind) || h.place.kind === 'ADM1' || h.place.kind === 'PPLC' || h.place.population >= 1_000_000);
	}
	return false;
}

const ORG_END = new Set('post times journal herald tribune gazette press daily globe chronicle university college institute center centre hospital department council airport company corporation bank museum church club'.split(' '));

/**
 * A span that ends in an organisation word ("Washington Post", "Brookings Doha Center") is an
 * organisation: keep only the place name at its start, if there is one, as an embedded name.
 */
function trimOrganisation(tokens: readonly Token[], span: RecognisedSpan): RecognisedSpan[] {
	if (span.first === span.last || !ORG_END.has(tokens[span.last]!.folded)) return [span];
	const m = span.lead;
	if (m) return [{ start: m.start, end: m.end, text: span.text.slice(0, m.end - m.start), first: m.first, last: m.last, match: m, embedded: true }];
	return [];
}

/** Options: places the text is known to come from (its dateline or outlet), which weigh in resolution; other resolver weights, for a sweep. */
export interface GeoparseOptions {
	dateline?: readonly WorldPlace[];
	weights?: Readonly<ResolverWeights>;
}

/**
 * Finds and resolves every toponym in a text.
 *
 * @example geoparseText('Fighting near Tal Afar.', gazetteer, tagger)[0].country === 'IQ'
 */
export function geoparseText(text: string, gazetteer: WorldGazetteer, tagger: Tagger, options: GeoparseOptions = {}): GeoparsedToponym[] {
	const { tokens, spans } = recogniseToponyms(text, gazetteer, tagger);
	const kept = spans.flatMap((s) => (isPersonContext(tokens, s) ? [] : trimOrganisation(tokens, s)));
	return resolveToponyms(text, tokens, kept, gazetteer, options.dateline, options.weights).map((r) => {
		const p = r.place;
		return {
			start: r.start,
			end: r.end,
			text: r.text,
			type: r.type,
			...(p ? (typeof p.id === 'number' ? { geonameId: p.id } : { placeId: p.id }) : {}),
			name: p?.name ?? null,
			lat: p?.lat ?? null,
			lon: p?.lon ?? null,
			kind: p?.kind ?? null,
			country: p?.country || null,
			admin1: p ? (gazetteer.regionOf(p)?.name ?? null) : null,
			confidence: r.confidence,
			candidates: r.candidates.map((c) => ({ id: c.place.id, name: c.place.name, kind: c.place.kind, country: c.place.country, lat: c.place.lat, lon: c.place.lon, score: c.score, km: c.km })),
			reason: r.reason
		};
	});
}
