/**
 * A fetch that answers for the data files built in the browser and passes everything else through, so
 * the dashboard loads a corpus with the reader's articles exactly as it loads the shipped one.
 */

/** `fetch`, with `files` (paths under `<base>/data/`) served from memory. */
export function memoryFetcher(base: string, files: ReadonlyMap<string, string | Uint8Array<ArrayBuffer>>, fallback: typeof fetch = fetch): typeof fetch {
	const prefix = `${base}/data/`;
	return (input, init) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		const path = url.startsWith(prefix) ? decodeURIComponent(url.slice(prefix.length)) : undefined;
		const body = path === undefined ? undefined : files.get(path);
		if (body === undefined) return fallback(input, init);
		return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': path!.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'application/json' } }));
	};
}
