/**
 * The scale of a place for spatial evidence: towns and administrative regions are points on a local
 * map; countries, continents, seas and regions drawn at world scale are not.
 */
import type { WorldPlace } from '../geoparse/world-gazetteer';

/**
 * Whether a place is a point on a local map (a GeoNames populated place or administrative region).
 *
 * @example isLocalPlace({ ...baghdad, kind: 'PPLC' }) === true
 */
export function isLocalPlace(p: WorldPlace): boolean {
	return /^(PPL|ADM)/.test(p.kind);
}
