/**
 * `npm run ingest -- FILE|FOLDER…`: adds `.txt`, `.md` and `.html` articles to `geodata/` as drafts a
 * person still has to review. Each file is read (HTML through Readability), given a metadata record
 * marked "unreviewed", and put through the same build as the shipped corpus, so the places it reports
 * are the ones the map will show. A file that cannot be read, or is already in the atlas, is named with
 * the reason; the others are still added. Nothing is written unless the whole build succeeds.
 *
 * Options: `--into DIR` (default `geodata`), `--outlet NAME`, `--published YYYY[-MM[-DD]]`, `--url URL`.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { buildGeodata, type ArticleInput } from '../../src/lib/domain/build-geodata';
import { decodeText, extractArticle, ExtractError, formatOf, normaliseText } from '../../src/lib/domain/ingest/extract-article';
import { draftArticle, draftFiles, textHash, type ArticleDetails } from '../../src/lib/domain/ingest/draft-article';
import { InputError } from '../../src/lib/domain/records/input-problem';
import { loadGeonames } from './load-geonames';
import { loadInputs, readUnreviewed } from './load-inputs';
import { writeFilesAtomically } from './write-atomic';

const READABLE = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** What one run did: the drafts added, and the inputs refused with why. */
export interface IngestReport {
	added: { source: string; file: string; id: string; title: string; places: string[] }[];
	refused: { source: string; reason: string }[];
}

/**
 * Ingests `paths` into the geodata folder `into`.
 *
 * @param today the day recorded for an article that gives no date (YYYY-MM-DD)
 */
export async function ingest(paths: readonly string[], into = 'geodata', details: ArticleDetails = {}, today = new Date().toISOString().slice(0, 10)): Promise<IngestReport> {
	const report: IngestReport = { added: [], refused: [] };
	const inputs = await loadInputs(into, loadGeonames());
	// Texts compared as extraction leaves them, so a stored article pasted again is recognised.
	const known = new Map(inputs.articles.map((a) => [textHash(normaliseText(a.text)), a]));
	const drafts: ArticleInput[] = [];
	for (const source of await expand(paths, report)) {
		try {
			const raw = decodeText(source, await readFile(source));
			const article = extractArticle(source, raw, formatOf(source), (html) => parseHTML(html).document as unknown as Document);
			const draft = draftArticle(article, details, today);
			const twin = known.get(textHash(draft.text));
			if (twin) {
				report.refused.push({ source, reason: `is already in the atlas as "${twin.meta.id}" (${twin.file}).` });
				continue;
			}
			const input: ArticleInput = { file: join(into, 'articles', draft.meta.file), metaFile: join(into, 'articles', draft.metaFile), meta: draft.meta, text: draft.text };
			known.set(textHash(draft.text), input);
			drafts.push(input);
			report.added.push({ source, file: input.file, id: draft.meta.id, title: draft.meta.title, places: [] });
		} catch (e) {
			if (!(e instanceof ExtractError)) throw e;
			report.refused.push({ source, reason: e.message.slice(source.length + 2) });
		}
	}
	if (!drafts.length) return report;
	// The same build as `npm run geodata`, over the corpus and the drafts: what it finds is what the map shows.
	const out = buildGeodata({ ...inputs, articles: [...inputs.articles, ...drafts], machine: new Map([...(inputs.machine ?? []), ...readUnreviewed(drafts)]) });
	const placeName = new Map(out.index.places.map((p) => [p.id, p.name]));
	for (const added of report.added) {
		const ids = new Set(out.index.mentions.filter((m) => m.article === added.id && m.kind === 'place').map((m) => m.id));
		added.places = [...ids].map((id) => placeName.get(id) ?? id);
	}
	await writeFilesAtomically(new Map([...draftFiles(drafts)].map(([path, body]) => [join(into, path), body])));
	return report;
}

/** Files named, and the readable files inside folders named; anything else is refused with a reason. */
async function expand(paths: readonly string[], report: IngestReport): Promise<string[]> {
	const files: string[] = [];
	for (const path of paths) {
		const info = await stat(path).catch(() => undefined);
		if (!info) report.refused.push({ source: path, reason: 'does not exist.' });
		else if (info.isDirectory()) {
			const entries = (await readdir(path, { recursive: true })).map(String).sort();
			files.push(...entries.filter((e) => READABLE.has(extname(e).toLowerCase())).map((e) => join(path, e)));
		} else if (READABLE.has(extname(path).toLowerCase())) files.push(path);
		else report.refused.push({ source: path, reason: `is not a .txt, .md or .html file.` });
	}
	return files;
}

function option(args: string[], name: string): string | undefined {
	const i = args.indexOf(name);
	if (i < 0) return undefined;
	const [, value] = args.splice(i, 2);
	if (!value) throw new Error(`${name} needs a value`);
	return value;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
	const args = process.argv.slice(2);
	try {
		const into = option(args, '--into') ?? 'geodata';
		const details: ArticleDetails = { outlet: option(args, '--outlet'), published: option(args, '--published'), url: option(args, '--url') };
		if (!args.length) throw new Error('usage: npm run ingest -- FILE|FOLDER… [--into DIR] [--outlet NAME] [--published YYYY-MM-DD] [--url URL]');
		const report = await ingest(args, into, details);
		for (const a of report.added) {
			const places = a.places.length ? `${a.places.length} place(s) found by the machine: ${a.places.join(', ')}` : 'no place found';
			console.log(`added ${relative(process.cwd(), a.source)} → ${a.file} (“${a.title}”, unreviewed): ${places}`);
		}
		for (const r of report.refused) console.error(`not added: ${r.source} ${r.reason}`);
		if (report.added.length) console.log(`Review the drafts, set "review": "reviewed" in their .meta.json when checked, then run npm run geodata.`);
		process.exit(report.refused.length ? 1 : 0);
	} catch (e) {
		console.error(e instanceof InputError ? `The atlas's own data has problems; nothing was added.\n${e.message}` : (e as Error).message);
		process.exit(1);
	}
}
