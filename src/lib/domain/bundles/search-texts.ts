/**
 * The texts the dashboard's search reads beside names (`data/search-texts.json`): every sentence that
 * names a place, and every quote of an event that no such sentence already holds.
 */
import type { AtlasIndex } from '../atlas-index';
import type { SearchText } from '../filter/search-atlas';
import { groupBy } from '../group-by';

/**
 * The searchable sentences and quotes of `index`, each with the places it leads to: a sentence's
 * places in the order it names them, a quote's its event's.
 *
 * @example searchTexts(index).find((t) => t.kind === 'sentence')?.places // ['amerli']
 */
export function searchTexts(index: Pick<AtlasIndex, 'sentences' | 'mentions' | 'events'>): SearchText[] {
	const placeMentions = groupBy(
		index.mentions.filter((m) => m.kind === 'place').sort((a, b) => a.start - b.start),
		(m) => m.sentence
	);
	const sentences: SearchText[] = index.sentences.flatMap((s) => {
		const places = [...new Set((placeMentions.get(s.id) ?? []).map((m) => m.id))];
		return places.length ? [{ id: s.id, kind: 'sentence' as const, article: s.article, text: s.text, places }] : [];
	});
	const byArticle = groupBy(sentences, (s) => s.article);
	const quotes: SearchText[] = index.events.flatMap((e) => {
		const places = [...new Set(e.places.map((p) => p.place))];
		return e.claims.flatMap((c, i) =>
			places.length && c.quote.trim() && !(byArticle.get(c.article) ?? []).some((s) => s.text.includes(c.quote))
				? [{ id: `${e.id}/claim-${i}`, kind: 'quote' as const, article: c.article, text: c.quote, places, event: e.id }]
				: []
		);
	});
	return [...sentences, ...quotes];
}
