/** Runs the build worker from the page: one worker, started on first use, one build at a time. */
import type { ArticleDraft } from '$lib/domain/ingest/draft-article';
import type { Additions } from '$lib/domain/ingest/assemble-inputs';
import type { BuildRequest, BuildResponse, Readings, SearchRequest } from './build-messages';
import type { GazetteerHit } from '$lib/domain/geoparse/search-gazetteer';

/** Why a build with the reader's articles failed, one line per problem. */
export class BuildFailed extends Error {
	constructor(readonly problems: string[]) {
		super(problems.join('\n'));
	}
}

let worker: Worker | undefined;
let next = 0;

/**
 * Sends a request to the worker (started on first use) and settles with its answer: `answer` returns
 * the value for a message that answers this request, or undefined to keep listening.
 */
function ask<T>(request: (id: number) => BuildRequest | SearchRequest, answer: (m: Exclude<BuildResponse, { kind: 'progress' }>) => T | undefined, onProgress: (step: string, fraction: number) => void = () => {}): Promise<T> {
	worker ??= new Worker(new URL('./build-worker.ts', import.meta.url), { type: 'module' });
	const w = worker;
	const id = ++next;
	return new Promise((resolve, reject) => {
		// Both listeners go when the request settles, so a long session does not pile them up on the worker.
		const settle = (done: () => void) => {
			w.removeEventListener('message', listen);
			w.removeEventListener('error', fail);
			done();
		};
		const listen = (e: MessageEvent<BuildResponse>) => {
			const m = e.data;
			if (m.kind === 'progress') return onProgress(m.step, m.fraction);
			if (m.id !== id) return;
			if (m.kind === 'failed') return settle(() => reject(new BuildFailed(m.problems)));
			const value = answer(m);
			if (value === undefined) settle(() => reject(new BuildFailed([`The build worker answered "${m.kind}" to a different question.`])));
			else settle(() => resolve(value));
		};
		const fail = (e: ErrorEvent) => settle(() => reject(new BuildFailed([`The build worker stopped: ${e.message || 'unknown error'}.`])));
		w.addEventListener('message', listen);
		w.addEventListener('error', fail);
		w.postMessage(request(id));
	});
}

/**
 * The data files rebuilt with `drafts` added, by path under `data/`, and the geoparser's readings of the drafts.
 *
 * @param onProgress what the worker is doing, and how far along (0–1)
 * @param saveAs the key the worker keeps the build under in this browser's storage before it answers
 */
export function buildWithDrafts(
	base: string,
	drafts: ArticleDraft[],
	additions: Additions,
	onProgress: (step: string, fraction: number) => void = () => {},
	saveAs?: string
): Promise<{ files: Map<string, Uint8Array<ArrayBuffer>>; readings: Readings }> {
	return ask(
		(id) => ({ kind: 'build', id, base, drafts, additions, saveAs }),
		(m) => (m.kind === 'done' ? { files: new Map(Object.entries(m.files)), readings: m.readings } : undefined),
		onProgress
	);
}

/** The places of the world gazetteer named `query`, searched in the worker (which loads it on first use). */
export function searchGazetteer(base: string, query: string): Promise<GazetteerHit[]> {
	return ask(
		(id) => ({ kind: 'search', id, base, query }),
		(m) => (m.kind === 'found' ? m.places : undefined)
	);
}
