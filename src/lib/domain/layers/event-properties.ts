/** The properties every event feature carries, in the events layer and the links layer alike. */
import type { IndexEvent } from '../atlas-index';

/**
 * What the map draws and filters an event by: its id, type, time span and whether sources dispute it.
 * Titles, actors, sources and quotes stay in the index and the bundles, loaded when an event is opened,
 * so the layer stays light however many events there are.
 *
 * @example eventProperties(visit) // { event: 'visit', type: 'visit', t0: …, t1: …, contested: false }
 */
export function eventProperties(e: IndexEvent) {
	return {
		event: e.id,
		type: e.type,
		t0: e.t0,
		t1: e.t1,
		contested: e.contested,
		...(e.contestedAspects.length ? { partlyContested: true } : {})
	};
}
