/** The places layer: one Point per place the articles name, with everything a filter needs. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { IndexPlace } from '../atlas-index';

/**
 * Builds `places.geojson`: what the map draws and filters — names, kind, counts — and no lists, which
 * grow with the corpus (a place named in a thousand articles would carry a thousand ids). The index
 * has the lists; the dashboard's GeoJSON export carries sources, quotes and spans.
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
			mentionCount: p.mentionCount,
			eventCount: p.events.length,
			articleCount: p.articles.length,
			source: p.source,
			...(p.unreviewed ? { unreviewed: true } : {})
		}
	}));
	return { type: 'FeatureCollection', features };
}
