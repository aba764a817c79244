/**
 * Downloads of what the reader sees: the filtered view as GeoJSON or CSV (sources gathered from the
 * place bundles the panel reads), and the reader's own articles as files for `geodata/`. Loaded on
 * first use.
 */
import type { IndexEvent } from '$lib/domain/atlas-index';
import { articlesZip } from '$lib/domain/export/articles-zip';
import { viewCsv, viewGeoJson, type ViewSources } from '$lib/domain/export/export-view';
import type { ArticleDraft } from '$lib/domain/ingest/draft-article';
import { withAdditions, type Additions } from '$lib/domain/ingest/assemble-inputs';
import { isBrowserInputs } from '$lib/domain/bundles/browser-inputs';
import type { Sentence } from '$lib/domain/types';
import type { AtlasState } from '$lib/state/atlas-state.svelte';

/** Bundles fetched at once when gathering a large view. */
const AT_ONCE = 8;

/** The shown places and events with their sources, from every page of each shown place's bundle. */
export async function collectView(atlas: AtlasState): Promise<ViewSources> {
	const index = atlas.data?.index;
	if (!index) throw new Error('The data is not loaded yet.');
	const visible = atlas.visible;
	const places = index.places.filter((p) => visible.places.has(p.id)).map((p) => p.id);
	const sentences = new Map<string, Sentence[]>();
	const fullEvents = new Map<string, IndexEvent>();
	for (let i = 0; i < places.length; i += AT_ONCE) {
		await Promise.all(
			places.slice(i, i + AT_ONCE).map(async (id) => {
				const first = await atlas.placeBundle(id, 0);
				const pages = first.pages > 1 ? await atlas.placeBundlePages(id, first.pages - 1) : [first];
				const naming = new Set(pages.flatMap((b) => b.mentions.filter((m) => m.kind === 'place' && m.id === id).map((m) => m.sentence)));
				sentences.set(id, pages.flatMap((b) => b.sentences.filter((s) => naming.has(s.id))));
				for (const e of pages.flatMap((b) => b.events)) if (visible.events.has(e.id)) fullEvents.set(e.id, e);
			})
		);
	}
	return { index, places, events: new Set(visible.events), sentences, fullEvents };
}

/** Saves `body` as a file named `name`. */
export function download(name: string, body: BlobPart, type: string): void {
	const url = URL.createObjectURL(new Blob([body], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

export async function downloadGeoJson(atlas: AtlasState): Promise<void> {
	download(`source-atlas-view-${stamp()}.geojson`, JSON.stringify(viewGeoJson(await collectView(atlas)), null, 1), 'application/geo+json');
}

export async function downloadCsv(atlas: AtlasState): Promise<void> {
	download(`source-atlas-claims-${stamp()}.csv`, `\uFEFF${viewCsv(await collectView(atlas))}`, 'text/csv;charset=utf-8');
}

/**
 * The reader's articles as files for `geodata/`; with the shipped gazetteer and events (from the
 * site's build inputs) extended by the reader's places and events when there are any.
 */
export async function downloadArticles(base: string, drafts: readonly ArticleDraft[], additions: Additions): Promise<void> {
	let records: { gazetteer: unknown; events: unknown; actors: unknown } | undefined;
	if (additions.places.length || additions.events.length || additions.groups?.length) {
		const res = await fetch(`${base}/data/build-inputs.json`);
		const shipped: unknown = res.ok ? await res.json() : undefined;
		if (!isBrowserInputs(shipped)) throw new Error('the shipped records could not be loaded to add your events to');
		const all = withAdditions(shipped, additions);
		records = { gazetteer: all.gazetteer.data, events: all.events.data, actors: all.actors.data };
	}
	download(`source-atlas-articles-${stamp()}.zip`, articlesZip(drafts, records) as BlobPart, 'application/zip');
}
