/**
 * The reader's own articles in the atlas: added, removed (with undo) and kept across reloads. Each
 * change rebuilds the data files in the build worker — the shipped corpus plus every added article,
 * through the same build as `npm run geodata` — and the dashboard reads them like the shipped ones.
 */
import type { ArticleDraft } from '$lib/domain/ingest/draft-article';
import type { Group, MachineCorrection } from '$lib/domain/records/schema';
import type { AtlasState } from '$lib/state/atlas-state.svelte';
import { loadAtlasData, type AtlasData } from '$lib/state/load-atlas-data';
import { memoryFetcher } from '$lib/state/memory-fetcher';
import type { Readings } from './build-messages';
import { BuildFailed, buildWithDrafts, searchGazetteer } from './run-build';
import type { GazetteerHit } from '$lib/domain/geoparse/search-gazetteer';
import type { GeoparsedToponym } from '$lib/domain/geoparse/geoparse-text';
import { buildKey, readSavedBuild, readYourAtlas, saveYourAtlas, type YourArticle } from './your-articles';
import { NO_ADDITIONS, type Additions } from '$lib/domain/ingest/assemble-inputs';
import { acceptedPlace, recordEvent, type EventChoice } from '$lib/domain/ingest/record-event';

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
	/** The places accepted and the events recorded by the reader. */
	additions = $state.raw<Additions>(NO_ADDITIONS);
	/** The geoparser's uncorrected reading of each of the reader's articles, for review, as JSON text: {@link readingsOf} reads one. */
	readings = $state.raw<Readings>({});
	private parsedReadings = new Map<string, { json: string; toponyms: GeoparsedToponym[] }>();
	/** The article last removed, which undo puts back, with the events recorded from it. */
	removed = $state.raw<YourArticle | null>(null);
	private removedEvents: Additions['events'] = [];

	constructor(
		private readonly atlas: AtlasState,
		private readonly base: string
	) {}

	/**
	 * The data to open the dashboard with: the shipped files, or — when the reader added articles on an
	 * earlier visit — the files built with them (saved, or rebuilt when the shipped corpus changed).
	 */
	async initialData(): Promise<AtlasData> {
		const { articles: kept, additions, problems } = await readYourAtlas();
		if (problems.length) this.atlas.notices = [...this.atlas.notices, ...problems.map((p) => `A record of your articles kept in this browser could not be read: ${p}`)];
		if (!kept.length) return loadAtlasData(this.base);
		this.additions = additions;
		try {
			const { data, fetcher } = await this.build(kept, additions);
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

	/** The geoparser's uncorrected reading of one of the reader's articles, parsed when first asked for. */
	readingsOf(articleId: string): GeoparsedToponym[] {
		const json = this.readings[articleId];
		if (!json) return [];
		const parsed = this.parsedReadings.get(articleId);
		if (parsed?.json === json) return parsed.toponyms;
		const toponyms = JSON.parse(json) as GeoparsedToponym[];
		this.parsedReadings.set(articleId, { json, toponyms });
		return toponyms;
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
		// Its events go with it: no claim may cite an article that is not there.
		const cites = (e: Additions['events'][number]) => e.claims.some((c) => c.article === id);
		const events = this.additions.events.filter((e) => !cites(e));
		const dropped = this.additions.events.filter(cites);
		await this.show(this.articles.filter((a) => a !== gone), { ...this.additions, events });
		this.removed = gone;
		this.removedEvents = dropped;
	}

	/** Puts back the article last removed. */
	async undo(): Promise<void> {
		const back = this.removed;
		if (!back) return;
		await this.show([...this.articles, back].sort((a, b) => a.added.localeCompare(b.added)), { ...this.additions, events: [...this.additions.events, ...this.removedEvents] });
		this.removedEvents = [];
		this.removed = null;
	}

	/**
	 * Records an event from a sentence of one of the reader's articles; places only the machine found
	 * are accepted into the gazetteer with it. The build checks it as it checks the shipped events.
	 */
	async recordEvent(choice: EventChoice): Promise<string> {
		const index = this.atlas.data?.index;
		const article = this.articles.find((a) => a.draft.meta.id === choice.article);
		if (!index || !article) throw new ChangeRefused(['The article is not in the atlas any more.']);
		const places = new Map(index.places.map((p) => [p.id, p]));
		const actors = new Map([...index.groups, ...index.people].map((a) => [a.id, a]));
		const event = recordEvent(choice, { articleDate: article.draft.meta.published.date, places, actors });
		const known = new Set(this.additions.places.map((p) => p.id));
		const accepted = choice.places.flatMap(({ place }) => {
			const p = places.get(place);
			const entry = p && !known.has(p.id) ? acceptedPlace(p) : undefined;
			return entry ? [entry] : [];
		});
		await this.show(this.articles, { ...this.additions, places: [...this.additions.places, ...accepted], events: [...this.additions.events.filter((e) => e.id !== event.id), event] });
		return event.id;
	}

	/** Places of the world gazetteer named `query` (it loads on first use). */
	search(query: string): Promise<GazetteerHit[]> {
		return searchGazetteer(this.base, query);
	}

	/** Adds a group the reader accepted from the proposals of an article. */
	async addGroup(group: Group): Promise<void> {
		const groups = [...(this.additions.groups ?? []).filter((g) => g.id !== group.id), group];
		await this.show(this.articles, { ...this.additions, groups });
	}

	/** Takes back an event the reader recorded. */
	async removeEvent(id: string): Promise<void> {
		await this.show(this.articles, { ...this.additions, events: this.additions.events.filter((e) => e.id !== id) });
	}

	/**
	 * Records a person's correction of one place the machine found (replacing an earlier one of the
	 * same words) and rebuilds; `undefined` as the action takes the correction back.
	 */
	async correct(articleId: string, span: { start: number; end: number; text: string }, action?: Omit<MachineCorrection, 'start' | 'end' | 'text'>): Promise<void> {
		const next = this.articles.map((a) => {
			if (a.draft.meta.id !== articleId) return a;
			const others = (a.draft.meta.corrections ?? []).filter((c) => c.start !== span.start || c.end !== span.end);
			const corrections = action ? [...others, { ...span, ...action }].sort((x, y) => x.start - y.start) : others;
			return { ...a, draft: { ...a.draft, meta: { ...a.draft.meta, corrections } } };
		});
		await this.show(next);
	}

	/** Builds with `articles`, shows the result and keeps it; on failure nothing changes. */
	private async show(articles: YourArticle[], additions: Additions = this.additions): Promise<void> {
		try {
			const { data, fetcher } = articles.length ? await this.build(articles, additions) : { data: await loadAtlasData(this.base), fetcher: undefined };
			await saveYourAtlas(articles, additions);
			this.articles = articles;
			this.additions = additions;
			this.atlas.replaceData(data, fetcher);
		} catch (e) {
			if (e instanceof BuildFailed) throw new ChangeRefused(e.problems);
			throw e;
		} finally {
			this.progress = null;
		}
	}

	private async build(articles: YourArticle[], additions: Additions): Promise<{ data: AtlasData; fetcher: typeof fetch }> {
		// A saved build is good as long as the shipped corpus (its first view) and the articles are the same.
		const shippedIndex = await fetch(`${this.base}/data/index.json`).then((r) => (r.ok ? r.text() : ''));
		const key = buildKey(shippedIndex, articles, additions);
		const saved = await readSavedBuild();
		let files: Map<string, string | Uint8Array<ArrayBuffer>>;
		let readings: Readings;
		if (saved?.key === key && saved.readings) {
			files = new Map(saved.files);
			readings = saved.readings;
		} else {
			this.progress = { step: 'Starting…', fraction: 0 };
			const drafts: ArticleDraft[] = articles.map((a) => a.draft);
			({ files, readings } = await buildWithDrafts(this.base, drafts, $state.snapshot(additions) as Additions, (step, fraction) => (this.progress = { step, fraction }), key));
		}
		this.readings = readings;
		const fetcher = memoryFetcher(this.base, files);
		const data = await loadAtlasData(this.base, fetcher);
		return { data, fetcher };
	}
}
