/**
 * The reader's own articles, kept in the browser (IndexedDB, through idb-keyval): the drafts, and the
 * last data files built with them, so a reload shows them at once instead of rebuilding.
 */
import { createStore, get, set } from 'idb-keyval';
import { flagYourArticles } from './your-articles-flag';
import type { ArticleDraft } from '$lib/domain/ingest/draft-article';
import type { Additions } from '$lib/domain/ingest/assemble-inputs';
import type { Readings } from './build-messages';

/** A draft and when it was added. */
export interface YourArticle {
	draft: ArticleDraft;
	added: string;
}

/** The files built with a set of articles over a given shipped corpus. */
export interface SavedBuild {
	key: string;
	files: [string, string][];
	readings: Readings;
}

const store = () => createStore('source-atlas', 'your-articles');

/** The articles added so far, oldest first (none when IndexedDB is unavailable). */
export async function readYourArticles(): Promise<YourArticle[]> {
	return (await get<YourArticle[]>('articles', store()).catch(() => undefined)) ?? [];
}

/** Replaces the stored articles. */
export async function saveYourArticles(articles: YourArticle[]): Promise<void> {
	await set('articles', articles, store());
	flagYourArticles(articles.length);
}



/** The places and events the reader added (none when IndexedDB is unavailable). */
export async function readAdditions(): Promise<Additions> {
	return (await get<Additions>('additions', store()).catch(() => undefined)) ?? { places: [], events: [] };
}

export function saveAdditions(additions: Additions): Promise<void> {
	return set('additions', additions, store());
}

/** The saved build, if any. */
export async function readSavedBuild(): Promise<SavedBuild | undefined> {
	return get<SavedBuild>('build', store()).catch(() => undefined);
}

export function saveBuild(build: SavedBuild): Promise<void> {
	return set('build', build, store());
}

/**
 * What a saved build depends on: the shipped first view (it changes when the corpus is rebuilt) and the
 * reader's articles, as one short fingerprint.
 */
export function buildKey(shippedIndex: string, articles: readonly YourArticle[], additions: Additions): string {
	let h = 0x811c9dc5;
	const text = `${shippedIndex}\u0000${articles.map((a) => `${a.draft.meta.id}:${JSON.stringify(a.draft.meta)}:${a.draft.text.length}`).join('\u0000')}\u0000${JSON.stringify(additions)}`;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return `${text.length}-${h.toString(16)}`;
}
