import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ArticleMeta } from '../records/schema';
import { draftArticle, textHash } from './draft-article';
import { decodeText, extractArticle, formatOf, MAX_ARTICLE_BYTES, pageDate } from './extract-article';

const parse = (html: string) => parseHTML(html).document as unknown as Document;

// A news page as sites publish them: metadata in the head, navigation, scripts, an iframe and event
// handlers around the story (written for these tests).
const PAGE = readFileSync('tests/fixtures/ingest/floods-lagos.html', 'utf8');

describe('extracting an article', () => {
	it('reads the story of an HTML page with its title, byline, date, address and outlet, without its scripts or navigation', () => {
		const a = extractArticle('floods.html', PAGE, 'html', parse);
		expect(a.text).toMatch(/^Heavy rain closed the main road between Lagos and Ibadan/m);
		expect(a.text).toContain('families living by the water had been moved to schools on higher ground.\n\nThe agency expects more rain');
		expect(a.text).not.toMatch(/stolen|cookie|alert|Sport|All rights reserved/);
		expect(a.metadata).toMatchObject({
			title: expect.stringContaining('Floods cut roads north of Lagos'),
			publishedTime: '2024-07-03T08:15:00Z',
			url: 'https://herald.example/news/floods-lagos',
			siteName: 'Coastal Herald',
			language: 'en'
		});
	});

	it('turns Markdown into its plain text', () => {
		const a = extractArticle('note.md', '# Militia seen near Sinjar\n\nWitnesses in **Sinjar** saw [convoys](https://x.example) on the road to *Mosul*.\n', 'markdown', parse);
		expect(a.text).toBe('Militia seen near Sinjar\n\nWitnesses in Sinjar saw convoys on the road to Mosul.');
	});

	it('keeps pasted text as it is, with Unix line ends and no blank start or end', () => {
		expect(extractArticle('the pasted text', '\r\n  Kyiv, 3 May.\r\n\r\n\r\n\r\nShelling resumed.  \r\n', 'text', parse).text).toBe('Kyiv, 3 May.\n\nShelling resumed.');
	});

	it('marks an article in Arabic script as Arabic', () => {
		expect(extractArticle('the pasted text', 'قصفت طائرات مسيرة مواقع قرب بغداد والبصرة يوم الثلاثاء.', 'text', parse).metadata.language).toBe('ar');
	});

	it('refuses empty text, a page without a story, binary data, text that is not UTF-8 and a 5 MB paste, naming the input', () => {
		expect(() => extractArticle('the pasted text', ' \n\t ', 'text', parse)).toThrow('the pasted text: is empty.');
		expect(() => extractArticle('blank.html', '<html><body><script>x()</script></body></html>', 'html', parse)).toThrow('blank.html: has no readable article text.');
		expect(() => decodeText('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]))).toThrow('photo.txt: is not a text file (it contains binary data)');
		expect(() => decodeText('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x42]))).toThrow('latin1.txt: is not UTF-8 text');
		expect(() => extractArticle('the pasted text', 'a'.repeat(MAX_ARTICLE_BYTES + 1), 'text', parse)).toThrow(/the pasted text: is 5\.0 MB; an article can be at most 5\.0 MB/);
	});

	it('drops a UTF-8 byte-order mark and tells file kinds apart by name, or a pasted page by its start', () => {
		expect(decodeText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]))).toBe('Hi');
		expect([formatOf('Report.HTM'), formatOf('notes.md'), formatOf('a.txt'), formatOf(undefined, '<!DOCTYPE html><p>x'), formatOf(undefined, 'Basra, 2 May')]).toEqual(['html', 'markdown', 'text', 'html', 'text']);
	});

	it('reads a page date at the precision it is written', () => {
		expect([pageDate('2024-07-03T08:15:00Z'), pageDate('2024-07'), pageDate('2024'), pageDate('July 3')]).toEqual([
			{ date: '2024-07-03', precision: 'day' },
			{ date: '2024-07', precision: 'month' },
			{ date: '2024', precision: 'year' },
			undefined
		]);
	});
});

describe('drafting an article for geodata/', () => {
	it('writes a record the schema accepts, unreviewed, with the page’s date and outlet', () => {
		const { meta, metaFile } = draftArticle(extractArticle('floods.html', PAGE, 'html', parse), {}, '2026-12-01');
		expect(ArticleMeta.parse(meta)).toEqual(meta);
		expect(meta).toMatchObject({
			review: 'unreviewed',
			outlet: { name: 'Coastal Herald', inferred: false },
			published: { date: '2024-07-03', precision: 'day', inferred: false },
			url: 'https://herald.example/news/floods-lagos'
		});
		expect(metaFile).toBe(meta.file.replace(/\.txt$/, '.meta.json'));
	});

	it('says what it inferred when the text gives no outlet or date, and takes what the person gives instead', () => {
		const pasted = extractArticle('the pasted text', 'Shelling resumed in Kharkiv overnight, the regional governor said.', 'text', parse);
		const bare = draftArticle(pasted, {}, '2026-12-01').meta;
		expect(bare.outlet).toMatchObject({ name: 'Unknown outlet', inferred: true });
		expect(bare.published).toMatchObject({ date: '2026-12-01', precision: 'day', inferred: true, evidence: expect.stringContaining('the day it was added') });
		const given = draftArticle(pasted, { outlet: 'Kyiv Independent', published: '2024-05', url: 'https://kyivindependent.example/a' }, '2026-12-01').meta;
		expect(given.outlet).toEqual({ name: 'Kyiv Independent', inferred: false });
		expect(given.published).toMatchObject({ date: '2024-05', precision: 'month', inferred: false });
		expect(ArticleMeta.parse(given)).toEqual(given);
	});

	it('gives the same text the same file, so adding it twice is recognised', () => {
		const once = draftArticle(extractArticle('a.txt', 'Protests in Basra.', 'text', parse), {}, '2026-12-01');
		const again = draftArticle(extractArticle('the pasted text', 'Protests in Basra.\n', 'text', parse), { title: 'Basra' }, '2026-12-02');
		expect(again.meta.file).toBe(once.meta.file);
		expect(textHash('Protests in Basra.')).not.toBe(textHash('Protests in Basrah.'));
	});
});
