import { describe, expect, it } from 'vitest';
import { countNoun } from './count-noun';

describe('countNoun', () => {
	it('writes one thing in the singular (the panel said "Named in 1 article(s)")', () => {
		expect(countNoun(1, 'article')).toBe('1 article');
	});
	it('writes none and many in the plural', () => {
		expect(countNoun(0, 'event')).toBe('0 events');
		expect(countNoun(95, 'sentence')).toBe('95 sentences');
	});
	it('takes an irregular plural', () => {
		expect(countNoun(2, 'person', 'people')).toBe('2 people');
	});
});
