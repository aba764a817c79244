/**
 * What the atlas knows of an article's input before reading it — its format, its size limit, its bytes as
 * text, its date, its line ends — without the HTML and Markdown readers, so that the page can check an
 * input and show these messages without loading them (they run in a worker).
 */

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

/** `n` bytes in megabytes, for messages. */
export function megabytes(n: number): string {
	return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
