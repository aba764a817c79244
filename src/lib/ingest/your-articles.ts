/**
 * The reader's own articles, kept in the browser (IndexedDB, through idb-keyval): the drafts, the places,
 * events and groups they added, and the last data files built with them, so a reload shows them at once
 * instead of rebuilding. Every record is stored in a versioned envelope (`{ v: 1, … }`) and checked on
 * read: a record that does not check is reported by key and field and skipped, and the rest loads.
 * Records saved before the envelope (version 0: the bare value) are read and migrated.
 */
import { createStore, get, setMany } from 'idb-keyval';
import { z } from 'zod';
import { flagYourArticles } from './your-articles-flag';
import type { ArticleDraft } from '$lib/domain/ingest/draft-article';
import type { Additions } from '$lib/domain/ingest/assemble-inputs';
import { ArticleMeta, Event, GazetteerPlace, Group } from '$lib/domain/records/schema';
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

/** The envelope version written now. */
export const STORAGE_VERSION = 1;

/** The app's version (package.json), injected by Vite: a build saved by another version is rebuilt. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';

const StoredArticle = z.object({
	draft: z.object({ meta: ArticleMeta, text: z.string().min(1), metaFile: z.string() }),
	added: z.string()
});
const Envelope = z.object({ v: z.literal(STORAGE_VERSION) });
const SavedBuildRecord = z.object({
	v: z.literal(STORAGE_VERSION),
	app: z.string(),
	key: z.string(),
	files: z.array(z.tuple([z.string(), z.string()])),
	// Each article's readings as JSON text; a build saved with them as objects (before) is rebuilt.
	readings: z.record(z.string(), z.string())
});

const store = () => createStore('source-atlas', 'your-articles');

/** What was read, and what was skipped, one message per record naming its key and field. */
export interface Read<T> {
	value: T;
	problems: string[];
}

/** The items of a stored list that check against `schema`; the others reported as `key[index].field: message`. */
function checkEach<T>(key: string, items: unknown, schema: z.ZodType<T>, problems: string[]): T[] {
	if (!Array.isArray(items)) {
		if (items !== undefined) problems.push(`${key}: not a list; nothing of it was loaded.`);
		return [];
	}
	return items.flatMap((item, i) => {
		const r = schema.safeParse(item);
		if (r.success) return [r.data];
		const issue = r.error.issues[0]!;
		problems.push(`${key}[${i}]${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${issue.message}; this record was skipped.`);
		return [];
	});
}

/**
 * Reads the stored articles record in any version: version 0 is the bare list, version 1 `{ v: 1, articles }`.
 */
export function readArticlesRecord(stored: unknown): Read<YourArticle[]> {
	const problems: string[] = [];
	if (stored === undefined) return { value: [], problems };
	const list = Array.isArray(stored) ? stored : Envelope.safeParse(stored).success ? (stored as { articles?: unknown }).articles : undefined;
	if (list === undefined) return { value: [], problems: [`articles: not a record this version of the atlas can read (${describeVersion(stored)}); nothing of it was loaded.`] };
	return { value: checkEach('articles', list, StoredArticle, problems) as YourArticle[], problems };
}

/** Reads the stored additions record in any version: version 0 is the bare `{ places, events, groups? }`. */
export function readAdditionsRecord(stored: unknown): Read<Additions> {
	const problems: string[] = [];
	if (stored === undefined || stored === null) return { value: { places: [], events: [] }, problems };
	const record = (typeof stored === 'object' && 'v' in stored ? (Envelope.safeParse(stored).success ? (stored as { additions?: unknown }).additions : undefined) : stored) as
		| { places?: unknown; events?: unknown; groups?: unknown }
		| undefined;
	if (!record || typeof record !== 'object') return { value: { places: [], events: [] }, problems: [`additions: not a record this version of the atlas can read (${describeVersion(stored)}); nothing of it was loaded.`] };
	const value: Additions = {
		places: checkEach('additions.places', record.places ?? [], GazetteerPlace, problems),
		events: checkEach('additions.events', record.events ?? [], Event, problems)
	};
	if (record.groups !== undefined) value.groups = checkEach('additions.groups', record.groups, Group, problems);
	return { value, problems };
}

/** Reads the stored build: only one this app version saved in the current envelope counts; any other is rebuilt. */
export function readBuildRecord(stored: unknown): SavedBuild | undefined {
	const r = SavedBuildRecord.safeParse(stored);
	if (!r.success || r.data.app !== APP_VERSION) return undefined;
	return { key: r.data.key, files: r.data.files, readings: r.data.readings };
}

function describeVersion(stored: unknown): string {
	const v = stored && typeof stored === 'object' && 'v' in stored ? (stored as { v: unknown }).v : undefined;
	return v === undefined ? 'no version' : `version ${JSON.stringify(v)}`;
}

/** The articles and additions kept, migrated to the current envelope; problems name each record skipped. */
export async function readYourAtlas(): Promise<{ articles: YourArticle[]; additions: Additions; problems: string[] }> {
	const [articles, additions] = await get('articles', store())
		.then(async (a) => [a, await get('additions', store())] as const)
		.catch(() => [undefined, undefined] as const);
	const a = readArticlesRecord(articles);
	const b = readAdditionsRecord(additions);
	return { articles: a.value, additions: b.value, problems: [...a.problems, ...b.problems] };
}

/** Replaces the stored articles and additions together, in one IndexedDB transaction: never one without the other. */
export async function saveYourAtlas(articles: YourArticle[], additions: Additions): Promise<void> {
	await setMany(
		[
			['articles', { v: STORAGE_VERSION, articles }],
			['additions', { v: STORAGE_VERSION, additions }]
		],
		store()
	);
	flagYourArticles(articles.length);
}

/** The saved build, if this app version saved it. */
export async function readSavedBuild(): Promise<SavedBuild | undefined> {
	return readBuildRecord(await get('build', store()).catch(() => undefined));
}

/** Keeps a build, marked with the envelope and the app version. */
export function saveBuild(build: SavedBuild): Promise<void> {
	return setMany([['build', { v: STORAGE_VERSION, app: APP_VERSION, ...build }]], store());
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
