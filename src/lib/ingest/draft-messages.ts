/** The messages between the page and the worker that reads added articles. */
import type { ArticleDetails, ArticleDraft } from '$lib/domain/ingest/draft-article';

/** Read a pasted text or a file into a draft article. */
export interface DraftRequest {
	id: number;
	/** How messages name the input ("report.html", "The pasted text"). */
	source: string;
	input: { kind: 'text'; text: string } | { kind: 'file'; file: File };
	details: ArticleDetails;
	/** The day it is added (YYYY-MM-DD). */
	added: string;
}

/** The draft, or why the input cannot become one (a message naming it). */
export type DraftResponse = { kind: 'drafted'; id: number; draft: ArticleDraft } | { kind: 'refused'; id: number; message: string };
