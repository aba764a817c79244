/**
 * Loads the world gazetteer artefact and the tagger model for Node scripts, building the artefact on
 * demand (from npm packages, a few seconds) when it is missing or older than its committed inputs.
 * Memoised: a process indexes the world once.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadTagger, type Tagger, type TaggerModel } from '../../src/lib/domain/geoparse/recognise-toponyms';
import { indexWorldGazetteer, type GazetteerPart, type WorldGazetteer } from '../../src/lib/domain/geoparse/world-gazetteer';
import { GAZETTEER_DIR, PART_FILES, writeGazetteer } from './build-gazetteer';

export const TAGGER_FILE = join(GAZETTEER_DIR, 'tagger-model.json');
const INPUTS = ['regions.json', 'admin1.json', 'us-counties.json'].map((f) => join(GAZETTEER_DIR, f));

let memo: WorldGazetteer | undefined;
let taggerMemo: Tagger | undefined;

/** Whether the artefact must be (re)built. */
function stale(): boolean {
	const files = PART_FILES.map((f) => join(GAZETTEER_DIR, f));
	if (!files.every(existsSync)) return true;
	const built = Math.min(...files.map((f) => statSync(f).mtimeMs));
	return INPUTS.some((f) => statSync(f).mtimeMs > built) || statSync(new URL('./build-gazetteer.ts', import.meta.url)).mtimeMs > built;
}

/** Builds the artefact's part files when they are missing or stale; returns their paths. */
export function ensureWorldGazetteer(): string[] {
	if (stale()) writeGazetteer();
	return PART_FILES.map((f) => join(GAZETTEER_DIR, f));
}

/** The indexed world gazetteer (core and local parts). */
export function loadWorldGazetteer(): WorldGazetteer {
	if (memo) return memo;
	ensureWorldGazetteer();
	const parts = PART_FILES.map((f) => JSON.parse(readFileSync(join(GAZETTEER_DIR, f), 'utf8')) as GazetteerPart);
	memo = indexWorldGazetteer(parts);
	return memo;
}

/** The committed tagger model, ready to run. */
export function loadWorldTagger(file = TAGGER_FILE): Tagger {
	if (taggerMemo && file === TAGGER_FILE) return taggerMemo;
	if (!existsSync(file)) throw new Error(`${file}: no tagger model; train one with npm run train-tagger`);
	const tagger = loadTagger(JSON.parse(readFileSync(file, 'utf8')) as TaggerModel);
	if (file === TAGGER_FILE) taggerMemo = tagger;
	return tagger;
}
