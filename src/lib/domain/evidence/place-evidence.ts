/**
 * No quote, no place: an event is put at a place only where the words of one of its quotes put it
 * there, or where the editors say why they do. The words are checked here, so a place that a quote
 * merely mentions ("U.S. forces", "a neighbor to Iraq" chosen by nobody) never places an event silently.
 */
import type { IndexClaim, IndexEventPlace } from '../atlas-index';
import type { NameIndex } from '../gazetteer/build-name-index';
import { matchNames } from '../extract/match-names';
import type { GazetteerPlace } from '../records/schema';

/**
 * Words that put what follows them somewhere: prepositions of place and motion, and the verbs the
 * news uses for arriving at or striking a place. A country, region or settlement must follow one.
 */
export const LOCATIVE_WORDS = new Set([
	'in', 'at', 'to', 'into', 'onto', 'from', 'near', 'inside', 'outside', 'across', 'through', 'toward', 'towards',
	'on', 'of', 'around', 'over', 'within', 'throughout', 'via', 'between', 'beyond', 'out',
	'visited', 'visiting', 'visit', 'visits', 'entered', 'reached', 'sacked', 'seized', 'besieged', 'raided', 'struck',
	'bombed', 'invaded'
]);

/** Kinds of place that a quote places by naming them at all: a mosque, a prison, an air base. */
const SITES = new Set(['facility', 'landmark']);

/** Nouns that stand between a locative word and a name without changing what it places ("on the border town Kobane"). */
const PLACE_NOUNS = new Set(['town', 'city', 'village', 'province', 'border', 'district', 'region', 'capital', 'port', 'governorate', 'country']);

/** The result of checking one event place: its evidence span, or what is wrong. */
export type PlaceEvidence = { ok: true; place: IndexEventPlace } | { ok: false; message: string };

/**
 * Checks how one event place is known. `quoted` must be words of one of the event's quotes that name
 * the place — after a locative word, unless the place is a site (named at all) or the target a
 * statement, strike or sanction is aimed at (named as its object); a demonym ("Iranian weapons")
 * places only an origin. Otherwise `inferred` must say why the editors put the event there.
 *
 * @param names index of every place's spellings (kind "place") and demonyms (kind "not-place", id = place id)
 * @example placeEvidence({ place: 'karbala', role: 'target', quoted: 'in Karbala' }, claims, texts, karbala, names)
 */
export function placeEvidence(
	entry: { place: string; role: IndexEventPlace['role']; quoted?: string; inferred?: string },
	claims: readonly IndexClaim[],
	texts: (article: string) => string,
	place: Pick<GazetteerPlace, 'id' | 'name' | 'kind'>,
	names: NameIndex
): PlaceEvidence {
	const base = { place: entry.place, role: entry.role };
	if (entry.quoted && entry.inferred) return { ok: false, message: 'give either "quoted" (the words that place the event) or "inferred" (why the editors do), not both' };
	if (entry.inferred) return { ok: true, place: { ...base, inferred: entry.inferred } };
	if (!entry.quoted) {
		return {
			ok: false,
			message: `say which words of a quote place the event at ${place.name} ("quoted": e.g. "in ${place.name}"), or why the editors place it there ("inferred")`
		};
	}
	const quoted = entry.quoted;
	const claim = claims.find((c) => c.quote.includes(quoted));
	if (!claim) return { ok: false, message: `"${quoted}" is not in any of the event's quotes; copy the words from a quote exactly` };
	const text = texts(claim.article);
	const start = claim.start + claim.quote.indexOf(quoted);
	const span = { start, end: start + quoted.length };
	const hit = matchNames(text, [span], names).find((m) => m.targets.some((t) => t.id === place.id));
	if (!hit) return { ok: false, message: `"${quoted}" does not name ${place.name}; quote words that do, or mark the place "inferred"` };
	const byDemonym = hit.targets.every((t) => t.id !== place.id || t.kind !== 'place');
	if (byDemonym && entry.role !== 'origin') {
		return { ok: false, message: `"${hit.text}" is an adjective for ${place.name}'s people; it places only an origin ("Iranian weapons"), not a ${entry.role}` };
	}
	if (!byDemonym && !SITES.has(place.kind) && entry.role !== 'target' && !afterLocativeWord(text.slice(span.start, hit.start))) {
		return {
			ok: false,
			message: `"${quoted}" names ${place.name} but does not place the event there: a ${place.kind} must follow a locative word (in, at, to, from, of, visited, …); quote such words, or mark the place "inferred"`
		};
	}
	return { ok: true, place: { ...base, evidence: { article: claim.article, ...span, text: quoted } } };
}

/**
 * True when the words before a name end in a locative word, skipping "the", possessives and other
 * names ("in Iraq’s Diyala"), and place nouns ("on the Syrian-Turkish border town Kobane").
 */
function afterLocativeWord(before: string): boolean {
	const words = before.split(/[\s\u00a0—–-]+/u).filter(Boolean);
	while (words.length) {
		const raw = words.pop()!.replace(/[^\p{L}’']/gu, '');
		const w = raw.toLowerCase();
		if (LOCATIVE_WORDS.has(w)) return true;
		if (!w || w === 'the' || /[’']s$/.test(w) || PLACE_NOUNS.has(w) || /^\p{Lu}/u.test(raw)) continue;
		return false;
	}
	return false;
}
