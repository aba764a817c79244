/** The messages between the dashboard and its build worker. */
import type { ArticleDraft } from '$lib/domain/ingest/draft-article';
import type { Additions } from '$lib/domain/ingest/assemble-inputs';
import type { GazetteerHit } from '$lib/domain/geoparse/search-gazetteer';

/**
 * The geoparser's uncorrected reading of each of the reader's articles, by article id, for review: each
 * article's list of toponyms as JSON text. A megabyte article has a hundred thousand readings; as one
 * string each they cross from the worker and into storage in milliseconds, where as objects they held
 * the page for seconds. The review parses an article's when it shows them.
 */
export type Readings = Record<string, string>;

/** Rebuild with these drafts (all of the reader's articles, not only the new one). */
export interface BuildRequest {
	kind: 'build';
	id: number;
	base: string;
	drafts: ArticleDraft[];
	additions: Additions;
	/**
	 * The key to keep the build under in this browser (IndexedDB), which the worker does before it answers:
	 * copying a large article's readings into storage on the page would hold the page for seconds.
	 */
	saveAs?: string;
}

/** Search the world gazetteer for a name. */
export interface SearchRequest {
	kind: 'search';
	id: number;
	base: string;
	query: string;
}

export type BuildResponse =
	| { kind: 'found'; id: number; places: GazetteerHit[] }
	| { kind: 'progress'; step: string; fraction: number }
	// The files as UTF-8 bytes, whose buffers are transferred to the page rather than copied (a large
	// article's files are tens of megabytes).
	| { kind: 'done'; id: number; files: Record<string, Uint8Array<ArrayBuffer>>; readings: Readings }
	| { kind: 'failed'; id: number; problems: string[] };
