/**
 * Places of the world gazetteer a name may mean, for a person choosing one by hand (a place the
 * geoparser missed, or a better one than it chose): most populous first, with what tells them apart.
 */
import { nameKey } from '../text/name-key';
import type { WorldGazetteer } from './world-gazetteer';

/** A place offered for a name, with its GeoNames id. */
export interface GazetteerHit {
	id: number;
	name: string;
	kind: string;
	country: string;
	region: string | null;
	lat: number;
	lon: number;
	population: number;
}

/**
 * Up to `limit` places named `query` (any spelling the gazetteer files: "Kiev" finds Kyiv).
 *
 * @example searchGazetteer(world, 'Lagos')[0].country === 'NG'
 */
export function searchGazetteer(world: WorldGazetteer, query: string, limit = 8): GazetteerHit[] {
	const key = nameKey(query.trim());
	if (!key) return [];
	const seen = new Set<number>();
	const hits: GazetteerHit[] = [];
	for (const { place: p, demonym } of world.lookup(key)) {
		if (demonym || typeof p.id !== 'number' || seen.has(p.id)) continue;
		seen.add(p.id);
		hits.push({ id: p.id, name: p.name, kind: p.kind, country: p.country, region: world.regionOf(p)?.name ?? null, lat: p.lat, lon: p.lon, population: p.population });
		if (hits.length === limit) break;
	}
	return hits;
}
