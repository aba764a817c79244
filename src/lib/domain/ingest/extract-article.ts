/**
 * Turns what a user brings — pasted text, or a `.txt`, `.md` or `.html` file — into the plain text the
 * atlas stores and every offset points into, with whatever the page says about itself (title, byline,
 * date, address, outlet). HTML is read with Mozilla's Readability on an inert document the caller parses
 * (the browser's DOMParser, or linkedom in Node): nothing in it runs and nothing is fetched.
 */
import { Readability } from '@mozilla/readability';
import removeMarkdown from 'remove-markdown';

/** Larger inputs are refused: a news article is a few dozen kilobytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** The kinds of input the atlas reads. */
export type ArticleFormat = 'text' | 'markdown' | 'html';

/** What the page says about itself; each field only when the page gives it. */
export interface PageMetadata {
	title?: string;
	byline?: string;
	/** As the page writes it (an ISO timestamp, usually); see {@link pageDate}. */
	publishedTime?: string;
	url?: string;
	siteName?: string;
	/** "ar" for a text mostly in Arabic script, else "en". */
	language: string;
}

/** The text to store and the page's own metadata. */
export interface ExtractedArticle {
	text: string;
	format: ArticleFormat;
	metadata: PageMetadata;
}

/** Why an input cannot become an article, in words that name it. */
export class ExtractError extends Error {
	constructor(readonly source: string, reason: string) {
		super(`${source}: ${reason}`);
		this.name = 'ExtractError';
	}
}

/** Parses HTML into a document that runs nothing: `new DOMParser().parseFromString(html, 'text/html')`. */
export type ParseHtml = (html: string) => Document;

/**
 * The format of a file by its name; pasted text is `text` unless it looks like an HTML page.
 *
 * @example formatOf('report.HTM') === 'html'
 */
export function formatOf(name: string | undefined, text = ''): ArticleFormat {
	const ext = name?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
	if (ext === 'html' || ext === 'htm') return 'html';
	if (ext === 'md' || ext === 'markdown') return 'markdown';
	if (ext === 'txt' || name) return 'text';
	return /^\s*(?:<!doctype html|<html[\s>])/i.test(text) ? 'html' : 'text';
}

/**
 * Decodes a file's bytes as UTF-8, refusing what is not text.
 *
 * @example decodeText('a.txt', new TextEncoder().encode('\uFEFFHello')) === 'Hello'
 */
export function decodeText(source: string, bytes: Uint8Array): string {
	if (bytes.length > MAX_ARTICLE_BYTES) throw new ExtractError(source, `is ${megabytes(bytes.length)}; an article can be at most ${megabytes(MAX_ARTICLE_BYTES)}.`);
	if (bytes.includes(0)) throw new ExtractError(source, 'is not a text file (it contains binary data). Add a .txt, .md or .html file, or paste the text.');
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		throw new ExtractError(source, 'is not UTF-8 text. Save it as UTF-8 (or paste the text) and add it again.');
	}
}

/**
 * Extracts an article from text in `format`.
 *
 * @param source how to name the input in messages ("report.html", "the pasted text")
 * @throws ExtractError when there is no readable text
 */
export function extractArticle(source: string, raw: string, format: ArticleFormat, parseHtml: ParseHtml): ExtractedArticle {
	if (raw.length > MAX_ARTICLE_BYTES) throw new ExtractError(source, `is ${megabytes(raw.length)}; an article can be at most ${megabytes(MAX_ARTICLE_BYTES)}.`);
	const { text, metadata } = format === 'html' ? fromHtml(raw, parseHtml) : { text: format === 'markdown' ? fromMarkdown(raw) : raw, metadata: {} };
	const clean = normaliseText(text);
	if (!clean) throw new ExtractError(source, format === 'html' ? 'has no readable article text.' : 'is empty.');
	return { text: clean, format, metadata: { ...metadata, language: languageOf(clean) } };
}

/**
 * The page's date as the atlas records dates (YYYY, YYYY-MM or YYYY-MM-DD, with the precision), when
 * `publishedTime` starts with one.
 *
 * @example pageDate('2024-03-05T10:00:00Z') // { date: '2024-03-05', precision: 'day' }
 */
export function pageDate(publishedTime: string | undefined): { date: string; precision: 'day' | 'month' | 'year' } | undefined {
	const m = publishedTime?.trim().match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
	if (!m) return undefined;
	if (m[3]) return { date: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' };
	if (m[2]) return { date: `${m[1]}-${m[2]}`, precision: 'month' };
	return { date: m[1]!, precision: 'year' };
}

function fromHtml(html: string, parseHtml: ParseHtml): { text: string; metadata: Omit<PageMetadata, 'language'> } {
	const doc = parseHtml(html);
	const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
	const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta('meta[property="og:url"]');
	const published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
	// Readability changes the document it reads: give it a copy, keep the original for the metadata.
	const article = new Readability(doc.cloneNode(true) as Document, { keepClasses: false }).parse();
	const body = article?.content ? blockText(parseHtml(`<!doctype html><html><body>${article.content}</body></html>`).body) : blockText(doc.body);
	return {
		text: body,
		metadata: {
			...defined('title', article?.title?.trim() || doc.title?.trim()),
			...defined('byline', article?.byline?.trim()),
			...defined('publishedTime', article?.publishedTime?.trim() || published),
			...defined('url', url && /^https?:\/\//i.test(url) ? url : undefined),
			...defined('siteName', article?.siteName?.trim() || meta('meta[property="og:site_name"]'))
		}
	};
}

/** The text of an element with one blank line between paragraphs, headings and list items. */
function blockText(root: Element | null): string {
	if (!root) return '';
	const blocks: string[] = [];
	let line = '';
	const BLOCK = /^(?:P|DIV|H[1-6]|LI|BLOCKQUOTE|PRE|TR|SECTION|ARTICLE|HEADER|FOOTER|FIGCAPTION|DD|DT|BR)$/;
	const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|IFRAME|OBJECT|EMBED|SVG)$/;
	const flush = () => {
		const text = line.replace(/\s+/g, ' ').trim();
		if (text) blocks.push(text);
		line = '';
	};
	const walk = (node: Node) => {
		if (node.nodeType === 3) {
			line += node.nodeValue ?? '';
			return;
		}
		if (node.nodeType !== 1) return;
		const tag = (node as Element).tagName.toUpperCase();
		if (SKIP.test(tag)) return;
		const block = BLOCK.test(tag);
		if (block) flush();
		for (const child of Array.from(node.childNodes)) walk(child);
		if (block) flush();
	};
	walk(root);
	flush();
	return blocks.join('\n\n');
}

function fromMarkdown(md: string): string {
	return removeMarkdown(md, { gfm: true, useImgAltText: false });
}

/** Unix line ends, no trailing spaces, at most one blank line in a row, no blank start or end. */
export function normaliseText(text: string): string {
	// Line by line rather than /[ \t]+\n/: that pattern retries every start in a run of spaces with no line
	// break after it, quadratic in the run (a pasted run of 40,000 spaces took 0.8 s).
	return text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map(trimSpacesEnd)
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** `line` without the spaces and tabs at its end. */
function trimSpacesEnd(line: string): string {
	let end = line.length;
	while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
	return end === line.length ? line : line.slice(0, end);
}

function languageOf(text: string): string {
	// Counted by what is left after removing the rest, not by match(/\p{L}/gu): an array of one string per
	// letter took a second for a megabyte of one letter.
	const letters = text.replace(/\P{L}+/gu, '').length;
	const arabic = text.replace(/\P{Script=Arabic}+/gu, '').length;
	return letters && arabic / letters > 0.5 ? 'ar' : 'en';
}

function defined<K extends string, V>(key: K, value: V | undefined | null): { [k in K]?: V } {
	return value === undefined || value === null || value === '' ? {} : ({ [key]: value } as { [k in K]: V });
}

function megabytes(n: number): string {
	return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
