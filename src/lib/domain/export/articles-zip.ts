/**
 * The reader's articles as one zip of the files `geodata/` accepts: unzipped at the repository's root
 * and committed, `npm run geodata` puts the same places on the map (still unreviewed until a person
 * marks them reviewed).
 */
import { strToU8, zipSync } from 'fflate';
import { draftFiles, type ArticleDraft } from '../ingest/draft-article';

/**
 * Zip of `geodata/articles/<stem>.txt` and `.meta.json` for each draft and, when the reader accepted
 * places, recorded events or added groups, the whole `geodata/gazetteer.json`, `events.json` and
 * `actors.json` with them added.
 */
export function articlesZip(drafts: readonly Pick<ArticleDraft, 'meta' | 'text'>[], records?: { gazetteer: unknown; events: unknown; actors?: unknown }): Uint8Array {
	const files = new Map(draftFiles(drafts));
	if (records) {
		files.set('gazetteer.json', `${JSON.stringify(records.gazetteer, null, 2)}\n`);
		files.set('events.json', `${JSON.stringify(records.events, null, 2)}\n`);
		if (records.actors) files.set('actors.json', `${JSON.stringify(records.actors, null, 2)}\n`);
	}
	const entries = Object.fromEntries([...files].map(([path, body]) => [`geodata/${path}`, strToU8(body)]));
	// A fixed time, so the same articles give the same bytes.
	return zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
