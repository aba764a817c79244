/**
 * Splits the full index the build computes into what the dashboard loads first and what it loads when a
 * place or an article is opened. Linear in the size of the index: every lookup is built once.
 */
import type { ArticleBundle, AtlasIndex, FirstViewIndex, PlaceBundle } from '../atlas-index';
import { groupBy as group } from '../group-by';
import { ARTICLES_PER_PAGE, EVENTS_PER_PAGE, articleOrder, eventOrder, pageCount } from './place-pages';
import type { Mention } from '../types';

/** The first view, and a bundle per place (in pages) and per article. */
export interface SplitIndex {
	first: FirstViewIndex;
	/** Every page of every place's bundle. */
	places: PlaceBundle[];
	articles: ArticleBundle[];
}

/**
 * Splits `index` by use.
 *
 * @example splitIndex(index).first.events.every((e) => e.claims.every((c) => !('quote' in c)))
 */
export function splitIndex(index: AtlasIndex): SplitIndex {
	const first: FirstViewIndex = {
		version: 2,
		corpus: index.corpus,
		articles: index.articles.map(({ body: _body, excluded: _excluded, ...card }) => card),
		places: index.places,
		groups: index.groups,
		people: index.people,
		events: index.events.map(({ claims, places, editorNote: _note, ...card }) => ({
			...card,
			claims: claims.map(({ quote: _quote, detail: _detail, ...ref }) => ref),
			places: places.map(({ evidence: _evidence, ...p }) => p)
		}))
	};

	const sentenceById = new Map(index.sentences.map((s) => [s.id, s]));
	const mentionsBySentence = group(index.mentions, (m) => m.sentence);
	const placeMentions = group(
		index.mentions.filter((m) => m.kind === 'place'),
		(m) => m.id
	);
	const eventsByPlace = group(
		index.events.flatMap((e) => [...new Set(e.places.map((p) => p.place))].map((place) => ({ place, e }))),
		(x) => x.place
	);
	const articleById = new Map(index.articles.map((a) => [a.id, a]));
	const places: PlaceBundle[] = index.places.flatMap((p) => {
		const sentencesByArticle = group(
			[...new Set((placeMentions.get(p.id) ?? []).map((m) => m.sentence))].flatMap((id) => sentenceById.get(id) ?? []),
			(s) => s.article
		);
		const articles = articleOrder([...new Set([...p.articles, ...sentencesByArticle.keys()])].flatMap((id) => articleById.get(id) ?? []));
		const events = eventOrder((eventsByPlace.get(p.id) ?? []).map((x) => x.e));
		const pages = pageCount(articles.length, events.length);
		const totals = { articles: sentencesByArticle.size, sentences: [...sentencesByArticle.values()].reduce((n, list) => n + list.length, 0), events: events.length };
		return Array.from({ length: pages }, (_, page) => {
			const run = articles.slice(page * ARTICLES_PER_PAGE, (page + 1) * ARTICLES_PER_PAGE).map((a) => a.id);
			const sentences = run.flatMap((id) => sentencesByArticle.get(id) ?? []);
			// The place's own mentions and every actor named beside it, so the panel can mark both.
			const mentions = sentences
				.flatMap((s) => mentionsBySentence.get(s.id) ?? [])
				.filter((m) => m.kind !== 'place' || m.id === p.id)
				.map(withoutText);
			return {
				version: 2 as const,
				place: p.id,
				page,
				pages,
				articles: run,
				totals,
				sentences,
				mentions,
				events: events.slice(page * EVENTS_PER_PAGE, (page + 1) * EVENTS_PER_PAGE)
			};
		});
	});

	const sentencesByArticle = group(index.sentences, (s) => s.article);
	const mentionsByArticle = group(index.mentions, (m) => m.article);
	const claimsByArticle = group(
		index.events.flatMap((e) => e.claims.map((c, claim) => ({ article: c.article, event: e.id, claim, start: c.start, end: c.end, stance: c.stance }))),
		(c) => c.article
	);
	const articles: ArticleBundle[] = index.articles.map((a) => ({
		version: 2,
		article: a.id,
		body: a.body,
		excluded: a.excluded,
		sentences: (sentencesByArticle.get(a.id) ?? []).map(({ start, end }) => ({ start, end })),
		mentions: (mentionsByArticle.get(a.id) ?? []).map(({ text: _text, article: _article, ...m }) => m),
		claims: (claimsByArticle.get(a.id) ?? []).map(({ article: _article, ...c }) => c)
	}));
	return { first, places, articles };
}

function withoutText({ text: _text, ...m }: Mention): Omit<Mention, 'text'> {
	return m;
}
