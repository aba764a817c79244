/**
 * Which sources a place's data comes from, so that an export credits GeoNames or Natural Earth only
 * where their data actually goes.
 */
import type { IndexPlace } from '../atlas-index';
import { GEONAMES, NATURAL_EARTH, type DataCredit } from './data-credits';

/** What of a place goes out: its name alone (a CSV row), or its name and its point (GeoJSON). */
export type PlaceParts = 'name' | 'name-and-point';

/**
 * The sources of a place's name and point that ask for credit. A machine-read place takes both from
 * GeoNames (only GeoNames-numbered places become places on the map, see readingPlaceId). A curated
 * place's name is the project's; its point may be GeoNames' or Natural Earth's. A point placed by
 * hand or by a curator's own reading needs none.
 *
 * @example placeCredits({ source: 'geonames', coordSource: 'geonames:99072' }, 'name')[0].name === 'GeoNames'
 */
export function placeCredits(place: Pick<IndexPlace, 'source' | 'coordSource'>, parts: PlaceParts = 'name-and-point'): DataCredit[] {
	if (place.source === 'geonames') return [GEONAMES];
	if (place.source !== 'curated' || parts === 'name') return [];
	const kind = place.coordSource.split(':')[0];
	return kind === 'geonames' ? [GEONAMES] : kind === 'natural-earth' ? [NATURAL_EARTH] : [];
}

/** The credits of several places, each once, in a fixed order (GeoNames, then Natural Earth). */
export function creditsOf(places: Iterable<Pick<IndexPlace, 'source' | 'coordSource'>>, parts: PlaceParts = 'name-and-point'): DataCredit[] {
	const found = new Set<DataCredit>();
	for (const p of places) for (const c of placeCredits(p, parts)) found.add(c);
	return [GEONAMES, NATURAL_EARTH].filter((c) => found.has(c));
}
