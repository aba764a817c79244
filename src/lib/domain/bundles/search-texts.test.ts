import { describe, expect, it } from 'vitest';
import { miniIndex } from '../../../../tests/fixtures/mini-index';
import { searchTexts } from './search-texts';

const sentence = (id: string, text: string) => ({ id, article: 'a2015', text, start: 0, end: text.length });
const mention = (sentence: string, kind: 'place' | 'group', id: string, start: number) => ({ article: 'a2015', text: id, kind, id, sentence, start, end: start + 1 });

describe('searchTexts', () => {
	it('keeps the sentences that name a place, with their places in the order they are named', () => {
		const texts = searchTexts({
			sentences: [sentence('s1', 'From Tehran to Karbala.'), sentence('s2', 'The IRGC said nothing.')],
			mentions: [mention('s1', 'place', 'karbala', 15), mention('s1', 'place', 'tehran', 5), mention('s2', 'group', 'irgc', 4)],
			events: []
		});
		expect(texts).toEqual([{ id: 's1', kind: 'sentence', article: 'a2015', text: 'From Tehran to Karbala.', places: ['tehran', 'karbala'] }]);
	});

	it('adds an event’s quote, with the event’s places, unless a sentence naming a place already holds it', () => {
		const raid = { ...miniIndex.events[2]!, claims: [{ ...miniIndex.events[2]!.claims[0]!, article: 'a2015', quote: 'stormed the compound' }] };
		const held = searchTexts({ sentences: [sentence('s1', 'Gunmen stormed the compound in Karbala.')], mentions: [mention('s1', 'place', 'karbala', 30)], events: [raid] });
		expect(held.map((t) => t.kind)).toEqual(['sentence']);
		const apart = searchTexts({ sentences: [], mentions: [], events: [raid] });
		expect(apart).toEqual([{ id: 'karbala-raid/claim-0', kind: 'quote', article: 'a2015', text: 'stormed the compound', places: ['karbala'], event: 'karbala-raid' }]);
	});
});
