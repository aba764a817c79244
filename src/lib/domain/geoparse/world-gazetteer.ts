/**
 * The world gazetteer in memory: places from GeoNames, Natural Earth and a curated list, looked up by
 * the folded key of any name people write for them. The data comes from a compact artefact that
 * the build script writes (see geodata/scripts/build-gazetteer.ts); this module does no I/O, so the
 * browser can index the same parts.
 */
import { haversineKm } from '../resolve/haversine-km';

/**
 * One place as the artefact stores it: id (GeoNames id or a string id), display name, the '|'-joined
 * name keys (see nameKey; '=' stands for the lower-cased display name), lat, lon, kind, ISO country, admin1 code, population, '|'-joined demonym keys.
 */
export type PlaceRow = [
	id: number | string,
	name: string,
	keys: string,
	lat: number,
	lon: number,
	kind: string,
	country: string,
	admin1: string,
	population: number,
	demonyms: string
];

/** One loadable part of the artefact (the world is split by size so a browser can load the core first). */
export interface GazetteerPart {
	version: 1;
	part: string;
	/** The sources of its rows and their licences, which travel with the served file. */
	credit?: string;
	places: PlaceRow[];
}

/** A place, as recognition and resolution see it. */
export interface WorldPlace {
	index: number;
	id: number | string;
	name: string;
	lat: number;
	lon: number;
	/** GeoNames feature code ("PPLC", "ADM1", "PCLI") or the curated kind ("continent", "region", "sea", "river"…). */
	kind: string;
	country: string;
	admin1: string;
	population: number;
}

/** A gazetteer hit: the place and whether the name used is a demonym ("Iraqi") rather than the name. */
export interface NameHit {
	place: WorldPlace;
	demonym: boolean;
}

/** The indexed gazetteer. */
export interface WorldGazetteer {
	places: WorldPlace[];
	/** Every place a folded name key may mean, most populous first. */
	lookup(key: string): readonly NameHit[];
	/** Whether some name key starts with these words (so the matcher should read on). */
	hasPrefix(key: string): boolean;
	/** The admin-1 region of a country with this code ("US", "TX"), if known. */
	admin1Of(country: string, admin1: string): WorldPlace | undefined;
	/** The first-level region a place lies in, when the codes agree with the geography. */
	regionOf(place: WorldPlace): WorldPlace | undefined;
	/** The country place for an ISO code. */
	countryOf(country: string): WorldPlace | undefined;
}

/** Whether a kind is a country (GeoNames PCL* codes). */
export function isCountryKind(kind: string): boolean {
	return kind.startsWith('PCL');
}

/**
 * Indexes artefact parts. Names are Map keys and multi-word prefixes go into a set, so matching a
 * text costs a few hash look-ups per token, whatever the gazetteer's size.
 *
 * @example indexWorldGazetteer([part]).lookup('baghdad')[0].place.country === 'IQ'
 */
export function indexWorldGazetteer(parts: readonly GazetteerPart[]): WorldGazetteer {
	const places: WorldPlace[] = [];
	const byKey = new Map<string, NameHit[]>();
	const prefixes = new Set<string>();
	const admin1 = new Map<string, WorldPlace>();
	const countries = new Map<string, WorldPlace>();
	const add = (key: string, hit: NameHit) => {
		const list = byKey.get(key);
		if (list) {
			if (!list.some((h) => h.place === hit.place)) list.push(hit);
		} else byKey.set(key, [hit]);
		let sp = key.lastIndexOf(' ');
		while (sp > 0) {
			const prefix = key.slice(0, sp);
			if (prefixes.has(prefix)) break;
			prefixes.add(prefix);
			sp = prefix.lastIndexOf(' ');
		}
	};
	for (const part of parts) {
		if (part.version !== 1 || !Array.isArray(part.places)) throw new Error(`gazetteer part ${part.part}: unknown format; rebuild it with npm run gazetteer`);
		for (const [id, name, keys, lat, lon, kind, country, a1, population, demonyms] of part.places) {
			const place: WorldPlace = { index: places.length, id, name, lat, lon, kind, country, admin1: a1, population };
			places.push(place);
			for (const key of keys.split('|')) if (key) add(key === '=' ? name.toLowerCase() : key, { place, demonym: false });
			for (const key of demonyms.split('|')) if (key) add(key, { place, demonym: true });
			if (kind === 'ADM1') admin1.set(`${country}.${a1}`, place);
			if (isCountryKind(kind)) countries.set(country, place);
		}
	}
	for (const list of byKey.values()) list.sort((a, b) => rank(b.place) - rank(a.place));
	// Natural Earth's and GeoNames' admin-1 codes disagree for some countries (France's departments
	// against its regions): trust a country's codes only if most seats of government lie near their region.
	const seats = new Map<string, [number, number]>();
	for (const p of places) {
		if (p.kind !== 'PPLA') continue;
		const r = admin1.get(`${p.country}.${p.admin1}`);
		const [near, all] = seats.get(p.country) ?? [0, 0];
		seats.set(p.country, [near + (r && haversineKm(r.lat, r.lon, p.lat, p.lon) < 400 ? 1 : 0), all + 1]);
	}
	const agrees = (cc: string) => {
		const [near, all] = seats.get(cc) ?? [0, 0];
		return all === 0 || near / all >= 0.7;
	};
	return {
		places,
		lookup: (key) => byKey.get(key) ?? [],
		hasPrefix: (key) => prefixes.has(key),
		admin1Of: (country, a1) => admin1.get(`${country}.${a1}`),
		regionOf: (p) => (p.kind === 'ADM1' ? p : p.admin1 && agrees(p.country) ? admin1.get(`${p.country}.${p.admin1}`) : undefined),
		countryOf: (country) => countries.get(country)
	};
}

function rank(p: WorldPlace): number {
	return p.population + (isCountryKind(p.kind) ? 1e10 : p.kind === 'ADM1' ? 1e8 : 0);
}
