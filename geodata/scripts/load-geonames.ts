/** The fallback gazetteer's places: the world gazetteer's GeoNames populated places (GeoNames, CC BY 4.0). */
import { fallbackPlacesOf } from '../../src/lib/domain/gazetteer/fallback-gazetteer';
import type { FallbackPlace } from '../../src/lib/domain/gazetteer/fallback-gazetteer';
import { loadWorldGazetteer } from './load-world-gazetteer';

/** Every GeoNames populated place of 1,000 or more inhabitants, as fallback places. */
export function loadGeonames(): FallbackPlace[] {
	return fallbackPlacesOf(loadWorldGazetteer());
}
