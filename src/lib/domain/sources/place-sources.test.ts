import { describe, expect, it } from 'vitest';
import { segment } from './place-sources';

describe('segment', () => {
	const text = 'ISIS was driven from Jurf al-Sakher, renamed Jurf al-Nasr.';
	const sentence = { id: 'a:0', article: 'a', start: 100, end: 100 + text.length, text };
	const at = (name: string) => ({ start: 100 + text.indexOf(name), end: 100 + text.indexOf(name) + name.length });

	it('marks every mention of the place in its sentence, keeping the rest verbatim', () => {
		const segments = segment(sentence, [at('Jurf al-Nasr'), at('Jurf al-Sakher')]);
		expect(segments).toEqual([
			{ text: 'ISIS was driven from ', mark: false },
			{ text: 'Jurf al-Sakher', mark: true },
			{ text: ', renamed ', mark: false },
			{ text: 'Jurf al-Nasr', mark: true },
			{ text: '.', mark: false }
		]);
		expect(segments.map((s) => s.text).join('')).toBe(text);
	});

	it('ignores a span outside the sentence rather than garbling it', () => {
		expect(segment(sentence, [{ start: 10, end: 20 }])).toEqual([{ text, mark: false }]);
	});
});

