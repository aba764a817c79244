/**
 * The reader's articles as the browser keeps them: records saved before the versioned envelope load and
 * are migrated, a record that does not check is named and skipped while the rest loads, articles and
 * additions are written together, and a build saved by another app version is not used.
 */
import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { draftArticle } from '$lib/domain/ingest/draft-article';
import { APP_VERSION, readSavedBuild, readYourAtlas, saveBuild, saveYourAtlas, STORAGE_VERSION } from './your-articles';

const store = createStore('source-atlas', 'your-articles');

// Exactly what the atlas stored before the envelope: saveYourArticles wrote the bare YourArticle[] list,
// saveAdditions the bare Additions, both made by the app's own functions.
const draft = draftArticle({ text: 'Floods closed the road between Lagos and Ibadan on Tuesday.', format: 'text', metadata: { language: 'en' } }, { title: 'Floods in Lagos', outlet: 'Daily Wire' }, '2026-12-01');
const unversionedArticles = [{ draft, added: '2026-12-01T09:30:00.000Z' }];
const unversionedAdditions = {
	places: [],
	events: [],
	// As ReviewArticle's addGroup makes a group from a proposal.
	groups: [
		{
			id: 'lagos-state-emergency-agency', name: 'Lagos State Emergency Agency', type: 'agency', country: null, parents: [], aliases: ['Lagos State Emergency Agency'], names: {},
			description: 'Named in “Floods in Lagos” (Daily Wire); added by a reader from the atlas\'s proposals.'
		}
	]
};

describe('the reader’s articles kept in the browser', () => {
	it('reads the records saved before the versioned envelope, and saves them back in it', async () => {
		await set('articles', unversionedArticles, store);
		await set('additions', unversionedAdditions, store);
		const read = await readYourAtlas();
		expect(read.problems).toEqual([]);
		expect(read.articles.map((a) => [a.draft.meta.title, a.draft.text])).toEqual([['Floods in Lagos', draft.text]]);
		expect(read.additions.groups?.map((g) => g.id)).toEqual(['lagos-state-emergency-agency']);

		await saveYourAtlas(read.articles, read.additions);
		expect(await get('articles', store)).toMatchObject({ v: STORAGE_VERSION, articles: [{ draft: { meta: { id: draft.meta.id } } }] });
		expect(await get('additions', store)).toMatchObject({ v: STORAGE_VERSION, additions: { groups: [{ id: 'lagos-state-emergency-agency' }] } });
		expect((await readYourAtlas()).articles).toHaveLength(1);
	});

	it('names a record that does not check by its key and field, skips it and loads the rest', async () => {
		const broken = { ...unversionedArticles[0]!, draft: { ...draft, meta: { ...draft.meta, published: { date: 'last Tuesday', precision: 'day' } } } };
		await set('articles', { v: STORAGE_VERSION, articles: [broken, ...unversionedArticles] }, store);
		await set('additions', { v: STORAGE_VERSION, additions: unversionedAdditions }, store);
		const read = await readYourAtlas();
		expect(read.articles).toHaveLength(1);
		expect(read.problems).toHaveLength(1);
		expect(read.problems[0]).toMatch(/^articles\[0\]\.draft\.meta\.published\.date: .*skipped/);
	});

	it('refuses a record from a newer envelope version instead of misreading it', async () => {
		await set('articles', { v: STORAGE_VERSION + 1, articles: unversionedArticles }, store);
		const read = await readYourAtlas();
		expect(read.articles).toEqual([]);
		expect(read.problems[0]).toContain(`version ${STORAGE_VERSION + 1}`);
	});

	it('uses a saved build only if this app version saved it', async () => {
		await saveBuild({ key: 'k1', files: [['index.json', '{}']], readings: {} });
		expect((await readSavedBuild())?.key).toBe('k1');
		await set('build', { v: STORAGE_VERSION, app: `${APP_VERSION}-older`, key: 'k1', files: [], readings: {} }, store);
		expect(await readSavedBuild()).toBeUndefined();
		// A build saved before the envelope (no version, no app version) is rebuilt too.
		await set('build', { key: 'k1', files: [], readings: {} }, store);
		expect(await readSavedBuild()).toBeUndefined();
	});

	it('keeps the readings as JSON text, and rebuilds a build that kept them as objects', async () => {
		const readings = { 'my-article': JSON.stringify([{ start: 0, end: 6, text: 'Basrah', type: 'literal' }]) };
		await saveBuild({ key: 'k2', files: [], readings });
		expect((await readSavedBuild())?.readings).toEqual(readings);
		await set('build', { v: STORAGE_VERSION, app: APP_VERSION, key: 'k2', files: [], readings: { 'my-article': [{ start: 0, end: 6, text: 'Basrah' }] } }, store);
		expect(await readSavedBuild()).toBeUndefined();
	});
});
