import { describe, expect, it } from 'vitest';
import { excerptAround } from './excerpt-around';

describe('excerptAround', () => {
	it('splits a sentence at the first query word it holds, in any case or accent', () => {
		expect(excerptAround('The siege of Amerli ended.', 'SIEGE')).toEqual({ before: 'The ', match: 'siege', after: ' of Amerli ended.' });
		expect(excerptAround('Pilgrims reached Kerbalā at dawn.', 'kerbala').match).toBe('Kerbalā');
	});

	it('cuts a long sentence at whole words around the match, with ellipses', () => {
		const text = `${'word '.repeat(40)}Karbala ${'more '.repeat(40)}`.trim();
		const e = excerptAround(text, 'karbala', 60);
		expect(e.match).toBe('Karbala');
		expect(e.before.startsWith('…')).toBe(true);
		expect(e.after.endsWith('…')).toBe(true);
		expect((e.before + e.match + e.after).length).toBeLessThanOrEqual(64);
	});
});
