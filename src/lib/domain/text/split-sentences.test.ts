import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
	it('does not end a sentence at titles, initials or "U.S."', () => {
		expect(
			sentences('Maj. Gen. Qassem Suleimani flew in. By Michael R. Gordon and U.S. officials. Rear Adm. John F. Kirby spoke.')
		).toEqual(['Maj. Gen. Qassem Suleimani flew in.', 'By Michael R. Gordon and U.S. officials.', 'Rear Adm. John F. Kirby spoke.']);
	});

	it('ends a sentence after closing quotes and at every line break', () => {
		expect(sentences('He said “it is ridiculous.” Then he left\nA caption line')).toEqual([
			'He said “it is ridiculous.”',
			'Then he left',
			'A caption line'
		]);
	});

	it('ends a sentence at a full stop followed by a no-break space, as captured pages write it', () => {
		expect(sentences('It fell in November 2014.\u00a0 These militias stayed.')).toEqual(['It fell in November 2014.', 'These militias stayed.']);
	});

	it('returns spans inside the requested range only', () => {
		const t = 'Skip this. Keep this one. And this.';
		const spans = splitSentences(t, 11);
		expect(spans.map((s) => t.slice(s.start, s.end))).toEqual(['Keep this one.', 'And this.']);
	});
});
