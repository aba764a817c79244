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
 * The data files rebuilt with `drafts` added, by path under `data/`, and the geoparser's readings of the drafts.
 *
 * @param onProgress what the worker is doing, and how far along (0–1)
 */
export function buildWithDrafts(base: string, drafts: ArticleDraft[], additions: Additions, onProgress: (step: string, fraction: number) => void = () => {}): Promise<{ files: Map<string, string>; readings: Readings }> {
	worker ??= new Worker(new URL('./build-worker.ts', import.meta.url), { type: 'module' });
	const w = worker;
	const id = ++next;
	return new Promise((resolve, reject) => {
		const listen = (e: MessageEvent<BuildResponse>) => {
			const m = e.data;
			if (m.kind === 'progress') return onProgress(m.step, m.fraction);
			if (m.id !== id || m.kind === 'found') return;
			w.removeEventListener('message', listen);
			if (m.kind === 'done') resolve({ files: new Map(Object.entries(m.files)), readings: m.readings });
			else reject(new BuildFailed(m.problems));
		};
		w.addEventListener('message', listen);
		w.addEventListener('error', (e) => reject(new BuildFailed([`The build worker stopped: ${e.message || 'unknown error'}.`])), { once: true });
		const request: BuildRequest = { kind: 'build', id, base, drafts, additions };
		w.postMessage(request);
	});
}

/** The places of the world gazetteer named `query`, searched in the worker (which loads it on first use). */
export function searchGazetteer(base: string, query: string): Promise<GazetteerHit[]> {
	worker ??= new Worker(new URL('./build-worker.ts', import.meta.url), { type: 'module' });
	const w = worker;
	const id = ++next;
	return new Promise((resolve, reject) => {
		const listen = (e: MessageEvent<BuildResponse>) => {
			const m = e.data;
			if (m.kind === 'progress' || m.id !== id) return;
			w.removeEventListener('message', listen);
			if (m.kind === 'found') resolve(m.places);
			else if (m.kind === 'failed') reject(new BuildFailed(m.problems));
		};
		w.addEventListener('message', listen);
		const request: SearchRequest = { kind: 'search', id, base, query };
		w.postMessage(request);
	});
}
