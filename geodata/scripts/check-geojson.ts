/**
 * The Node build's full GeoJSON check (RFC 7946, by geojson-validation). Node only: the library is
 * LGPL-3.0 and stays out of the browser bundle; the worker relies on the zod checks of validate-outputs.ts.
 */
import gjv from 'geojson-validation';
import type { GeoJsonCheck } from '../../src/lib/domain/layers/validate-outputs';

/** One message per way `layer` is not a valid GeoJSON FeatureCollection. */
export const checkGeoJson: GeoJsonCheck = (layer) => gjv.isFeatureCollection(layer, true);
