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
	articles: ArticleSources[];
	events: IndexEvent[];
	reportedActors: string[];
	namedWithActors: string[];
	sentenceCount: number;
}

/**
 * Gathers the sources of a place from its bundle (`data/places/<id>.json`) and the first-view index:
 * articles in date order, sentences in text order, events by date. Linear in the bundle's size.
 *
 * @example placeSources(index, await loadPlaceBundle('amerli'))?.sentenceCount
 */
export function placeSources(
	index: { places: readonly IndexPlace[]; articles: readonly (IndexArticle | ArticleCard)[] },
	bundle: PlaceBundle
): PlaceSources | undefined {
	const place = index.places.find((p) => p.id === bundle.place);
	if (!place) return undefined;
	const own = bundle.mentions.filter((m) => m.kind === 'place' && m.id === place.id);
	const marksBySentence = groupBy(own, (m) => m.sentence);
	const sentencesByArticle = groupBy(bundle.sentences, (s) => s.article);
	const countByArticle = new Map<string, number>();
	for (const m of own) countByArticle.set(m.article, (countByArticle.get(m.article) ?? 0) + 1);
	const articles = [...index.articles]
		.filter((a) => countByArticle.has(a.id) || place.articles.includes(a.id))
		.sort((a, b) => a.published.date.localeCompare(b.published.date))
		.map((article) => ({
			article,
			sentences: [...(sentencesByArticle.get(article.id) ?? [])]
				.sort((a, b) => a.start - b.start)
				.map((sentence) => ({ sentence, segments: segment(sentence, marksBySentence.get(sentence.id) ?? []), ordinal: 0 })),
			mentionCount: countByArticle.get(article.id) ?? 0
		}));
	let n = 0;
	for (const a of articles) for (const s of a.sentences) s.ordinal = ++n;
	const events = [...bundle.events].sort((a, b) => a.t0 - b.t0);
	return { place, articles, events, reportedActors: place.reportedActors, namedWithActors: place.namedWithActors, sentenceCount: n };
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
