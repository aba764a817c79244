import { describe, expect, it } from 'vitest';
import { locateQuote } from './locate-quote';

const text = 'Iran’s aid grew.\nPULL: Iran’s aid grew.\n  • comment: Amerli fell.';
const body = [{ start: 0, end: 17 }];
const excluded = [
	{ kind: 'pull-quote' as const, start: 17, end: 40 },
	{ kind: 'reader-comments' as const, start: 40, end: text.length }
];

describe('locateQuote', () => {
	it('returns the span of a verbatim quote in the body', () => {
		expect(locateQuote(text, 'Iran’s aid grew.', body, excluded)).toEqual({ ok: true, span: { start: 0, end: 16 } });
	});

	it('refuses a quote that stands only in reader comments, saying so', () => {
		const r = locateQuote(text, 'Amerli fell.', body, excluded);
		expect(r).toEqual({ ok: false, message: expect.stringContaining('only in the page’s reader comments'.replace('’', "'")) });
	});

	it('explains a near miss with straight quotes instead of typographic ones', () => {
		const r = locateQuote(text, "Iran's aid grew.", body, excluded);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.message).toContain('differs only in quotes, dashes or spacing');
	});
});
