/**
 * The fallback gazetteer: GeoNames populated places, looked up by folded name, for places the curated
 * gazetteer lacks. The data itself is loaded by the caller (Node reads it from an npm package).
 */
import { foldName } from '../text/fold-text';

/** A GeoNames populated place. */
export interface FallbackPlace {
	geonameId: number;
	name: string;
	country: string;
	lat: number;
	lon: number;
	population: number;
	featureCode: string;
}

/** Looks places up by name, in any of the spellings {@link fallbackKey} unifies. */
export interface FallbackGazetteer {
	lookup(name: string): readonly FallbackPlace[];
}

/**
 * The key a name is filed and looked up under: its name key (name-key.ts) without a leading Arabic
 * article, so "Fallujah" finds GeoNames' "Al Fallūjah" and "Samarra" its "Sāmarrā’".
 *
 * @example fallbackKey('Al-Fallūjah') === fallbackKey('Fallujah')
 */
export function fallbackKey(name: string): string {
	return foldName(name).replace(/^(?:al|ar|as|ad|an|ash|at|az|ath|el) (?=\S)/, '');
}

/**
 * Indexes places by their {@link fallbackKey}, most populous first.
 *
 * @example indexFallbackPlaces([baghdad]).lookup('baghdad')[0].country === 'IQ'
 */
export function indexFallbackPlaces(places: Iterable<FallbackPlace>): FallbackGazetteer {
	const byName = new Map<string, FallbackPlace[]>();
	for (const place of places) {
		const key = fallbackKey(place.name);
		const list = byName.get(key);
		if (list) list.push(place);
		else byName.set(key, [place]);
	}
	for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
	return { lookup: (name) => byName.get(fallbackKey(name)) ?? [] };
}

/** A fallback gazetteer that knows no place (for tests and for recognition with curated data only). */
export const NO_FALLBACK: FallbackGazetteer = { lookup: () => [] };

/**
 * The fallback places of a world gazetteer: its GeoNames populated places of 1,000 or more inhabitants,
 * so the build in Node and in the browser weighs the same namesakes.
 */
export function fallbackPlacesOf(world: { places: readonly { id: number | string; name: string; country: string; lat: number; lon: number; population: number; kind: string }[] }): FallbackPlace[] {
	const places: FallbackPlace[] = [];
	for (const p of world.places) {
		if (typeof p.id !== 'number' || !p.kind.startsWith('PPL') || p.population < 1000) continue;
		places.push({ geonameId: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon, population: p.population, featureCode: p.kind });
	}
	return places;
}
