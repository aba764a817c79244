/** The properties every event feature carries, in the events layer and the links layer alike. */
import type { IndexEvent } from '../atlas-index';

/**
 * Date with its precision, type, actors and the articles that report the event.
 *
 * @example eventProperties(visit).sources // ['fpm-2011-zebari-visit']
 */
export function eventProperties(e: IndexEvent) {
	return {
		event: e.id,
		title: e.title,
		type: e.type,
		date: e.date.start,
		dateEnd: e.date.end ?? null,
		datePrecision: e.date.precision,
		t0: e.t0,
		t1: e.t1,
		// The groups and people taking part, by id (actors.json); index.json has their roles.
		groups: e.participants.map((x) => x.actor),
		sources: [...new Set(e.claims.map((c) => c.article))],
		contested: e.contested
	};
}
