import { describe, expect, it } from 'vitest';
import { bodyLayout } from './body-spans';

const nb = (text: string, extra: object = {}) => ({ kind: 'pull-quote' as const, text, occurrence: 1, toEnd: false, ...extra });

describe('bodyLayout', () => {
	it('cuts reader comments from their first line to the end of the file', () => {
		const text = 'Body about Baghdad.\n\n  • Reader\n    Afghanistan is next.';
		const layout = bodyLayout(text, [{ ...nb('  • Reader'), kind: 'reader-comments', toEnd: true }]);
		expect(layout.body).toEqual([{ start: 0, end: text.indexOf('  • Reader') }]);
		expect(text.slice(layout.body[0]!.start, layout.body[0]!.end)).not.toContain('Afghanistan');
	});

	it('excludes the n-th occurrence only, so a pull quote goes and the sentence it repeats stays', () => {
		const text = 'Iran will stand by us.\nIran will stand by us.\nMore body.';
		const layout = bodyLayout(text, [nb('Iran will stand by us.', { occurrence: 2 })]);
		expect(layout.excluded).toEqual([{ kind: 'pull-quote', start: 23, end: 45 }]);
		expect(layout.body.map((s) => text.slice(s.start, s.end))).toEqual(['Iran will stand by us.\n', '\nMore body.']);
	});

	it('reports a not-body text that is missing, or occurs fewer times than asked', () => {
		const layout = bodyLayout('One line.', [nb('Two lines.'), nb('One line.', { occurrence: 2 })]);
		expect(layout.problems).toEqual([
			{ index: 0, message: expect.stringContaining('does not occur in the article') },
			{ index: 1, message: 'its text occurs 1 time, not the 2 its "occurrence" asks for' }
		]);
	});
});

describe('bodyLayout with Windows line ends', () => {
	it('finds a two-line pull quote in a CRLF file and reports spans of the file as it is', () => {
		const text = 'Body.\r\nPull quote line one\r\nPrime Minister\r\nMore body.';
		const layout = bodyLayout(text, [nb('Pull quote line one\nPrime Minister')]);
		expect(layout.problems).toEqual([]);
		expect(text.slice(layout.excluded[0]!.start, layout.excluded[0]!.end)).toBe('Pull quote line one\r\nPrime Minister');
	});
});
