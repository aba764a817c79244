/**
 * Turns what the reader pastes or drops into a draft article, in the browser: the same extraction and
 * the same draft as `npm run ingest`. HTML is parsed with linkedom, as in Node — the same parse on both
 * sides, and a document of plain JavaScript objects: nothing in the page runs or is fetched, and no
 * inline handler is even compiled (a DOMParser document is inert too, but Chromium reports each of its
 * handlers as a CSP violation). linkedom loads only when an HTML page is added.
 */
import { draftArticle, type ArticleDetails, type ArticleDraft } from '$lib/domain/ingest/draft-article';
import { decodeText, extractArticle, ExtractError, formatOf, MAX_ARTICLE_BYTES, type ParseHtml } from '$lib/domain/ingest/extract-article';

const READABLE = /\.(txt|md|markdown|html?)$/i;

const today = () => new Date().toISOString().slice(0, 10);

async function draft(source: string, raw: string, name: string | undefined, details: ArticleDetails): Promise<ArticleDraft> {
	const format = formatOf(name, raw);
	let parseHtml: ParseHtml = () => {
		throw new Error('not HTML');
	};
	if (format === 'html') {
		const { parseHTML } = await import('linkedom');
		parseHtml = (html) => parseHTML(html).document as unknown as Document;
	}
	return draftArticle(extractArticle(source, raw, format, parseHtml), details, today());
}

/** The draft of pasted text (plain text, or a whole HTML page). */
export function draftFromPaste(text: string, details: ArticleDetails): Promise<ArticleDraft> {
	return draft('The pasted text', text, undefined, details);
}

/** The draft of a dropped or chosen file; refuses what is not a readable text file, naming it. */
export async function draftFromFile(file: File, details: ArticleDetails): Promise<ArticleDraft> {
	if (!READABLE.test(file.name)) throw new ExtractError(file.name, 'is not a .txt, .md or .html file.');
	if (file.size > MAX_ARTICLE_BYTES) throw new ExtractError(file.name, `is ${(file.size / 1024 / 1024).toFixed(1)} MB; an article can be at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB.`);
	return draft(file.name, decodeText(file.name, new Uint8Array(await file.arrayBuffer())), file.name, details);
}

export { ExtractError };
