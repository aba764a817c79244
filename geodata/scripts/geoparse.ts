/**
 * `npm run geoparse`: finds and resolves every place any English news text names.
 *
 *   npm run geoparse -- FILE…            plain-text UTF-8 articles
 *   npm run geoparse -- FOLDER           every *.txt file in it
 *   npm run geoparse < in.ndjson         one {"id", "text"} object per line
 *
 * Writes NDJSON, one line per input in input order: {"file" or "id", "toponyms": [{start, end, text,
 * type, geonameId or placeId, name, lat, lon, kind, country, admin1, confidence, candidates, reason}]}
 * with start/end as UTF-16 indices into the text (JavaScript string indices). A line that cannot be
 * read gives {"file"/"id", "error"} and a non-zero exit; the other inputs are still parsed. Inputs are
 * read one at a time, so memory stays constant and any batch engine can run it in parallel over a
 * corpus. `--stats` prints start-up time and throughput to stderr.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { aliasRecords } from '../../src/lib/domain/build-geodata';
import { matchNames } from '../../src/lib/domain/extract/match-names';
import { buildNameIndex, type NameIndex } from '../../src/lib/domain/gazetteer/build-name-index';
import { NO_FALLBACK } from '../../src/lib/domain/gazetteer/fallback-gazetteer';
import { geoparseText, type GeoparsedToponym } from '../../src/lib/domain/geoparse/geoparse-text';
import { mergeCurated } from '../../src/lib/domain/geoparse/merge-curated';
import type { Tagger } from '../../src/lib/domain/geoparse/recognise-toponyms';
import type { WorldGazetteer } from '../../src/lib/domain/geoparse/world-gazetteer';
import { formatProblem, InputError } from '../../src/lib/domain/records/input-problem';
import { resolvePlaces } from '../../src/lib/domain/resolve/resolve-places';
import type { Mention } from '../../src/lib/domain/types';
import { Actors, Gazetteer, type GazetteerPlace } from '../../src/lib/domain/records/schema';
import { loadWorldGazetteer, loadWorldTagger } from './load-world-gazetteer';
import { readJsonFile } from './read-json-file';
import { readTextFile } from './read-text-file';

/** One line of geoparse output. */
export interface GeoparseResult {
	file?: string;
	id?: string;
	toponyms?: GeoparsedToponym[];
	error?: string;
}

/** Everything a geoparse needs, loaded once. */
export interface Geoparser {
	parse(text: string): GeoparsedToponym[];
}

/** Loads the curated data in `geodataDir`, the world gazetteer and the tagger. */
export async function loadGeoparser(geodataDir = 'geodata'): Promise<Geoparser> {
	const [gazetteer, actors] = await Promise.all([
		readJsonFile(join(geodataDir, 'gazetteer.json'), join(geodataDir, 'gazetteer.json'), Gazetteer),
		readJsonFile(join(geodataDir, 'actors.json'), join(geodataDir, 'actors.json'), Actors)
	]);
	if (!gazetteer.ok || !actors.ok) throw new InputError([...(gazetteer.ok ? [] : gazetteer.problems), ...(actors.ok ? [] : actors.problems)]);
	const places = new Map(gazetteer.data.places.map((p) => [p.id, p]));
	const index = buildNameIndex(aliasRecords(gazetteer.data, actors.data));
	return geoparserOf(index, places, loadWorldGazetteer(), loadWorldTagger());
}

/** The geoparser over given data: curated names first, the world gazetteer and tagger for the rest. */
export function geoparserOf(index: NameIndex, places: ReadonlyMap<string, GazetteerPlace>, world: WorldGazetteer, tagger: Tagger): Geoparser {
	return {
		parse(text) {
			// One pass of the curated index: its place names (resolved among curated places only) and its other names.
			const matches = matchNames(text, [{ start: 0, end: text.length }], index);
			const placeMatches = matches.filter((m) => m.targets.some((t) => t.kind === 'place'));
			const resolutions = resolvePlaces(
				placeMatches.map((m) => ({ text: m.text, curatedIds: m.targets.filter((t) => t.kind === 'place').map((t) => t.id) })),
				places,
				NO_FALLBACK
			);
			const mentions: Mention[] = placeMatches.map((m, i) => ({ article: 'input', start: m.start, end: m.end, text: m.text, kind: 'place', id: resolutions[i]!.placeId, sentence: '', resolution: resolutions[i]! }));
			const others = matches.filter((m) => !m.targets.some((t) => t.kind === 'place'));
			return mergeCurated(geoparseText(text, world, tagger), mentions, others, places);
		}
	};
}

/** Expands folders into their .txt files (sorted), keeping files as given. */
async function expandInputs(inputs: readonly string[]): Promise<string[]> {
	const out: string[] = [];
	for (const input of inputs) {
		const s = await stat(input).catch(() => undefined);
		if (s?.isDirectory()) out.push(...(await readdir(input)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(input, f)));
		else out.push(input);
	}
	return out;
}

/** Geoparses each file (or every .txt in each folder), yielding one result per file. */
export async function* geoparseFiles(inputs: readonly string[], parser: Geoparser): AsyncGenerator<GeoparseResult> {
	for (const file of await expandInputs(inputs)) {
		const read = await readTextFile(file);
		yield read.ok ? { file, toponyms: parser.parse(read.text) } : { file, error: `${file}: ${read.message}` };
	}
}

/** Geoparses NDJSON lines of {"id", "text"}, yielding one result per non-empty line. */
export async function* geoparseNdjson(lines: AsyncIterable<string>, parser: Geoparser): AsyncGenerator<GeoparseResult> {
	let n = 0;
	for await (const line of lines) {
		n++;
		if (!line.trim()) continue;
		let record: unknown;
		try {
			record = JSON.parse(line);
		} catch {
			yield { id: `line ${n}`, error: `stdin line ${n}: not JSON; expected {"id": "…", "text": "…"}` };
			continue;
		}
		const { id, text } = (record ?? {}) as { id?: unknown; text?: unknown };
		const name = typeof id === 'string' || typeof id === 'number' ? String(id) : `line ${n}`;
		if (typeof text !== 'string') yield { id: name, error: `stdin line ${n}: no "text" string` };
		else yield { id: name, toponyms: parser.parse(text) };
	}
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
	const args = process.argv.slice(2);
	const stats = args.includes('--stats');
	const inputs = args.filter((a) => a !== '--stats');
	if (!inputs.length && process.stdin.isTTY) {
		console.error('usage: npm run geoparse -- FILE|FOLDER …   or   npm run geoparse < articles.ndjson   ({"id","text"} per line)');
		process.exit(2);
	}
	const t0 = performance.now();
	loadGeoparser().then(
		async (parser) => {
			const ready = performance.now();
			const readyCpu = process.cpuUsage();
			let failed = false;
			let chars = 0;
			let texts = 0;
			const counting: Geoparser = {
				parse: (text) => {
					chars += text.length;
					texts++;
					return parser.parse(text);
				}
			};
			const source = inputs.length ? geoparseFiles(inputs, counting) : geoparseNdjson(createInterface({ input: process.stdin, crlfDelay: Infinity }), counting);
			for await (const r of source) {
				if (r.error) {
					failed = true;
					console.error(r.error);
				}
				if (!process.stdout.write(JSON.stringify(r) + '\n')) await new Promise((resolve) => process.stdout.once('drain', resolve));
			}
			if (stats) {
				const seconds = (performance.now() - ready) / 1000;
				// CPU time as well as wall time: on a shared machine it is the honest per-core figure.
				const cpu = process.cpuUsage(readyCpu);
				const cpuSeconds = (cpu.user + cpu.system) / 1e6;
				const used = process.memoryUsage().rss / 1e6;
				console.error(
					`start-up ${((ready - t0) / 1000).toFixed(2)} s; ${texts} text(s), ${(chars / 1e6).toFixed(2)} M characters in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU = ${(chars / 1e6 / seconds).toFixed(2)} M characters/s wall, ${(chars / 1e6 / cpuSeconds).toFixed(2)} per CPU-second; rss ${used.toFixed(0)} MB`
				);
			}
			process.exitCode = failed ? 1 : 0;
		},
		(e: unknown) => {
			console.error(e instanceof InputError ? e.problems.map(formatProblem).join('\n') : String(e));
			process.exit(1);
		}
	);
}
