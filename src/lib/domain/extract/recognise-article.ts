/**
 * Recognition of one article: the names the curated index knows, the capitalised names only the
 * fallback gazetteer knows, place resolution, and the sentence each mention stands in.
 */
import type { FallbackGazetteer } from '../gazetteer/fallback-gazetteer';
import type { NameIndex } from '../gazetteer/build-name-index';
import type { GazetteerPlace } from '../records/schema';
import { resolvePlaces, type PlaceMentionInput } from '../resolve/resolve-places';
import { splitSentences } from '../text/split-sentences';
import type { Mention, Sentence, Span } from '../types';
import { findCapitalisedNames } from './find-capitalised-names';
import { matchNames } from './match-names';

/** What recognition needs besides the text. */
export interface RecognitionContext {
	index: NameIndex;
	places: ReadonlyMap<string, GazetteerPlace>;
	fallback: FallbackGazetteer;
	/** Smallest population a fallback place needs to count; more at a sentence start ("Even", "Many"). */
	minPopulation?: number;
	minPopulationSentenceInitial?: number;
}

/** The sentences and mentions of one article body. */
export interface RecognisedArticle {
	sentences: Sentence[];
	mentions: Mention[];
}

/**
 * Recognises places and actors in the body spans of `text`.
 *
 * @example recogniseArticle('a1', 'Suleimani flew to Baghdad.', [{ start: 0, end: 26 }], ctx).mentions.length === 2
 */
export function recogniseArticle(
	articleId: string,
	text: string,
	body: readonly Span[],
	ctx: RecognitionContext
): RecognisedArticle {
	const sentences: Sentence[] = body
		.flatMap((span) => splitSentences(text, span.start, span.end))
		.map((s, n) => ({ ...s, id: `${articleId}:${n}`, article: articleId, text: text.slice(s.start, s.end) }));
	const sentenceAt = (start: number) => sentences.find((s) => s.start <= start && start < s.end)?.id ?? '';

	const matches = matchNames(text, body, ctx.index);
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
	const minPopInitial = ctx.minPopulationSentenceInitial ?? 100_000;
	for (const name of findCapitalisedNames(text, body, matches)) {
		const floor = name.sentenceInitial ? minPopInitial : minPop;
		if (ctx.fallback.lookup(name.text).some((p) => p.population >= floor)) {
			pending.push({ span: name, input: { text: name.text, curatedIds: [] } });
		}
	}

	const fallback: FallbackGazetteer = {
		lookup: (name) => ctx.fallback.lookup(name).filter((p) => p.population >= minPop)
	};
	const resolutions = resolvePlaces(
		pending.map((p) => p.input),
		ctx.places,
		fallback
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
	mentions.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
	return { sentences, mentions };
}
