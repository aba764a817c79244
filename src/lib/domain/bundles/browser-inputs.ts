/**
 * The build's inputs as the browser receives them (`static/data/build-inputs.json`): the curated
 * records and article texts, already checked by `npm run geodata`. The dashboard's worker adds a
 * reader's articles and the gazetteers, and runs the same build over the lot.
 */
import type { ArticleInput, GeodataInputs } from '../build-geodata';

/** The serialisable part of the inputs; the gazetteers and geoparser readings are added where it is read. */
export type BrowserInputs = Pick<GeodataInputs, 'articles' | 'gazetteer' | 'actors' | 'events' | 'corpus' | 'stories'> & { version: 1 };

/** What the worker needs of `inputs`. */
export function browserInputs(inputs: GeodataInputs): BrowserInputs {
	const { articles, gazetteer, actors, events, corpus, stories } = inputs;
	return { version: 1, articles: articles.map(({ file, metaFile, meta, text }): ArticleInput => ({ file, metaFile, meta, text })), gazetteer, actors, events, ...(corpus ? { corpus } : {}), stories: stories ?? [] };
}

/** Whether a fetched value has the shape of {@link BrowserInputs}. */
export function isBrowserInputs(v: unknown): v is BrowserInputs {
	const b = v as BrowserInputs;
	return !!b && b.version === 1 && Array.isArray(b.articles) && !!b.gazetteer?.data && !!b.actors?.data && !!b.events?.data;
}
