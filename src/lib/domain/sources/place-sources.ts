/**
 * Everything the source panel shows for one place, gathered from its bundle: per article, every
 * sentence that names the place with the name marked; the events reported there with their quotes;
 * and the actors, kept apart as "in reported events" and "named in the same sentence".
 */
import type { ArticleCard, IndexArticle, IndexEvent, IndexPlace, PlaceBundle } from '../atlas-index';
import { groupBy } from '../group-by';
import type { Sentence } from '../types';

/** A piece of a sentence: plain text, or the place's name as written (to be highlighted). */
export interface Segment {
	text: string;
	mark: boolean;
}

export interface QuotedSentence {
	sentence: Sentence;
	segments: Segment[];
	/** 1-based number of this sentence among the place's sentences in all articles. */
	ordinal: number;
}

export interface ArticleSources {
	article: IndexArticle | ArticleCard;
	sentences: QuotedSentence[];
	mentionCount: number;
}

export interface PlaceSources {
	place: IndexPlace;
	/** The articles of the pages loaded so far, oldest first. */
	articles: ArticleSources[];
	/** The events of the pages loaded so far, by date. */
	events: IndexEvent[];
	reportedActors: string[];
	namedWithActors: string[];
	/** Sentences on the pages loaded so far. */
	sentenceCount: number;
	/** Over every page, loaded or not. */
	totals: PlaceBundle['totals'];
	/** Pages loaded (from the first) and pages in all. */
	loadedPages: number;
	pages: number;
}

/**
 * Gathers the sources of a place from the pages of its bundle loaded so far (`data/places/<id>.json`,
 * then `<id>.page-2.json`, …, in order) and the first-view index: articles in date order, sentences in
 * text order, events by date. Linear in the pages' size.
 *
 * @example placeSources(index, [await loadPlaceBundle('amerli')])?.sentenceCount
 */
export function placeSources(
	index: { places: readonly IndexPlace[]; articles: readonly (IndexArticle | ArticleCard)[] },
	pages: readonly PlaceBundle[]
): PlaceSources | undefined {
	const first = pages[0];
	const place = first && index.places.find((p) => p.id === first.place);
	if (!first || !place) return undefined;
	const mentions = pages.flatMap((b) => b.mentions);
	const own = mentions.filter((m) => m.kind === 'place' && m.id === place.id);
	const marksBySentence = groupBy(own, (m) => m.sentence);
	const sentencesByArticle = groupBy(
		pages.flatMap((b) => b.sentences),
		(s) => s.article
	);
	const countByArticle = new Map<string, number>();
	for (const m of own) countByArticle.set(m.article, (countByArticle.get(m.article) ?? 0) + 1);
	const articleById = new Map(index.articles.map((a) => [a.id, a]));
	const articles = pages
		.flatMap((b) => b.articles)
		.flatMap((id) => articleById.get(id) ?? [])
		.map((article) => ({
			article,
			sentences: [...(sentencesByArticle.get(article.id) ?? [])]
				.sort((a, b) => a.start - b.start)
				.map((sentence) => ({ sentence, segments: segment(sentence, marksBySentence.get(sentence.id) ?? []), ordinal: 0 })),
			mentionCount: countByArticle.get(article.id) ?? 0
		}));
	let n = 0;
	for (const a of articles) for (const s of a.sentences) s.ordinal = ++n;
	return {
		place,
		articles,
		events: pages.flatMap((b) => b.events),
		reportedActors: place.reportedActors,
		namedWithActors: place.namedWithActors,
		sentenceCount: n,
		totals: first.totals,
		loadedPages: pages.length,
		pages: first.pages
	};
}

/** Splits a sentence into plain and marked segments at the given spans (article offsets). */
export function segment(sentence: Sentence, spans: readonly { start: number; end: number }[]): Segment[] {
	const out: Segment[] = [];
	let cursor = sentence.start;
	for (const s of [...spans].sort((a, b) => a.start - b.start)) {
		if (s.start < cursor || s.end > sentence.end) continue;
		if (s.start > cursor) out.push({ text: sentence.text.slice(cursor - sentence.start, s.start - sentence.start), mark: false });
		out.push({ text: sentence.text.slice(s.start - sentence.start, s.end - sentence.start), mark: true });
		cursor = s.end;
	}
	if (cursor < sentence.end) out.push({ text: sentence.text.slice(cursor - sentence.start), mark: false });
	return out;
}
