/**
 * Recognition of one article: the names the curated index knows (resolved against their GeoNames
 * namesakes too), and — for an article no person has reviewed yet — the places the geoparser found in
 * it (its "machine reading", with a person's corrections: a place they put on the map by hand has an
 * id of its own), and the sentence each mention stands in. The curated index wins wherever the two
 * overlap, except on words a person corrected in this article: their reading stands there even after
 * another article made the name a curated place (moving Odesa by hand in one article is not undone by
 * recording an event at Odesa from another). A reviewed article's places are the ones its reviewers put
 * in the curated gazetteer.
 */
import type { NameIndex } from '../gazetteer/build-name-index';
import type { FallbackGazetteer } from '../gazetteer/fallback-gazetteer';
import type { GeoparsedToponym } from '../geoparse/geoparse-text';
import type { GazetteerPlace } from '../records/schema';
import { resolvePlaces, type PlaceMentionInput } from '../resolve/resolve-places';
import { spanLookup } from '../text/span-lookup';
import { splitSentences } from '../text/split-sentences';
import type { Mention, Sentence, Span } from '../types';
import { matchNames } from './match-names';

/** What recognition needs besides the text. */
export interface RecognitionContext {
	index: NameIndex;
	places: ReadonlyMap<string, GazetteerPlace>;
	/** GeoNames namesakes weighed against curated names ("Washington" the state against the capital). */
	fallback: FallbackGazetteer;
	/** Smallest population a namesake needs to be weighed. */
	minPopulation?: number;
}

/** The sentences and mentions of one article body. */
export interface RecognisedArticle {
	sentences: Sentence[];
	mentions: Mention[];
}

/** The id a place found by the geoparser goes by on the map and in links: "geonames-98182". */
export function machinePlaceId(geonameId: number): string {
	return `geonames-${geonameId}`;
}

/**
 * The id of a place a person put on the map by hand for the words at `start` of one article:
 * "hand-<article id>-<start>". It is the placement's own, never the GeoNames place's the machine had,
 * so that moving Odesa in one article leaves every other article's Odesa where GeoNames has it; and it
 * stays the same while the person drags the marker again, so an open panel or a shared link keeps it.
 */
export function handPlaceId(articleId: string, start: number): string {
	return `hand-${articleId}-${start}`;
}

/** The map id of a toponym of an article's (corrected) machine reading; undefined when it names no GeoNames place and no one placed it. */
export function readingPlaceId(articleId: string, t: GeoparsedToponym): string | undefined {
	if (t.byHand) return handPlaceId(articleId, t.start);
	return t.geonameId === undefined ? undefined : machinePlaceId(t.geonameId);
}

/**
 * Recognises places and actors in the body spans of `text`.
 *
 * @param machine the geoparser's toponyms for the whole text, for an unreviewed article; literal places
 *   with coordinates inside the body are kept
 * @param corrected the words a person corrected in this article (not a place, another candidate, moved,
 *   added): no curated place is matched on them; the corrected reading in `machine` stands
 * @example recogniseArticle('a1', 'Suleimani flew to Baghdad.', [{ start: 0, end: 26 }], ctx).mentions.length === 2
 */
export function recogniseArticle(
	articleId: string,
	text: string,
	body: readonly Span[],
	ctx: RecognitionContext,
	machine: readonly GeoparsedToponym[] = [],
	corrected: readonly Span[] = []
): RecognisedArticle {
	const sentences: Sentence[] = body
		.flatMap((span) => splitSentences(text, span.start, span.end))
		.map((s, n) => ({ ...s, id: `${articleId}:${n}`, article: articleId, text: text.slice(s.start, s.end) }));
	const sentenceLookup = spanLookup(sentences);
	const sentenceAt = (start: number) => sentenceLookup.holding(start)?.id ?? '';

	const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
	const matches = matchNames(text, body, ctx.index)
		.map((m) => (corrected.some((c) => overlaps(c, m)) ? { ...m, targets: m.targets.filter((t) => t.kind !== 'place') } : m))
		.filter((m) => m.targets.length);
	const matched = spanLookup(matches);
	const pending: { span: Span & { text: string }; input: PlaceMentionInput }[] = [];
	const mentions: Mention[] = [];
	for (const m of matches) {
		const placeIds = m.targets.filter((t) => t.kind === 'place').map((t) => t.id);
		if (placeIds.length) {
			pending.push({ span: m, input: { text: m.text, curatedIds: placeIds } });
			continue;
		}
		for (const t of m.targets) {
			if (t.kind === 'group' || t.kind === 'person') {
				mentions.push({ article: articleId, start: m.start, end: m.end, text: m.text, kind: t.kind, id: t.id, sentence: sentenceAt(m.start) });
			}
		}
	}

	const minPop = ctx.minPopulation ?? 15_000;
	const namesakes: FallbackGazetteer = { lookup: (name) => ctx.fallback.lookup(name).filter((p) => p.population >= minPop) };
	const resolutions = resolvePlaces(
		pending.map((p) => p.input),
		ctx.places,
		namesakes
	);
	pending.forEach(({ span }, i) => {
		const resolution = resolutions[i]!;
		mentions.push({
			article: articleId,
			start: span.start,
			end: span.end,
			text: span.text,
			kind: 'place',
			id: resolution.placeId,
			sentence: sentenceAt(span.start),
			resolution
		});
	});
	for (const t of machine) {
		const placeId = readingPlaceId(articleId, t);
		if (t.type !== 'literal' || placeId === undefined || t.lat === null || t.lon === null) continue;
		if (!body.some((b) => b.start <= t.start && t.end <= b.end)) continue;
		if (matched.overlaps(t)) continue;
		mentions.push({
			article: articleId,
			start: t.start,
			end: t.end,
			text: t.text,
			kind: 'place',
			id: placeId,
			sentence: sentenceAt(t.start),
			resolution: t.byHand
				? { placeId, source: 'hand', candidates: t.candidates.length, reason: t.reason }
				: { placeId, source: 'geonames', candidates: t.candidates.length, reason: `machine reading (confidence ${t.confidence}): ${t.reason}` }
		});
	}
	mentions.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
	return { sentences, mentions };
}
