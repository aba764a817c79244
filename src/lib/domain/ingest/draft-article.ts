/**
 * A machine first pass's article as `geodata/` stores it: the text file and its metadata record, marked
 * "unreviewed" until a person checks it. What the page does not say is filled in visibly as the editors'
 * inference (the outlet, the date the article was added), never silently.
 */
import type { ArticleMeta } from '../records/schema';
import { pageDate, type ExtractedArticle } from './article-input';
import { slug } from '../text/slug';

/** What the person adding the article says about it; every field optional. */
export interface ArticleDetails {
	title?: string;
	outlet?: string;
	authors?: string[];
	/** YYYY, YYYY-MM or YYYY-MM-DD; its precision follows from the form. */
	published?: string;
	url?: string;
}

/** The two files of a draft: `<stem>.txt` and `<stem>.meta.json`. */
export interface ArticleDraft {
	meta: ArticleMeta;
	text: string;
	metaFile: string;
}

/**
 * The draft for an extracted article.
 *
 * @param added the day it is added (YYYY-MM-DD), the date recorded when neither the page nor the person gives one
 * @example draftArticle({ text: 'Lagos flooded.', format: 'text', metadata: { language: 'en' } }, {}, '2026-12-01').meta.review === 'unreviewed'
 */
export function draftArticle(article: ExtractedArticle, details: ArticleDetails, added: string): ArticleDraft {
	const hash = textHash(article.text);
	const stem = `user_${hash}`;
	const m = article.metadata;
	const title = details.title?.trim() || m.title || firstLine(article.text);
	const given = details.published?.trim();
	const fromPage = pageDate(m.publishedTime);
	const published: ArticleMeta['published'] = given
		? { ...pageDate(given)!, inferred: false, evidence: 'Given by the person who added the article.' }
		: fromPage
			? { ...fromPage, inferred: false, evidence: `The page's own date: “${m.publishedTime}”.` }
			: { date: added, precision: 'day', inferred: true, evidence: `Neither the page nor the person who added it gives a date: the day it was added (${added}).` };
	const outletName = details.outlet?.trim() || m.siteName || hostOf(details.url ?? m.url);
	const url = details.url?.trim() || m.url;
	const authors = details.authors?.length ? details.authors : m.byline ? [m.byline.replace(/^by\s+/i, '')] : [];
	return {
		text: article.text,
		metaFile: `${stem}.meta.json`,
		meta: {
			id: `${slug(title, 8, 'article')}-${hash.slice(0, 6)}`,
			file: `${stem}.txt`,
			title,
			outlet: outletName
				? { name: outletName, inferred: !details.outlet?.trim() && !m.siteName, ...(!details.outlet?.trim() && !m.siteName ? { evidence: `The page's address: ${url}.` } : {}) }
				: { name: 'Unknown outlet', inferred: true, evidence: 'Neither the page nor the person who added it names the outlet.' },
			authors,
			published,
			language: m.language,
			...(url ? { url } : {}),
			notBody: [],
			pieces: [],
			review: 'unreviewed'
		}
	};
}

/**
 * The files of drafts as `geodata/` stores them, by path relative to the geodata folder
 * (`articles/<stem>.txt` and `articles/<stem>.meta.json`): what `npm run ingest` writes and what the
 * dashboard's "Download for geodata/" packs, so committing either rebuilds the same map.
 */
export function draftFiles(drafts: readonly Pick<ArticleDraft, 'meta' | 'text'>[]): Map<string, string> {
	return new Map(drafts.flatMap((d) => [[`articles/${d.meta.file}`, d.text] as const, [`articles/${metaFileOf(d.meta.file)}`, `${JSON.stringify(d.meta, null, 2)}\n`] as const]));
}

/** `user_x.txt` → `user_x.meta.json`. */
function metaFileOf(file: string): string {
	return file.replace(/\.txt$/, '.meta.json');
}

/**
 * A short, stable fingerprint of a text (FNV-1a, 48 bits, hex): the same text, however it arrived,
 * gets the same file name, so adding it twice is recognised.
 *
 * @example textHash('Lagos') === textHash('Lagos')
 */
export function textHash(text: string): string {
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
		h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
	}
	return (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).slice(0, 12);
}

function firstLine(text: string): string {
	const line = text.split('\n', 1)[0]!.trim();
	return line.length > 120 ? `${line.slice(0, 117).trimEnd()}…` : line;
}

function hostOf(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return undefined;
	}
}
