import { describe, expect, it } from 'vitest';
import { memoryFetcher } from './memory-fetcher';

describe('memoryFetcher', () => {
	const asked: string[] = [];
	const network = ((input: RequestInfo | URL) => {
		asked.push(String(input));
		return Promise.resolve(new Response('from the network'));
	}) as typeof fetch;
	const files = new Map<string, string | Uint8Array<ArrayBuffer>>([
		['index.json', '{"corpus":"yours"}'],
		// As the build worker hands them over: UTF-8 bytes.
		['places/baṣra.json', new TextEncoder().encode('{"name":"Baṣra"}')],
		['articles/a.txt', new TextEncoder().encode('Aid reached Amerli.')]
	]);
	const fetcher = memoryFetcher('/atlas', files, network);

	it('answers for the files built in the browser, text or bytes, with their type', async () => {
		expect(await (await fetcher('/atlas/data/index.json')).json()).toEqual({ corpus: 'yours' });
		const text = await fetcher('/atlas/data/articles/a.txt');
		expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		expect(await text.text()).toBe('Aid reached Amerli.');
		expect(asked).toEqual([]);
	});

	it('reads the same bytes again on a second request', async () => {
		for (let i = 0; i < 2; i++) expect(await (await fetcher('/atlas/data/places/ba%E1%B9%A3ra.json')).json()).toEqual({ name: 'Baṣra' });
	});

	it('passes every other address to the network', async () => {
		expect(await (await fetcher('/atlas/data/events.geojson')).text()).toBe('from the network');
		expect(await (await fetcher('/atlas/basemap/countries.geojson')).text()).toBe('from the network');
		expect(asked).toEqual(['/atlas/data/events.geojson', '/atlas/basemap/countries.geojson']);
	});
});
