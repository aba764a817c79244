import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle, type NameSpan, type TextPart } from './segment-article';

const whole = (parts: TextPart[]) => parts.flatMap((p) => [...p.before, ...p.quote, ...p.after]).map((r) => r.text).join('');
const body = (text: string) => ({ body: [{ start: 0, end: text.length }], excluded: [] });

describe('segmentArticle', () => {
	it('marks a place, a group and a person, and gives back every character once', () => {
		const text = 'Suleimani of the Quds Force was in Baghdad.';
		const names: NameSpan[] = [
			{ start: 0, end: 9, kind: 'person', id: 'qassem-suleimani' },
			{ start: 17, end: 27, kind: 'group', id: 'quds-force' },
			{ start: 35, end: 42, kind: 'place', id: 'baghdad' }
		];
		const parts = segmentArticle(text, body(text), names);
		expect(whole(parts)).toBe(text);
		const marked = parts[0]!.before.filter((r) => r.names.length).map((r) => [r.text, r.names[0]!.kind]);
		expect(marked).toEqual([['Suleimani', 'person'], ['Quds Force', 'group'], ['Baghdad', 'place']]);
	});

	it('lists both names on the words a nested name shares with the one around it, the outer first', () => {
		const text = 'the Iraqi Army of Iraq';
		const names: NameSpan[] = [
			{ start: 10, end: 14, kind: 'group', id: 'army' },
			{ start: 4, end: 14, kind: 'group', id: 'iraqi-army' },
			{ start: 4, end: 9, kind: 'place', id: 'iraq' }
		];
		const runs = segmentArticle(text, body(text), names)[0]!.before;
		expect(runs.map((r) => [r.text, r.names.map((m) => m.id)])).toEqual([
			['the ', []],
			['Iraqi', ['iraqi-army', 'iraq']],
			[' ', ['iraqi-army']],
			['Army', ['iraqi-army', 'army']],
			[' of Iraq', []]
		]);
	});

	it('cuts names that overlap without nesting at each edge', () => {
		const text = 'abcdef';
		const runs = segmentArticle(text, body(text), [
			{ start: 0, end: 4, kind: 'place', id: 'a' },
			{ start: 2, end: 6, kind: 'group', id: 'b' }
		])[0]!.before;
		expect(runs.map((r) => [r.text, r.names.map((m) => m.id)])).toEqual([
			['ab', ['a']],
			['cd', ['a', 'b']],
			['ef', ['b']]
		]);
	});

	it('puts the quote in runs of its own, cutting a name that straddles its edge', () => {
		const text = 'Before. In Tikrit fighters stood. After.';
		const parts = segmentArticle(text, body(text), [{ start: 11, end: 17, kind: 'place', id: 'tikrit' }], { start: 8, end: 33 });
		const p = parts[0]!;
		expect(p.quote.map((r) => r.text).join('')).toBe('In Tikrit fighters stood.');
		expect(p.quote.every((r) => r.quoted)).toBe(true);
		expect(p.before.map((r) => r.text).join('')).toBe('Before. ');
		expect(p.after.map((r) => r.text).join('')).toBe(' After.');
		expect(p.quote.find((r) => r.names.length)?.text).toBe('Tikrit');
		const straddling = segmentArticle(text, body(text), [{ start: 3, end: 11, kind: 'place', id: 'x' }], { start: 8, end: 33 })[0]!;
		expect(straddling.before.at(-1)).toMatchObject({ text: 'ore. ', quoted: false });
		expect(straddling.quote[0]).toMatchObject({ text: 'In ', quoted: true, names: [{ id: 'x' }] });
	});

	it('keeps the body and what is not the article apart, and the gaps between them', () => {
		const text = 'MENU\nTitle\n\nBody text.\n• a comment';
		const parts = segmentArticle(text, { body: [{ start: 5, end: 10 }, { start: 12, end: 22 }], excluded: [{ kind: 'site-navigation', start: 0, end: 4 }, { kind: 'reader-comments', start: 23, end: text.length }] }, []);
		expect(parts.map((p) => [p.part, p.excluded ?? null, text.slice(p.start, p.end)])).toEqual([
			['excluded', 'site-navigation', 'MENU'],
			['between', null, '\n'],
			['body', null, 'Title'],
			['between', null, '\n\n'],
			['body', null, 'Body text.'],
			['between', null, '\n'],
			['excluded', 'reader-comments', '• a comment']
		]);
		expect(whole(parts)).toBe(text);
	});

	it('clips spans that run past the text and ignores an empty quote, so a stale link cannot break the reader', () => {
		const text = 'Short.';
		const parts = segmentArticle(text, { body: [{ start: 0, end: 99 }], excluded: [] }, [{ start: 4, end: 50, kind: 'place', id: 'p' }], { start: 70, end: 80 });
		expect(whole(parts)).toBe(text);
		expect(parts[0]!.quote).toEqual([]);
		expect(parts[0]!.before.at(-1)).toMatchObject({ text: 't.', names: [{ id: 'p' }] });
	});

	it('finds a quote at its span in a real article of the corpus and gives its text back whole', () => {
		const text = readFileSync('geodata/articles/002_618452ce6f7ba7e6.txt', 'utf8').replace(/^\uFEFF/, '');
		const start = text.indexOf('Iraq');
		const parts = segmentArticle(text, body(text), [{ start, end: start + 4, kind: 'place', id: 'iraq' }], { start, end: start + 4 });
		expect(parts[0]!.quote.map((r) => r.text).join('')).toBe('Iraq');
		expect(whole(parts)).toBe(text);
	});

	it('folds the blank lines beside a part set apart, and keeps those between paragraphs', () => {
		const text = 'Menu\n\nFirst paragraph.\n\nSecond.\n\n\nComments';
		const layout = { body: [{ start: 4, end: 34 }], excluded: [{ start: 0, end: 4, kind: 'site-navigation' as const }, { start: 34, end: 42, kind: 'reader-comments' as const }] };
		const parts = segmentArticle(text, layout, []);
		expect(whole(parts)).toBe(text);
		const runs = parts[1]!.before;
		expect(runs.map((r) => [r.text, !!r.edge])).toEqual([
			['\n\n', true],
			['First paragraph.\n\nSecond.', false],
			['\n\n\n', true]
		]);
		expect(runs.map((r) => [r.start, r.end])).toEqual([[4, 6], [6, 31], [31, 34]]);
	});

	it('never folds a name, the quote or text between two body parts', () => {
		const text = 'Iraq\n\nnext';
		const layout = { body: [{ start: 0, end: 4 }, { start: 6, end: 10 }], excluded: [] };
		const parts = segmentArticle(text, layout, [{ start: 0, end: 4, kind: 'place', id: 'iraq' }]);
		expect(parts.map((p) => p.part)).toEqual(['body', 'between', 'body']);
		expect(parts[1]!.before.map((r) => !!r.edge)).toEqual([false]);
		expect(parts[0]!.before.map((r) => [r.text, !!r.edge])).toEqual([['Iraq', false]]);
	});
});
