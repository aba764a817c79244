/**
 * The map's kind for a place the geoparser found, from its gazetteer kind: a GeoNames feature code
 * ("PCLI", "ADM1", "PPLC", "PPL") or one of the world gazetteer's own kinds ("continent", "sea", "river").
 */
import type { PlaceKind } from '../records/vocabulary';
import { isCountryKind } from './world-gazetteer';

/**
 * @example placeKindOf('PPLC') === 'city'
 * @example placeKindOf('ADM1') === 'region'
 */
export function placeKindOf(kind: string): PlaceKind {
	if (isCountryKind(kind)) return 'country';
	if (/^ADM/.test(kind)) return 'region';
	if (kind === 'PPLC' || kind === 'PPLA' || kind === 'PPLA2') return 'city';
	if (kind.startsWith('PPL')) return 'town';
	return 'area';
}
