/**
 * Turns what the reader pastes or drops into a draft article: the same extraction and the same draft as
 * `npm run ingest`, run in a worker (draft-worker.ts). HTML is parsed there with linkedom, as in Node — the
 * same parse on both sides, and a document of plain JavaScript objects: nothing in the page runs or is
 * fetched, and no inline handler is even compiled. The page only checks the file's name and size, posts it,
 * and gets the draft back, so reading a 5 MB page never blocks it.
 */
import type { ArticleDetails, ArticleDraft } from '$lib/domain/ingest/draft-article';
import { ExtractError, MAX_ARTICLE_BYTES, megabytes } from '$lib/domain/ingest/article-input';
import type { DraftRequest, DraftResponse } from './draft-messages';

const READABLE = /\.(?:txt|md|markdown|html?)$/i;

/** How long reading one article may take before the worker is stopped: a 5 MB page takes a few seconds. */
const READ_TIMEOUT_MS = 120_000;

const today = () => new Date().toISOString().slice(0, 10);

let worker: Worker | undefined;
let next = 0;

function read(source: string, input: DraftRequest['input'], details: ArticleDetails): Promise<ArticleDraft> {
	worker ??= new Worker(new URL('./draft-worker.ts', import.meta.url), { type: 'module' });
	const w = worker;
	const id = ++next;
	return new Promise((resolve, reject) => {
		const settle = (done: () => void) => {
			clearTimeout(timer);
			w.removeEventListener('message', listen);
			w.removeEventListener('error', fail);
			done();
		};
		const listen = (e: MessageEvent<DraftResponse>) => {
			const m = e.data;
			if (m.id !== id) return;
			if (m.kind === 'refused') settle(() => reject(new ExtractError(source, m.message.startsWith(`${source}: `) ? m.message.slice(source.length + 2) : m.message)));
			else settle(() => resolve(m.draft));
		};
		const fail = (e: ErrorEvent) => settle(() => reject(new ExtractError(source, `could not be read (${e.message || 'the reader stopped'}).`)));
		// A pathological input must not keep the reader busy for ever: stop it, and start a fresh one next time.
		const timer = setTimeout(() => {
			w.terminate();
			if (worker === w) worker = undefined;
			settle(() => reject(new ExtractError(source, `took more than ${READ_TIMEOUT_MS / 1000} s to read and was given up. Paste its text instead, or split it.`)));
		}, READ_TIMEOUT_MS);
		w.addEventListener('message', listen);
		w.addEventListener('error', fail);
		w.postMessage({ id, source, input, details, added: today() } satisfies DraftRequest);
	});
}

/** The draft of pasted text (plain text, or a whole HTML page). */
export function draftFromPaste(text: string, details: ArticleDetails): Promise<ArticleDraft> {
	return read('The pasted text', { kind: 'text', text }, details);
}

/** The draft of a dropped or chosen file; refuses what is not a readable text file, naming it. */
export async function draftFromFile(file: File, details: ArticleDetails): Promise<ArticleDraft> {
	if (!READABLE.test(file.name)) throw new ExtractError(file.name, 'is not a .txt, .md or .html file.');
	if (file.size > MAX_ARTICLE_BYTES) throw new ExtractError(file.name, `is ${megabytes(file.size)}; an article can be at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB.`);
	return read(file.name, { kind: 'file', file }, details);
}

export { ExtractError };
