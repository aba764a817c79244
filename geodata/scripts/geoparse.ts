/**
 * `npm run geoparse -- FILE…`: the build's recognition and resolution on any plain-text article.
 * Prints one JSON object per file, one per line: {"file", "toponyms": [{start, end, text, placeId,
 * name, lat, lon, kind}]}, with start/end as JavaScript string indices into the file's text.
 */
import { join } from 'node:path';
import { recogniseArticle } from '../../src/lib/domain/extract/recognise-article';
import { buildNameIndex } from '../../src/lib/domain/gazetteer/build-name-index';
import { indexFallbackPlaces } from '../../src/lib/domain/gazetteer/fallback-gazetteer';
import { formatProblem, InputError } from '../../src/lib/domain/records/input-problem';
import { Actors, Gazetteer } from '../../src/lib/domain/records/schema';
import { aliasRecords } from '../../src/lib/domain/build-geodata';
import { loadGeonames } from './load-geonames';
import { readJsonFile } from './read-json-file';
import { readTextFile } from './read-text-file';

/** One line of geoparse output. */
export interface GeoparseResult {
	file: string;
	toponyms?: { start: number; end: number; text: string; placeId: string; name: string; lat: number; lon: number; kind: string }[];
	error?: string;
}

/** Geoparses each file with the curated data in `geodataDir` and the GeoNames fallback. */
export async function geoparse(files: readonly string[], geodataDir = 'geodata'): Promise<GeoparseResult[]> {
	const [gazetteer, actors] = await Promise.all([
		readJsonFile(join(geodataDir, 'gazetteer.json'), join(geodataDir, 'gazetteer.json'), Gazetteer),
		readJsonFile(join(geodataDir, 'actors.json'), join(geodataDir, 'actors.json'), Actors)
	]);
	if (!gazetteer.ok || !actors.ok) throw new InputError([...(gazetteer.ok ? [] : gazetteer.problems), ...(actors.ok ? [] : actors.problems)]);
	const geonames = loadGeonames();
	const byGeonameId = new Map(geonames.map((g) => [`geonames-${g.geonameId}`, g]));
	const places = new Map(gazetteer.data.places.map((p) => [p.id, p]));
	const ctx = { index: buildNameIndex(aliasRecords(gazetteer.data, actors.data)), places, fallback: indexFallbackPlaces(geonames) };
	const results: GeoparseResult[] = [];
	for (const file of files) {
		const read = await readTextFile(file);
		if (!read.ok) {
			results.push({ file, error: `${file}: ${read.message}` });
			continue;
		}
		const { mentions } = recogniseArticle('input', read.text, [{ start: 0, end: read.text.length }], ctx);
		const toponyms = mentions
			.filter((m) => m.kind === 'place')
			.flatMap((m) => {
				const c = places.get(m.id);
				const g = byGeonameId.get(m.id);
				const where = c ? { name: c.name, lat: c.lat, lon: c.lon, kind: c.kind } : g ? { name: g.name, lat: g.lat, lon: g.lon, kind: g.population >= 100_000 ? 'city' : 'town' } : undefined;
				return where ? [{ start: m.start, end: m.end, text: m.text, placeId: m.id, ...where }] : [];
			});
		results.push({ file, toponyms });
	}
	return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const files = process.argv.slice(2);
	if (!files.length) {
		console.error('usage: npm run geoparse -- FILE [FILE…]   (plain-text UTF-8 articles)');
		process.exit(2);
	}
	geoparse(files).then(
		(results) => {
			for (const r of results) {
				if (r.error) console.error(r.error);
				console.log(JSON.stringify(r));
			}
			process.exit(results.some((r) => r.error) ? 1 : 0);
		},
		(e: unknown) => {
			console.error(e instanceof InputError ? e.problems.map(formatProblem).join('\n') : String(e));
			process.exit(1);
		}
	);
}
