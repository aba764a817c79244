/**
 * The reader's articles as one zip of the files `geodata/` accepts: unzipped at the repository's root
 * and committed, `npm run geodata` puts the same places on the map (still unreviewed until a person
 * marks them reviewed).
 */
import { strToU8, zipSync } from 'fflate';
import { creditLine, GEONAMES } from '../credits/data-credits';
import { draftFiles, type ArticleDraft } from '../ingest/draft-article';

/** The zip's comment when it carries the gazetteer, whose points are mostly GeoNames' (`coordSource`). */
export const GAZETTEER_CREDIT = `geodata/gazetteer.json: points whose coordSource is "geonames" are from ${creditLine([GEONAMES])}. The project's licence and every source's: LICENSE and THIRD_PARTY.md in the Source Atlas repository.`;

/**
 * Zip of `geodata/articles/<stem>.txt` and `.meta.json` for each draft and, when the reader accepted
 * places, recorded events or added groups, the whole `geodata/gazetteer.json`, `events.json` and
 * `actors.json` with them added, and then the credit GeoNames asks for as the zip's comment (which
 * `unzip` prints and archive tools show).
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
	const zip = zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
	return records ? withComment(zip, GAZETTEER_CREDIT) : zip;
}

/**
 * Sets the comment of a zip that has none. fflate writes none, and the comment is the last field of the
 * zip: its length is the last two bytes of the end-of-central-directory record, and its text follows.
 */
function withComment(zip: Uint8Array, comment: string): Uint8Array {
	const text = strToU8(comment);
	const out = new Uint8Array(zip.length + text.length);
	out.set(zip);
	out.set(text, zip.length);
	new DataView(out.buffer).setUint16(zip.length - 2, text.length, true);
	return out;
}
