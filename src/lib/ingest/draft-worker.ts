/**
 * Reads an added article off the main thread: decodes the file, parses HTML with linkedom and finds its
 * story with Readability, strips Markdown, and makes the draft. A 5 MB page takes seconds to read; here the
 * page stays responsive meanwhile, and linkedom and Readability never load into the page itself.
 */
import { parseHTML } from 'linkedom';
import { draftArticle } from '$lib/domain/ingest/draft-article';
import { decodeText, ExtractError, extractArticle, formatOf, type ParseHtml } from '$lib/domain/ingest/extract-article';
import type { DraftRequest, DraftResponse } from './draft-messages';

const parseHtml: ParseHtml = (html) => parseHTML(html).document as unknown as Document;

const post = (message: DraftResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (e: MessageEvent<DraftRequest>) => {
	const { id, source, details, added } = e.data;
	try {
		const input = e.data.input;
		const raw = input.kind === 'text' ? input.text : decodeText(source, new Uint8Array(await input.file.arrayBuffer()));
		const name = input.kind === 'file' ? input.file.name : undefined;
		const article = extractArticle(source, raw, formatOf(name, raw), parseHtml);
		post({ kind: 'drafted', id, draft: draftArticle(article, details, added) });
	} catch (err) {
		post({ kind: 'refused', id, message: err instanceof ExtractError ? err.message : `${source} could not be read: ${err instanceof Error ? err.message : String(err)}` });
	}
};
