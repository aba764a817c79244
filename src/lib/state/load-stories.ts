/** Fetches the checked stories (`static/data/stories.json`), naming the file when it is missing or corrupt. */
import type { IndexStory } from '$lib/domain/atlas-index';

/** Loads every story; an empty list when none is shipped. */
export async function loadStories(base: string, fetcher: typeof fetch = fetch): Promise<IndexStory[]> {
	const url = `${base}/data/stories.json`;
	const res = await fetcher(url).catch(() => undefined);
	if (!res?.ok) throw new Error(`Could not load ${url}${res ? `: the server answered ${res.status}` : ''}. Rebuild the data with "npm run geodata".`);
	const value: unknown = await res.json().catch(() => undefined);
	if (!Array.isArray(value)) throw new Error(`${url} is not a list of stories: the file is corrupt. Rebuild the data with "npm run geodata".`);
	return value as IndexStory[];
}
