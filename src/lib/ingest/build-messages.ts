/** The messages between the dashboard and its build worker. */
import type { ArticleDraft } from '$lib/domain/ingest/draft-article';

/** Rebuild with these drafts (all of the reader's articles, not only the new one). */
export interface BuildRequest {
	id: number;
	base: string;
	drafts: ArticleDraft[];
}

export type BuildResponse =
	| { kind: 'progress'; step: string; fraction: number }
	| { kind: 'done'; id: number; files: Record<string, string> }
	| { kind: 'failed'; id: number; problems: string[] };
