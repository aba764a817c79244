/**
 * The reader's articles as one zip of the files `geodata/` accepts: unzipped at the repository's root
 * and committed, `npm run geodata` puts the same places on the map (still unreviewed until a person
 * marks them reviewed).
 */
import { strToU8, zipSync } from 'fflate';
import { draftFiles, type ArticleDraft } from '../ingest/draft-article';

/** Zip of `geodata/articles/<stem>.txt` and `.meta.json` for each draft. */
export function articlesZip(drafts: readonly Pick<ArticleDraft, 'meta' | 'text'>[]): Uint8Array {
	const entries = Object.fromEntries([...draftFiles(drafts)].map(([path, body]) => [`geodata/${path}`, strToU8(body)]));
	// A fixed time, so the same articles give the same bytes.
	return zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
