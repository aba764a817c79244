/** The places layer: one Point per place the articles name, with everything a filter needs. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { IndexPlace } from '../atlas-index';

/**
 * Builds `places.geojson`. Properties are flat where MapLibre styles read them (names, kind, counts)
 * and arrays where a person opening the file in QGIS wants the whole list (articles, events, actors).
 *
 * @example buildPlacesLayer([baghdad]).features[0].properties.name === 'Baghdad'
 */
export function buildPlacesLayer(places: readonly IndexPlace[]): FeatureCollection<Point> {
	const features: Feature<Point>[] = places.map((p) => ({
		type: 'Feature',
		id: p.id,
		geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
		properties: {
			id: p.id,
			name: p.name,
			name_ar: p.names['ar'] ?? null,
			name_fa: p.names['fa'] ?? null,
			kind: p.kind,
			country: p.country,
			iso3166: p.iso3166 ?? null,
			precision: p.precision,
			aliases: p.aliases,
			mentionCount: p.mentionCount,
			eventCount: p.events.length,
			articles: p.articles,
			events: p.events,
			reportedActors: p.reportedActors,
			namedWithActors: p.namedWithActors,
			source: p.source,
			coordSource: p.coordSource
		}
	}));
	return { type: 'FeatureCollection', features };
}
