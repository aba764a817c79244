/**
 * Regenerates `geodata/gazetteer-world/us-counties.json` — US counties, parishes and boroughs with a
 * centre point and the GeoNames admin codes (state postal code, county FIPS) — from the US Census
 * cartographic boundaries as the `us-atlas` package (ISC) ships them. Local US news names counties all
 * the time and GeoNames' cities500 has none. Run by hand; the small output is committed:
 *
 *   npm install --no-save --prefix /tmp/us us-atlas@3
 *   npx tsx geodata/scripts/extract-us-counties.ts /tmp/us/node_modules/us-atlas/counties-10m.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { centerOfMass } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

// topojson-client ships no types; this is the one function used.
const { feature } = createRequire(import.meta.url)('topojson-client') as {
	feature(topology: unknown, object: unknown): FeatureCollection<Geometry, { name: string } | null>;
};

/** One county: [FIPS, name with its generic ("Laurel County"), lat, lon, state postal code]. */
export type CountyRow = [string, string, number, number, string];

const STATE_FIPS: Record<string, string> = {
	'01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE', '11': 'DC', '12': 'FL', '13': 'GA', '15': 'HI',
	'16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY', '22': 'LA', '23': 'ME', '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN',
	'28': 'MS', '29': 'MO', '30': 'MT', '31': 'NE', '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH',
	'40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI', '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX', '49': 'UT', '50': 'VT', '51': 'VA', '53': 'WA',
	'54': 'WV', '55': 'WI', '56': 'WY', '72': 'PR'
};

/** Louisiana has parishes, Alaska boroughs; Virginia's independent cities (FIPS 5xx) are cities. */
function genericName(name: string, fips: string): string {
	const state = fips.slice(0, 2);
	if (/ (County|Parish|Borough|city|Municipality|Census Area)$/.test(name)) return name.replace(/ city$/, '');
	if (state === '22') return `${name} Parish`;
	if (state === '02') return `${name} Borough`;
	if (state === '51' && Number(fips.slice(2)) >= 500) return name;
	return `${name} County`;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
	const input = process.argv[2];
	if (!input) {
		console.error('usage: npx tsx geodata/scripts/extract-us-counties.ts PATH/TO/us-atlas/counties-10m.json');
		process.exit(2);
	}
	const topology = JSON.parse(readFileSync(input, 'utf8')) as { objects: { counties: unknown } };
	const counties = feature(topology, topology.objects.counties);
	const rows: CountyRow[] = [];
	for (const f of counties.features) {
		const fips = String(f.id);
		const state = STATE_FIPS[fips.slice(0, 2)];
		if (!state || !f.properties) continue;
		const [lon, lat] = centerOfMass(f as Feature).geometry.coordinates as [number, number];
		rows.push([fips, genericName(f.properties.name, fips), Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4, state]);
	}
	rows.sort((a, b) => a[0].localeCompare(b[0]));
	writeFileSync('geodata/gazetteer-world/us-counties.json', '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
	console.log(`us-counties: ${rows.length}`);
}
