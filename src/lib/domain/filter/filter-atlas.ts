/**
 * The one filter predicate. Map, lists, timeline and counts all show the result of this function and
 * nothing else, so they can never disagree.
 */
import type { EventCard, FirstViewIndex, IndexPlace } from '../atlas-index';

/** What the predicate reads of an index: the first view, or the build's full index. */
export type FilterableIndex = Pick<FirstViewIndex, 'events' | 'places' | 'groups' | 'people'>;
import { isFiltered, isTimeNarrowed, type FilterState } from './filter-state';

/** What passes the filters. */
export interface Visible {
	places: Set<string>;
	events: Set<string>;
}

/** Precomputed lookups the predicate needs; build once per index with {@link prepareIndex}. */
export interface PreparedIndex {
	index: FilterableIndex;
	/** group id → the group and all its sub-units, transitively, at any time. */
	withSubunits: Map<string, Set<string>>;
	/** group id → each sub-unit (and itself) with the instants it belonged: links are dated (KH joins the PMF in 2014). */
	subunitTimes: Map<string, Map<string, Interval[]>>;
	/** actor id (group or person) → the groups it is or belongs to. */
	actorGroups: Map<string, Set<string>>;
	/** place id → ids of actors named in the same sentence. */
	coMentioned: Map<string, Set<string>>;
	/** place id → articles that name it or report an event there. */
	placeArticles: Map<string, Set<string>>;
	eventById: Map<string, EventCard>;
	/** The unfiltered result, computed once: the view most often returned to. */
	everything?: Visible;
}

/** A closed range of instants, in milliseconds since the epoch. */
export type Interval = readonly [number, number];

const ALWAYS: Interval = [-Infinity, Infinity];

/** Builds the lookups the predicate uses. */
export function prepareIndex(index: FilterableIndex): PreparedIndex {
	const children = new Map(index.groups.map((g) => [g.id, g.children]));
	const subunitTimes = new Map<string, Map<string, Interval[]>>();
	for (const g of index.groups) {
		const times = new Map<string, Interval[]>();
		// Each path from the group down narrows the time a sub-unit belongs: the overlap of its links.
		const walk = (id: string, when: Interval, path: ReadonlySet<string>) => {
			times.set(id, [...(times.get(id) ?? []), when]);
			for (const link of children.get(id) ?? []) {
				const lo = Math.max(when[0], link.t0 ?? -Infinity);
				const hi = Math.min(when[1], link.t1 ?? Infinity);
				if (lo <= hi && !path.has(link.group)) walk(link.group, [lo, hi], new Set(path).add(link.group));
			}
		};
		walk(g.id, ALWAYS, new Set([g.id]));
		subunitTimes.set(g.id, times);
	}
	const withSubunits = new Map([...subunitTimes].map(([id, times]) => [id, new Set(times.keys())]));
	const actorGroups = new Map<string, Set<string>>(index.groups.map((g) => [g.id, new Set([g.id])]));
	for (const p of index.people) actorGroups.set(p.id, new Set([p.id, ...p.roles.map((r) => r.group)]));
	const coMentioned = new Map<string, Set<string>>();
	for (const p of index.places) coMentioned.set(p.id, new Set(p.namedWithActors));
	const placeArticles = new Map(index.places.map((p) => [p.id, new Set(p.articles)]));
	return { index, withSubunits, subunitTimes, actorGroups, coMentioned, placeArticles, eventById: new Map(index.events.map((e) => [e.id, e])) };
}

/**
 * Applies the filters. An event passes on type, time, article and group; a place passes on kind,
 * search, article and group, and — when a type or time filter is set — only if an event there passes.
 *
 * @param searchHits the ids `createPlaceSearch` returned for `filters.q` (ignored when q is empty)
 * @param ignoreTime leave the time range out (the timeline uses this to draw the bars outside its brush)
 */
export function filterAtlas(
	prepared: PreparedIndex,
	filters: FilterState,
	searchHits: readonly string[] = [],
	ignoreTime = false
): Visible {
	// Unfiltered, the time range does not matter either: one answer, kept (callers never mutate it).
	if (!isFiltered(filters)) return (prepared.everything ??= filterWith(prepared, filters, [], false));
	return filterWith(prepared, filters, searchHits, ignoreTime);
}

function filterWith(prepared: PreparedIndex, filters: FilterState, searchHits: readonly string[], ignoreTime: boolean): Visible {
	const { index } = prepared;
	const groupSet = selectedGroups(prepared, filters);
	const actorPasses = (actor: string, when?: Interval) => actorIsIn(prepared, actor, groupSet, when);
	// Each actor's standing with the selected groups, worked out once per change: `true` (always in),
	// `false` (never), or the spans of time it was in.
	const standing = new Map<string, boolean | readonly Interval[]>();
	const standingOf = (actor: string) => {
		let s = standing.get(actor);
		if (s === undefined) {
			s = actorStanding(prepared, actor, groupSet);
			standing.set(actor, s);
		}
		return s;
	};
	const from = Date.UTC(filters.from, 0, 1);
	const to = Date.UTC(filters.to + 1, 0, 1) - 1;

	const types = filters.types.length ? new Set<string>(filters.types) : undefined;
	const articles = filters.articles.length ? new Set(filters.articles) : undefined;
	const participantPasses = (e: EventCard) => {
		for (const p of e.participants) {
			const s = standingOf(p.actor);
			if (s === true) return true;
			if (s !== false) for (const [lo, hi] of s) if (lo <= e.t1 && e.t0 <= hi) return true;
		}
		return false;
	};
	const eventPasses = (e: EventCard) =>
		(!types || types.has(e.type)) &&
		(ignoreTime || (e.t1 >= from && e.t0 <= to)) &&
		(!articles || e.claims.some((c) => articles.has(c.article))) &&
		(groupSet.size === 0 || participantPasses(e));
	// One pass, no intermediate arrays: this runs on every keystroke and brush move, at 100k events. The
	// places with a passing event are noted on the way, so no place scans its own (long) event list.
	const passing: EventCard[] = [];
	const events = new Set<string>();
	const placesWithEvent = new Set<string>();
	for (const e of index.events) {
		if (!eventPasses(e)) continue;
		passing.push(e);
		events.add(e.id);
		for (const p of e.places) placesWithEvent.add(p.place);
	}

	const needsEvent = filters.types.length > 0 || (!ignoreTime && isTimeNarrowed(filters));
	const hits = filters.q.trim() ? new Set(searchHits) : undefined;
	const coMentionedPasses = (p: IndexPlace) => {
		for (const a of prepared.coMentioned.get(p.id) ?? []) if (actorPasses(a)) return true;
		return false;
	};
	const placePasses = (p: IndexPlace) =>
		(filters.kinds.length === 0 || filters.kinds.includes(p.kind as FilterState['kinds'][number])) &&
		(!hits || hits.has(p.id)) &&
		(filters.articles.length === 0 || filters.articles.some((a) => prepared.placeArticles.get(p.id)?.has(a))) &&
		(groupSet.size === 0 || placesWithEvent.has(p.id) || coMentionedPasses(p)) &&
		(!needsEvent || placesWithEvent.has(p.id));
	const places = new Set<string>();
	for (const p of index.places) if (placePasses(p)) places.add(p.id);
	// An event shows only where at least one of its places shows, so the list never points at a hidden mark.
	for (const e of passing) {
		if (!e.places.some((p) => places.has(p.place))) events.delete(e.id);
	}
	return { places, events };
}

/**
 * True when the actor (a group, or a person through their roles) is one of `groups` — and, when
 * `groups` carries dates and `when` is given, was one of them at some instant of `when`.
 */
export function actorIsIn(
	prepared: PreparedIndex,
	actor: string,
	groups: ReadonlySet<string> | ReadonlyMap<string, readonly Interval[]>,
	when?: Interval
): boolean {
	// A hot path at 100k events: no spread, no closures per call.
	const own = prepared.actorGroups.get(actor);
	if (!own) return isIn(actor, groups, when);
	for (const g of own) if (isIn(g, groups, when)) return true;
	return false;
}

function isIn(group: string, groups: ReadonlySet<string> | ReadonlyMap<string, readonly Interval[]>, when?: Interval): boolean {
	if (!groups.has(group)) return false;
	if (!when || groups instanceof Set) return true;
	for (const [lo, hi] of (groups as ReadonlyMap<string, readonly Interval[]>).get(group)!) if (lo <= when[1] && when[0] <= hi) return true;
	return false;
}

/** An actor's standing with the selected groups: always in, never in, or in during these spans. */
function actorStanding(prepared: PreparedIndex, actor: string, groups: ReadonlyMap<string, readonly Interval[]>): boolean | readonly Interval[] {
	const spans: Interval[] = [];
	for (const g of prepared.actorGroups.get(actor) ?? [actor]) {
		for (const span of groups.get(g) ?? []) {
			if (span[0] === -Infinity && span[1] === Infinity) return true;
			spans.push(span);
		}
	}
	return spans.length ? spans : false;
}

function selectedGroups(prepared: PreparedIndex, filters: FilterState): Map<string, Interval[]> {
	const out = new Map<string, Interval[]>();
	for (const g of filters.groups) {
		const times = filters.subunits ? (prepared.subunitTimes.get(g) ?? new Map([[g, [ALWAYS]]])) : new Map([[g, [ALWAYS]]]);
		for (const [id, spans] of times) out.set(id, [...(out.get(id) ?? []), ...spans]);
	}
	return out;
}
