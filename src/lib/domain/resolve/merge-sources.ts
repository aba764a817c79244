/**
 * One mention's candidates from its sources in order, the curated gazetteer first: a world gazetteer
 * town that is a curated place under another record is the same place, not its rival.
 */
import { haversineKm } from './haversine-km';
import type { Candidate } from './resolve-mentions';

/**
 * The candidates of all sources, in source order, without a later source's place that lies within
 * `samePlaceKm` of an earlier source's place in the same country. The earlier record keeps its id and
 * point but takes its twin's population when larger: the curated gazetteer records no populations, and
 * without one the prior would weigh curated Damascus, Syria, like a hamlet against Damascus, Maryland.
 *
 * @example mergeSources([[curatedMosul], [geonamesMosul, geonamesOther]], 30) // [curatedMosul with Mosul's population, geonamesOther]
 */
export function mergeSources(sources: readonly (readonly Candidate[])[], samePlaceKm: number): readonly Candidate[] {
	if (sources.length === 1) return sources[0]!;
	const out: Candidate[] = [];
	for (const source of sources) {
		const earlier = out.length;
		for (const c of source) {
			const twin = out.findIndex((o, k) => k < earlier && isSamePlace(o, c, samePlaceKm));
			if (twin < 0) out.push(c);
			else if (c.place.population > out[twin]!.place.population) out[twin] = { ...out[twin]!, place: { ...out[twin]!.place, population: c.place.population } };
		}
	}
	return out;
}

function isSamePlace(a: Candidate, b: Candidate, samePlaceKm: number): boolean {
	return a.place.country === b.place.country && haversineKm(a.place.lat, a.place.lon, b.place.lat, b.place.lon) < samePlaceKm;
}
