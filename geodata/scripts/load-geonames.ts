/** The fallback gazetteer's places: the world gazetteer's GeoNames populated places (GeoNames, CC BY 4.0). */
import { fallbackPlacesOf } from '../../src/lib/domain/gazetteer/fallback-gazetteer';
import type { FallbackPlace } from '../../src/lib/domain/gazetteer/fallback-gazetteer';
import { loadWorldGazetteer } from './load-world-gazetteer';

// One list per process: the builds index it by identity (load-inputs.ts), so every caller sharing it shares that index.
let memo: FallbackPlace[] | undefined;

/** Every GeoNames populated place of 1,000 or more inhabitants, as fallback places (the same array on every call). */
export function loadGeonames(): FallbackPlace[] {
	memo ??= fallbackPlacesOf(loadWorldGazetteer());
	return memo;
}
