/** Reads every curated input under a geodata folder, collecting all problems rather than stopping at the first. */
import { readdir, readFile } from 'node:fs/promises';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { join, relative } from 'node:path';
import type { ArticleInput, GeodataInputs } from '../../src/lib/domain/build-geodata';
import { indexFallbackPlaces, type FallbackPlace } from '../../src/lib/domain/gazetteer/fallback-gazetteer';
import type { GeoparsedToponym } from '../../src/lib/domain/geoparse/geoparse-text';
import { readUnreviewedArticles } from '../../src/lib/domain/ingest/read-unreviewed';
import { InputError, type InputProblem } from '../../src/lib/domain/records/input-problem';
import { Actors, ArticleMeta, CorpusConfig, Events, Gazetteer } from '../../src/lib/domain/records/schema';
import { existsSync } from 'node:fs';
import { readJsonFile } from './read-json-file';
import { readStoryFile } from './read-story-file';
import { readTextFile } from './read-text-file';
import { loadWorldGazetteer, loadWorldTagger } from './load-world-gazetteer';

// Indexing 138k GeoNames places takes about a second: do it once per list, however many builds read it.
const fallbackIndexes = new WeakMap<readonly FallbackPlace[], Pick<GeodataInputs, 'fallback' | 'fallbackById'>>();

function indexFallback(places: readonly FallbackPlace[]): Pick<GeodataInputs, 'fallback' | 'fallbackById'> {
	let cached = fallbackIndexes.get(places);
	if (!cached) {
		cached = { fallback: indexFallbackPlaces(places), fallbackById: new Map(places.map((p) => [p.geonameId, p])) };
		fallbackIndexes.set(places, cached);
	}
	return cached;
}

/**
 * Loads articles, gazetteer, actors and events from `dir` (e.g. "geodata"), with the geoparser's reading
 * of every unreviewed article. Throws an InputError that lists every problem in every file, so one bad
 * article does not hide another.
 */
export async function loadInputs(dir: string, fallbackPlaces: readonly FallbackPlace[]): Promise<GeodataInputs> {
	const problems: InputProblem[] = [];
	const warnings: string[] = [];
	const name = (path: string) => relative(process.cwd(), path) || path;
	const articlesDir = join(dir, 'articles');
	const entries = (await readdir(articlesDir)).sort();
	const articles: ArticleInput[] = [];
	for (const entry of entries.filter((e) => e.endsWith('.txt'))) {
		const file = name(join(articlesDir, entry));
		const metaPath = join(articlesDir, entry.replace(/\.txt$/, '.meta.json'));
		const metaFile = name(metaPath);
		if (!entries.includes(entry.replace(/\.txt$/, '.meta.json'))) {
			problems.push({ file, message: `no metadata record beside it; add ${metaFile} (see the other .meta.json files)` });
			continue;
		}
		const [text, meta] = await Promise.all([readTextFile(join(articlesDir, entry)), readJsonFile(metaPath, metaFile, ArticleMeta)]);
		if (!text.ok) problems.push({ file, message: text.message });
		if (!meta.ok) problems.push(...meta.problems);
		if (meta.ok && meta.data.file !== entry) problems.push({ file: metaFile, where: 'file', message: `names "${meta.data.file}" but sits beside "${entry}"; make them agree` });
		if (text.ok) for (const note of text.notes) warnings.push(`${file}: ${note}`);
		if (text.ok && meta.ok) articles.push({ file, metaFile, meta: meta.data, text: text.text });
	}
	for (const entry of entries.filter((e) => e.endsWith('.meta.json'))) {
		if (!entries.includes(entry.replace(/\.meta\.json$/, '.txt'))) {
			problems.push({ file: name(join(articlesDir, entry)), message: `no article text beside it (expected ${entry.replace(/\.meta\.json$/, '.txt')}); add the text or remove the record` });
		}
	}
	const [gazetteer, actors, events] = await Promise.all([
		readJsonFile(join(dir, 'gazetteer.json'), name(join(dir, 'gazetteer.json')), Gazetteer),
		readJsonFile(join(dir, 'actors.json'), name(join(dir, 'actors.json')), Actors),
		readJsonFile(join(dir, 'events.json'), name(join(dir, 'events.json')), Events)
	]);
	for (const f of [gazetteer, actors, events]) if (!f.ok) problems.push(...f.problems);
	const corpusPath = join(dir, 'corpus.json');
	const corpus = existsSync(corpusPath) ? await readJsonFile(corpusPath, name(corpusPath), CorpusConfig) : undefined;
	if (corpus && !corpus.ok) problems.push(...corpus.problems);
	const storiesDir = join(dir, 'stories');
	const storyFiles = (await readdir(storiesDir).catch(() => [] as string[])).filter((f) => /\.ya?ml$/.test(f)).sort();
	const stories: GeodataInputs['stories'] = [];
	for (const entry of storyFiles) {
		const file = name(join(storiesDir, entry));
		const story = await readStoryFile(join(storiesDir, entry), file);
		if (story.ok) stories.push({ file, data: story.data });
		else problems.push(...story.problems);
	}
	if (problems.length || !gazetteer.ok || !actors.ok || !events.ok) throw new InputError(problems);
	return {
		articles,
		gazetteer: { file: name(join(dir, 'gazetteer.json')), data: gazetteer.data },
		actors: { file: name(join(dir, 'actors.json')), data: actors.data },
		events: { file: name(join(dir, 'events.json')), data: events.data },
		stories,
		...(corpus?.ok ? { corpus: { file: name(corpusPath), data: corpus.data } } : {}),
		warnings,
		countryShapes: await loadCountryShapes(),
		machine: readUnreviewed(articles),
		...indexFallback(fallbackPlaces)
	};
}

/**
 * The geoparser's toponyms for each article no person has reviewed yet. The world gazetteer is loaded
 * only when there is one (a second or two, once per process).
 */
export function readUnreviewed(articles: readonly ArticleInput[]): Map<string, GeoparsedToponym[]> {
	return readUnreviewedArticles(articles, loadWorldGazetteer, () => loadWorldTagger()).machine;
}

/** Country outlines of the shipped basemap, by ISO code, for the swapped-coordinates check. */
async function loadCountryShapes(): Promise<Map<string, Feature<Polygon | MultiPolygon>>> {
	const raw = await readFile('static/basemap/countries.geojson', 'utf8').catch(() => undefined);
	if (!raw) return new Map();
	const fc = JSON.parse(raw) as FeatureCollection<Polygon | MultiPolygon, { iso?: string | null }>;
	return new Map(fc.features.filter((f) => f.properties?.iso).map((f) => [f.properties!.iso!, f]));
}
