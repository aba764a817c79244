/**
 * The reader's own articles in the atlas: added, removed (with undo) and kept across reloads. Each
 * change rebuilds the data files in the build worker — the shipped corpus plus every added article,
 * through the same build as `npm run geodata` — and the dashboard reads them like the shipped ones.
 */
import type { ArticleDraft } from '$lib/domain/ingest/draft-article';
import type { MachineCorrection } from '$lib/domain/records/schema';
import type { AtlasState } from '$lib/state/atlas-state.svelte';
import { loadAtlasData, type AtlasData } from '$lib/state/load-atlas-data';
import { memoryFetcher } from '$lib/state/memory-fetcher';
import type { Readings } from './build-messages';
import { BuildFailed, buildWithDrafts } from './run-build';
import { buildKey, readSavedBuild, readYourArticles, saveBuild, saveYourArticles, type YourArticle } from './your-articles';

/** Why a change was not made, one line per problem; the articles stay as they were. */
export class ChangeRefused extends Error {
	constructor(readonly problems: string[]) {
		super(problems.join('\n'));
	}
}

export class YourAtlas {
	/** The reader's articles, oldest first. */
	articles = $state.raw<YourArticle[]>([]);
	/** What the build is doing while it runs. */
	progress = $state.raw<{ step: string; fraction: number } | null>(null);
	/** The geoparser's uncorrected reading of each of the reader's articles, for review. */
	readings = $state.raw<Readings>({});
	/** The article last removed, which undo puts back. */
	removed = $state.raw<YourArticle | null>(null);

	constructor(
		private readonly atlas: AtlasState,
		private readonly base: string
	) {}

	/**
	 * The data to open the dashboard with: the shipped files, or — when the reader added articles on an
	 * earlier visit — the files built with them (saved, or rebuilt when the shipped corpus changed).
	 */
	async initialData(): Promise<AtlasData> {
		const kept = await readYourArticles();
		if (!kept.length) return loadAtlasData(this.base);
		try {
			const { data, fetcher } = await this.build(kept);
			this.articles = kept;
			this.atlas.dataFetcher = fetcher;
			return data;
		} catch (e) {
			// The shipped atlas still opens; the kept articles stay stored for the next attempt.
			const problems = e instanceof BuildFailed ? e.problems : [(e as Error).message];
			this.atlas.notices = [...this.atlas.notices, `Your articles could not be added to the map: ${problems.join(' ')}`];
			this.articles = kept;
			return loadAtlasData(this.base);
		}
	}

	/** Adds a draft; resolves with the ids of the places the atlas found in it. */
	async add(draft: ArticleDraft): Promise<string[]> {
		const next = [...this.articles, { draft, added: new Date().toISOString() }];
		await this.show(next);
		this.removed = null;
		const places = this.atlas.data?.index.places ?? [];
		return places.filter((p) => p.articles.includes(draft.meta.id)).map((p) => p.id);
	}

	/** Removes an article; {@link undo} puts it back. */
	async remove(id: string): Promise<void> {
		const gone = this.articles.find((a) => a.draft.meta.id === id);
		if (!gone) return;
		await this.show(this.articles.filter((a) => a !== gone));
		this.removed = gone;
	}

	/** Puts back the article last removed. */
	async undo(): Promise<void> {
		const back = this.removed;
		if (!back) return;
		await this.show([...this.articles, back].sort((a, b) => a.added.localeCompare(b.added)));
		this.removed = null;
	}

	/**
	 * Records a person's correction of one place the machine found (replacing an earlier one of the
	 * same words) and rebuilds; `undefined` as the action takes the correction back.
	 */
	async correct(articleId: string, span: { start: number; end: number; text: string }, action?: { action: MachineCorrection['action']; geonameId?: number }): Promise<void> {
		const next = this.articles.map((a) => {
			if (a.draft.meta.id !== articleId) return a;
			const others = (a.draft.meta.corrections ?? []).filter((c) => c.start !== span.start || c.end !== span.end);
			const corrections = action ? [...others, { ...span, ...action }].sort((x, y) => x.start - y.start) : others;
			return { ...a, draft: { ...a.draft, meta: { ...a.draft.meta, corrections } } };
		});
		await this.show(next);
	}

	/** Builds with `articles`, shows the result and keeps it; on failure nothing changes. */
	private async show(articles: YourArticle[]): Promise<void> {
		try {
			const { data, fetcher } = articles.length ? await this.build(articles) : { data: await loadAtlasData(this.base), fetcher: undefined };
			await saveYourArticles(articles);
			this.articles = articles;
			this.atlas.replaceData(data, fetcher);
		} catch (e) {
			if (e instanceof BuildFailed) throw new ChangeRefused(e.problems);
			throw e;
		} finally {
			this.progress = null;
		}
	}

	private async build(articles: YourArticle[]): Promise<{ data: AtlasData; fetcher: typeof fetch }> {
		// A saved build is good as long as the shipped corpus (its first view) and the articles are the same.
		const shippedIndex = await fetch(`${this.base}/data/index.json`).then((r) => (r.ok ? r.text() : ''));
		const key = buildKey(shippedIndex, articles);
		const saved = await readSavedBuild();
		let files: Map<string, string>;
		let readings: Readings;
		if (saved?.key === key && saved.readings) {
			files = new Map(saved.files);
			readings = saved.readings;
		} else {
			this.progress = { step: 'Starting…', fraction: 0 };
			const drafts: ArticleDraft[] = articles.map((a) => a.draft);
			({ files, readings } = await buildWithDrafts(this.base, drafts, (step, fraction) => (this.progress = { step, fraction })));
			await saveBuild({ key, files: [...files], readings }).catch(() => {});
		}
		this.readings = readings;
		const fetcher = memoryFetcher(this.base, files);
		const data = await loadAtlasData(this.base, fetcher);
		return { data, fetcher };
	}
}
