/**
 * `npm run geoparse` end to end: curated places in any spelling, places only the world gazetteer
 * knows, the NDJSON record format, folders and NDJSON on stdin, and a clear error for a file that is
 * not text. Two CLI runs in all, side by side (each loads the world gazetteer once, seconds of one core).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorldGazetteer } from './load-world-gazetteer';

const run = promisify(execFile);
const FIXTURE = 'tests/fixtures/geoparse/new-article.txt';
// What `npm run geoparse` runs, without npx's start-up: Node with tsx's loader.
const TSX = ['--import', 'tsx'];

interface Toponym {
	start: number;
	end: number;
	text: string;
	type: string;
	geonameId?: number;
	placeId?: string;
	name: string;
	lat: number;
	lon: number;
	kind: string;
	country: string;
	admin1: string | null;
	confidence: number;
	candidates: { id: number | string; name: string; score: number; km: number }[];
	reason: string;
}
interface Line {
	file?: string;
	id?: string;
	error?: string;
	toponyms?: Toponym[];
}

const parse = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);

describe.concurrent('npm run geoparse', () => {
	// Build the artefact once here, so the two CLI processes below only read it.
	beforeAll(() => void loadWorldGazetteer(), 60_000);

	it('reads files and folders, prints one NDJSON line per file, and names a binary file in its error', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'geoparse-'));
		const bad = join(dir, 'photo.txt');
		await writeFile(bad, Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
		const folder = join(dir, 'folder with spaces');
		await mkdir(folder);
		await copyFile(FIXTURE, join(folder, 'a.txt'));
		await writeFile(join(folder, 'b.txt'), 'Rescue teams reached Basra and Irbil on Monday.');
		await writeFile(join(folder, 'notes.md'), 'Baghdad');
		const error = await run(process.execPath, [...TSX, 'geodata/scripts/geoparse.ts', bad, FIXTURE, folder], { timeout: 60_000 }).catch((e: { code: number; stdout: string; stderr: string }) => e);
		expect('code' in error && error.code).toBe(1);
		const lines = parse(error.stdout);
		expect(lines.map((l) => l.file)).toEqual([bad, FIXTURE, join(folder, 'a.txt'), join(folder, 'b.txt')]);
		expect(lines[0]!.error).toContain('photo.txt: the file is binary');

		const text = await readFile(FIXTURE, 'utf8');
		const toponyms = lines[1]!.toponyms!;
		for (const t of toponyms) {
			expect(text.slice(t.start, t.end)).toBe(t.text);
			expect(Object.keys(t)).toEqual(expect.arrayContaining(['type', 'name', 'lat', 'lon', 'kind', 'country', 'admin1', 'confidence', 'candidates', 'reason']));
		}
		const byText = new Map(toponyms.map((t) => [t.text, t]));
		// Curated, in other spellings than the gazetteer's preferred names: the curated record wins.
		expect(byText.get('Amirli')?.placeId).toBe('amerli');
		expect(byText.get('Jurf al-Nasr')?.placeId).toBe('jurf-al-sakher');
		expect(byText.get('Washington')?.placeId).toBe('washington');
		expect(byText.get('Damascus')?.placeId).toBe('damascus');
		// Only in GeoNames, and resolved to Iraq, not to namesakes elsewhere.
		for (const name of ['Samarra', 'Tikrit', 'Kirkuk', 'Fallujah']) {
			const t = byText.get(name);
			expect(t, `${name} not found`).toBeDefined();
			expect(t!.geonameId).toBeGreaterThan(0);
			expect(t!.country).toBe('IQ');
			expect(t!.lat).toBeGreaterThan(32);
			expect(t!.lat).toBeLessThan(36.5);
		}
		// Capitalised words that are not places.
		expect([...byText.keys()].filter((k) => /Militias|Commanders|^In$/.test(k))).toEqual([]);
		expect(lines[3]!.toponyms!.map((t) => [t.text, t.country])).toEqual([
			['Basra', 'IQ'],
			['Irbil', 'IQ']
		]);
		await rm(dir, { recursive: true, force: true });
	}, 90_000);

	it('reads NDJSON {"id","text"} lines on stdin and reports a bad line without stopping', async () => {
		const input = [
			JSON.stringify({ id: 'a', text: 'Officials in Paris, Texas, met counterparts from Dallas.' }),
			'not json',
			JSON.stringify({ id: 'b', text: 'Washington said it would send advisers to Iraq.' })
		].join('\n');
		const child = spawn(process.execPath, [...TSX, 'geodata/scripts/geoparse.ts'], { stdio: ['pipe', 'pipe', 'pipe'] });
		let stdout = '';
		child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
		child.stdin.end(input);
		const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
		expect(code).toBe(1);
		const lines = parse(stdout);
		expect(lines.map((l) => l.id)).toEqual(['a', 'line 2', 'b']);
		expect(lines[1]!.error).toContain('line 2: not JSON');
		const paris = lines[0]!.toponyms!.find((t) => t.text === 'Paris')!;
		expect([paris.country, paris.admin1]).toEqual(['US', 'Texas']);
		expect(paris.reason).toContain('Texas');
		const washington = lines[2]!.toponyms!.find((t) => t.text === 'Washington')!;
		expect(washington.type).toBe('metonymy');
	}, 90_000);
});
