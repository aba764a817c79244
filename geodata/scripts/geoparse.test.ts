/**
 * `npm run geoparse` on an article the curators never saw: curated places in any spelling, places only
 * GeoNames knows, offsets that point into the file, and a clear error for a file that is not text.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const FIXTURE = 'tests/fixtures/geoparse/new-article.txt';

describe('npm run geoparse', () => {
	it('prints one JSON line per file with toponyms as spans of the file text', async () => {
		const { stdout } = await run('npx', ['tsx', 'geodata/scripts/geoparse.ts', FIXTURE], { timeout: 60_000 });
		const lines = stdout.trim().split('\n');
		expect(lines).toHaveLength(1);
		const result = JSON.parse(lines[0]!) as { file: string; toponyms: { start: number; end: number; text: string; placeId: string; name: string; lat: number; lon: number; kind: string }[] };
		expect(result.file).toBe(FIXTURE);
		const text = await readFile(FIXTURE, 'utf8');
		for (const t of result.toponyms) expect(text.slice(t.start, t.end)).toBe(t.text);
		const byText = new Map(result.toponyms.map((t) => [t.text, t]));
		// Curated, in other spellings than the gazetteer's preferred names.
		expect(byText.get('Amirli')?.placeId).toBe('amerli');
		expect(byText.get('Jurf al-Nasr')?.placeId).toBe('jurf-al-sakher');
		expect(byText.get('Washington')?.placeId).toBe('washington');
		expect(byText.get('Damascus')?.placeId).toBe('damascus');
		// Only in the GeoNames fallback, and resolved to Iraq, not to namesakes elsewhere.
		for (const name of ['Samarra', 'Tikrit', 'Kirkuk', 'Fallujah']) {
			const t = byText.get(name);
			expect(t, `${name} not found`).toBeDefined();
			expect(t!.placeId).toMatch(/^geonames-\d+$/);
			expect(t!.lat).toBeGreaterThan(32);
			expect(t!.lat).toBeLessThan(36.5);
			expect(t!.lon).toBeGreaterThan(43);
			expect(t!.lon).toBeLessThan(45);
		}
		// "Militias", "Kurdish", "Commanders", "In" are capitalised but are not places.
		expect([...byText.keys()].filter((k) => /Militias|Kurdish|Commanders|^In$/.test(k))).toEqual([]);
	});

	it('reports a binary file by name and exits non-zero, still printing the other files', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'geoparse-'));
		const bad = join(dir, 'photo.txt');
		await writeFile(bad, Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
		const error = await run('npx', ['tsx', 'geodata/scripts/geoparse.ts', bad, FIXTURE], { timeout: 60_000 }).catch((e: { code: number; stdout: string; stderr: string }) => e);
		expect('code' in error && error.code).toBe(1);
		const lines = error.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string; toponyms?: unknown[] });
		expect(lines.map((l) => l.file)).toEqual([bad, FIXTURE]);
		expect(lines[0]!.error).toContain('photo.txt: the file is binary');
		expect(lines[1]!.toponyms!.length).toBeGreaterThan(5);
	});
});
