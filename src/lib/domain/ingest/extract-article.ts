/**
 * Turns what a user brings — pasted text, or a `.txt`, `.md` or `.html` file — into the plain text the
 * atlas stores and every offset points into, with whatever the page says about itself (title, byline,
 * date, address, outlet). HTML is read with Mozilla's Readability on an inert document the caller parses
 * (the browser's DOMParser, or linkedom in Node): nothing in it runs and nothing is fetched.
 */
import { Readability } from '@mozilla/readability';
import { ExtractError, MAX_ARTICLE_BYTES, megabytes, normaliseText, type ArticleFormat, type ExtractedArticle, type PageMetadata, type ParseHtml } from './article-input';
import { markdownToText } from '../text/markdown-to-text';

export { decodeText, ExtractError, formatOf, MAX_ARTICLE_BYTES, normaliseText, pageDate } from './article-input';
export type { ArticleFormat, ExtractedArticle, PageMetadata, ParseHtml } from './article-input';

/**
 * Extracts an article from text in `format`.
 *
 * @param source how to name the input in messages ("report.html", "the pasted text")
 * @throws ExtractError when there is no readable text
 */
export function extractArticle(source: string, raw: string, format: ArticleFormat, parseHtml: ParseHtml): ExtractedArticle {
	if (raw.length > MAX_ARTICLE_BYTES) throw new ExtractError(source, `is ${megabytes(raw.length)}; an article can be at most ${megabytes(MAX_ARTICLE_BYTES)}.`);
	const { text, metadata } = format === 'html' ? fromHtml(raw, parseHtml) : { text: format === 'markdown' ? markdownToText(raw) : raw, metadata: {} };
	const clean = normaliseText(text);
	if (!clean) throw new ExtractError(source, format === 'html' ? 'has no readable article text.' : 'is empty.');
	return { text: clean, format, metadata: { ...metadata, language: languageOf(clean) } };
}

function fromHtml(html: string, parseHtml: ParseHtml): { text: string; metadata: Omit<PageMetadata, 'language'> } {
	const doc = parseHtml(html);
	const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
	const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta('meta[property="og:url"]');
	const published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
	// Readability changes the document it reads: give it a copy, keep the original for the metadata. It
	// weighs every element against the text of those inside it, which grows with the square of the depth:
	// a page nested deeper than any real article page is read as it is, without it.
	const article = depthOf(doc.body) > MAX_READABILITY_DEPTH ? null : new Readability(doc.cloneNode(true) as Document, { keepClasses: false }).parse();
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

/**
 * The deepest nesting Readability is given: real article pages nest a few dozen elements deep; 10,000
 * nested elements took it over five minutes.
 */
const MAX_READABILITY_DEPTH = 400;

/** How deep elements nest under `root`, counted without recursion (a page may nest them thousands deep). */
function depthOf(root: Element | null): number {
	let deepest = 0;
	const stack: [Element, number][] = root ? [[root, 1]] : [];
	for (let top = stack.pop(); top; top = stack.pop()) {
		const [element, depth] = top;
		deepest = Math.max(deepest, depth);
		for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
	}
	return deepest;
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
	// Depth first without recursion: a block's end is a marker on the stack, after its children.
	const END = null;
	const stack: (Node | typeof END)[] = [root];
	while (stack.length) {
		const node = stack.pop() as Node | typeof END;
		if (node === END) {
			flush();
			continue;
		}
		if (node.nodeType === 3) {
			line += node.nodeValue ?? '';
			continue;
		}
		if (node.nodeType !== 1) continue;
		const tag = (node as Element).tagName.toUpperCase();
		if (SKIP.test(tag)) continue;
		if (BLOCK.test(tag)) {
			flush();
			stack.push(END);
		}
		const children = Array.from(node.childNodes);
		for (let c = children.length - 1; c >= 0; c--) stack.push(children[c]!);
	}
	flush();
	return blocks.join('\n\n');
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

