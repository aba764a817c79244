/**
 * Attribution lines on the shipped articles' own shapes: 003 (a New York Times report republished by
 * an aggregator) is read from its metadata and located in its text as the build does; 004 (an essay
 * reposted by an unnamed blog, one author and the outlet inferred) is written out as the index carries it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IndexPiece } from '../atlas-index';
import { ArticleMeta } from '../records/schema';
import { locatePieces } from '../text/locate-pieces';
import { attributeClaim, attributePiece, type AttributedArticle } from './attribute-claim';

const read = (name: string) => readFileSync(new URL(`../../../../geodata/articles/${name}`, import.meta.url), 'utf8');

/** Article 003 as the index carries it: its metadata with the pieces located in the text. */
function nyt(): { article: AttributedArticle; text: string } {
	const meta = ArticleMeta.parse(JSON.parse(read('003_bbfa1784b879b3b7.meta.json')));
	const text = read(meta.file);
	const { pieces, problems } = locatePieces(text, meta.pieces);
	expect(problems).toEqual([]);
	return { article: { outlet: meta.outlet, authors: meta.authors, genre: meta.genre, pieces }, text };
}
/** The span of the last occurrence of `quote` (the report repeats the aggregator's teaser). */
const span = (text: string, quote: string) => {
	const start = text.lastIndexOf(quote);
	if (start < 0) throw new Error(`not in the text: ${quote}`);
	return { start, end: start + quote.length };
};

const essay: IndexPiece = {
	id: 'politico-essay',
	kind: 'republished',
	title: 'How Iran Is Making It Impossible for the US to Beat ISIS',
	authors: [{ name: 'Michael Weiss', inferred: 'The essay’s co-author as Politico Magazine published it; the repost names only Pregent.' }, { name: 'Michael Pregent' }],
	outlet: { name: 'Politico Magazine', inferred: true, evidence: 'The essay’s headline is Politico Magazine’s; the repost does not name it.' },
	start: 1000,
	end: 9000
};
const blog: AttributedArticle = {
	outlet: { name: 'an unnamed blog', inferred: true, evidence: 'The blog does not name itself.' },
	authors: [],
	genre: 'blog',
	pieces: [essay]
};

describe('attributeClaim', () => {
	it('credits a quote inside 003’s republished report to The New York Times and its reporters, republished by the aggregator', () => {
		const { article, text } = nyt();
		const a = attributeClaim(article, { ...span(text, 'flew to Iraq this week with dozens of his officers'), stance: 'reports', attributedTo: 'American officials' });
		expect(a.text).toBe(
			'Reported by Eric Schmitt, Mark Mazzetti and Michael R. Gordon (The New York Times), republished by News On Iran & Its Neighbours, citing American officials'
		);
		expect(a.piece?.id).toBe('nyt-report');
	});

	it('credits 003’s own teaser, outside the republished report, to the aggregator alone', () => {
		const { article, text } = nyt();
		const teaser = span(text, 'New York Times:\u00a0Qassim Suleimani');
		expect(attributeClaim(article, { ...teaser, stance: 'reports' }).text).toBe('Reported by News On Iran & Its Neighbours');
	});

	it('names 004’s essay authors and the reposting blog, marking what the editors inferred', () => {
		// As the index ships it (the essay's outlet not named):
		const shipped = { ...blog, outlet: { ...blog.outlet, name: 'An unnamed blog' }, pieces: [{ ...essay, outlet: { name: 'Original outlet not named', inferred: true } }] };
		expect(attributeClaim(shipped, { start: 2000, end: 2100, stance: 'reports', piece: 'politico-essay' }).text).toBe(
			'Reported by Michael Weiss (inferred) and Michael Pregent (Original outlet not named — inferred), reposted by An unnamed blog (inferred)'
		);
		const a = attributeClaim(blog, { start: 2000, end: 2100, stance: 'reports', piece: 'politico-essay' });
		expect(a.text).toBe(
			'Reported by Michael Weiss (inferred) and Michael Pregent (Politico Magazine — inferred), reposted by an unnamed blog (inferred)'
		);
		expect(a.runs.filter((r) => r.inferred).map((r) => r.text)).toEqual(['Michael Weiss (inferred)', 'Politico Magazine — inferred', 'an unnamed blog (inferred)']);
		expect(a.runs.find((r) => r.text.startsWith('Michael Weiss'))?.inferred).toMatch(/co-author/);
	});

	it('finds the piece from the quote’s span when the claim does not name it (a story citation)', () => {
		expect(attributeClaim(blog, { start: 1500, end: 1600 }).piece?.id).toBe('politico-essay');
		expect(attributeClaim(blog, { start: 10, end: 20 }).text).toBe('Reported by an unnamed blog (inferred)');
	});

	it('says "Denied by" and "Disputed by" for the sources that deny or dispute', () => {
		const trumpet: AttributedArticle = { outlet: { name: 'The Trumpet', inferred: false }, authors: ['Brad Macdonald'] };
		expect(attributeClaim(trumpet, { start: 0, end: 5, stance: 'denies' }).text).toBe('Denied by Brad Macdonald (The Trumpet)');
		expect(attributeClaim(trumpet, { start: 0, end: 5, stance: 'disputes' }).text).toBe('Disputed by Brad Macdonald (The Trumpet)');
		expect(attributeClaim(trumpet, { start: 0, end: 5, stance: 'disputes' }).by).toBe('Brad Macdonald (The Trumpet)');
	});

	it('writes runs that add up to the text, outlets marked as names', () => {
		const { article, text } = nyt();
		const a = attributeClaim(article, { ...span(text, 'flew to Iraq this week'), stance: 'reports' });
		expect(a.runs.map((r) => r.text).join('')).toBe(a.text);
		expect(a.runs.filter((r) => r.name).map((r) => r.text)).toEqual(['The New York Times', 'News On Iran & Its Neighbours']);
	});

	it('refuses a claim that ends before it starts', () => {
		expect(() => attributeClaim(blog, { start: 5, end: 2 })).toThrow(/ends \(2\) before it starts \(5\)/);
	});

	it('writes who wrote a piece on its own, for the panel’s line on what a page republishes', () => {
		const { article } = nyt();
		expect(attributePiece(article.pieces![0]!).text).toBe('Eric Schmitt, Mark Mazzetti and Michael R. Gordon (The New York Times)');
	});
});
