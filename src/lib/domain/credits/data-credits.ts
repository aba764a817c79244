/**
 * The data sources whose licences ask for credit wherever their data goes (THIRD_PARTY.md lists them
 * all): one wording for the map, the exports and the built layers.
 */

/** A source, its licence and where to find both. */
export interface DataCredit {
	name: string;
	licence: string;
	url: string;
}

/** GeoNames: the world gazetteer's places and the points of most curated places. */
export const GEONAMES: DataCredit = { name: 'GeoNames', licence: 'CC BY 4.0', url: 'https://www.geonames.org/' };

/** world-countries: the country names and demonyms of the served world gazetteer, and the basemap's local names of countries and divisions. */
export const WORLD_COUNTRIES: DataCredit = { name: 'world-countries (mledoze/countries)', licence: 'ODbL 1.0', url: 'https://github.com/mledoze/countries' };

/** Natural Earth: the basemap and a few curated points; public domain, credited as it asks. */
export const NATURAL_EARTH: DataCredit = { name: 'Natural Earth', licence: 'public domain', url: 'https://www.naturalearthdata.com/' };

/** The credit as the map's attribution shows it: "world-countries (ODbL 1.0)". */
export function shortCredit(credit: DataCredit): string {
	return `${credit.name.replace(/ \(.*\)$/, '')} (${credit.licence})`;
}

/** Credits in one line, each with its licence and address, for a file's header or a CSV cell. */
export function creditLine(credits: readonly DataCredit[]): string {
	return credits.map((c) => `${c.name}, ${c.licence}, ${c.url}`).join('; ');
}
