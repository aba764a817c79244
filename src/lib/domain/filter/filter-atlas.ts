/**
 * The one filter predicate. Map, lists, timeline and counts all show the result of this function and
 * nothing else, so they can never disagree.
 */
import type { EventCard, FirstViewIndex, IndexPlace } from '../atlas-index';

/** What the predicate reads of an index: the first view, or the build's full index. */
export type FilterableIndex = Pick<FirstViewIndex, 'events' | 'places' | 'groups' | 'people'>;
import { isFiltered, isTimeNarrowed, type FilterState } from './filter-state';
import { timeWindow } from './time-frame';

/** A read-only set of ids: a `Set`, or the predicate's own bitmap-backed one. */
export interface IdSet extends Iterable<string> {
	has(id: string): boolean;
	readonly size: number;
}

/** What passes the filters. */
export interface Visible {
	places: IdSet;
	events: IdSet;
}

/**
 * The passing events as one byte per event of the index: filling it costs a write per event, where a
 * `Set` of 100k id strings costs a hash insert each (most of a filter change at that size).
 */
class EventSet implements IdSet {
	readonly size: number;
	constructor(
		private readonly events: readonly EventCard[],
		private readonly position: ReadonlyMap<string, number>,
		private readonly on: Uint8Array
	) {
		let n = 0;
		for (const bit of on) n += bit;
		this.size = n;
	}
	has(id: string): boolean {
		const i = this.position.get(id);
		return i !== undefined && this.on[i] === 1;
	}
	*[Symbol.iterator](): Iterator<string> {
		for (let i = 0; i < this.on.length; i++) if (this.on[i]) yield this.events[i]!.id;
	}
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
	/** event id → its position in `index.events`. */
	eventPosition: Map<string, number>;
	columns: EventColumns;
	/** The unfiltered result, computed once: the view most often returned to. */
	everything?: Visible;
}

/**
 * The events as flat columns, what the predicate reads of each: time span and type, and the ids of its
 * places, participants and claimed articles, event i's at [start[i], start[i + 1]). Reading these is a
 * few array accesses per event, where the events' own objects — of many shapes, as optional fields come
 * and go — cost V8 a slow property look-up each.
 */
export interface EventColumns {
	t0: Float64Array;
	t1: Float64Array;
	type: string[];
	placeStart: Uint32Array;
	/** Positions in `places` (the index's places, then ids no place record has). */
	place: Int32Array;
	places: string[];
	actorStart: Uint32Array;
	/** Positions in `actors`. */
	actor: Int32Array;
	actors: string[];
	claimStart: Uint32Array;
	/** Positions in `articles`. */
	claimArticle: Int32Array;
	articles: string[];
}

function eventColumns(events: readonly EventCard[], placeIds: readonly string[]): EventColumns {
	const n = events.length;
	const dictionary = (initial: readonly string[] = []) => {
		const ids = [...initial];
		const at = new Map(ids.map((id, i) => [id, i]));
		const code = (id: string) => {
			let i = at.get(id);
			if (i === undefined) {
				i = ids.length;
				ids.push(id);
				at.set(id, i);
			}
			return i;
		};
		return { ids, code };
	};
	const places = dictionary(placeIds);
	const actors = dictionary();
	const articles = dictionary();
	const place: number[] = [];
	const actor: number[] = [];
	const claimArticle: number[] = [];
	const c = {
		t0: new Float64Array(n),
		t1: new Float64Array(n),
		type: [] as string[],
		placeStart: new Uint32Array(n + 1),
		actorStart: new Uint32Array(n + 1),
		claimStart: new Uint32Array(n + 1)
	};
	events.forEach((e, i) => {
		c.t0[i] = e.t0;
		c.t1[i] = e.t1;
		c.type.push(e.type);
		for (const p of e.places) place.push(places.code(p.place));
		for (const p of e.participants) actor.push(actors.code(p.actor));
		for (const claim of e.claims) claimArticle.push(articles.code(claim.article));
		c.placeStart[i + 1] = place.length;
		c.actorStart[i + 1] = actor.length;
		c.claimStart[i + 1] = claimArticle.length;
	});
	return {
		...c,
		place: Int32Array.from(place),
		places: places.ids,
		actor: Int32Array.from(actor),
		actors: actors.ids,
		claimArticle: Int32Array.from(claimArticle),
		articles: articles.ids
	};
}

/** One flag per id of `ids`: set when `chosen` has it (undefined when nothing is chosen). */
function flagsFor(ids: readonly string[], chosen: { has(id: string): boolean } | undefined): Uint8Array | undefined {
	if (!chosen) return undefined;
	const flags = new Uint8Array(ids.length);
	ids.forEach((id, i) => {
		if (chosen.has(id)) flags[i] = 1;
	});
	return flags;
}

/** True when any of `codes[from..to)` is flagged. */
function anyFlagged(codes: Int32Array, from: number, to: number, flags: Uint8Array): boolean {
	for (let j = from; j < to; j++) if (flags[codes[j]!]) return true;
	return false;
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
	return { index, withSubunits, subunitTimes, actorGroups, coMentioned, placeArticles, eventById: new Map(index.events.map((e) => [e.id, e])), eventPosition: new Map(index.events.map((e, i) => [e.id, i])), columns: eventColumns(index.events, index.places.map((p) => p.id)) };
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
	const [from, to] = timeWindow(filters);

	const types = filters.types.length ? new Set<string>(filters.types) : undefined;
	const articles = filters.articles.length ? new Set(filters.articles) : undefined;
	// One pass over flat columns (see EventColumns): this runs on every keystroke and brush move, at
	// 100k events. The places with a passing event are noted on the way, so no place scans its own
	// (long) event list.
	const c = prepared.columns;
	const n = c.t0.length;
	const articleFlags = flagsFor(c.articles, articles);
	// Each actor's standing, by position: undefined until first asked.
	const standingAt: (boolean | readonly Interval[] | undefined)[] = new Array(c.actors.length);
	const on = new Uint8Array(n);
	const placeHasEvent = new Uint8Array(c.places.length);
	for (let i = 0; i < n; i++) {
		if (types && !types.has(c.type[i]!)) continue;
		const t0 = c.t0[i]!;
		const t1 = c.t1[i]!;
		if (!ignoreTime && (t1 < from || t0 > to)) continue;
		if (articleFlags && !anyFlagged(c.claimArticle, c.claimStart[i]!, c.claimStart[i + 1]!, articleFlags)) continue;
		if (groupSet.size) {
			let passes = false;
			for (let j = c.actorStart[i]!; j < c.actorStart[i + 1]! && !passes; j++) {
				const a = c.actor[j]!;
				const standing = (standingAt[a] ??= actorStanding(prepared, c.actors[a]!, groupSet));
				if (standing === true) passes = true;
				else if (standing !== false) for (const [lo, hi] of standing) if (lo <= t1 && t0 <= hi) passes = true;
			}
			if (!passes) continue;
		}
		on[i] = 1;
		for (let j = c.placeStart[i]!; j < c.placeStart[i + 1]!; j++) placeHasEvent[c.place[j]!] = 1;
	}

	const needsEvent = filters.types.length > 0 || (!ignoreTime && isTimeNarrowed(filters));
	const hits = filters.q.trim() ? new Set(searchHits) : undefined;
	const coMentionedPasses = (p: IndexPlace) => {
		for (const a of prepared.coMentioned.get(p.id) ?? []) if (actorPasses(a)) return true;
		return false;
	};
	// The columns code the index's places by their position in it: place i is `index.places[i]`.
	const placePasses = (p: IndexPlace, i: number) =>
		(filters.kinds.length === 0 || filters.kinds.includes(p.kind as FilterState['kinds'][number])) &&
		(!filters.reviewedOnly || !p.unreviewed) &&
		(!hits || hits.has(p.id)) &&
		(filters.articles.length === 0 || filters.articles.some((a) => prepared.placeArticles.get(p.id)?.has(a))) &&
		(groupSet.size === 0 || placeHasEvent[i] === 1 || coMentionedPasses(p)) &&
		(!needsEvent || placeHasEvent[i] === 1);
	const places = new Set<string>();
	const placeShown = new Uint8Array(c.places.length);
	index.places.forEach((p, i) => {
		if (!placePasses(p, i)) return;
		places.add(p.id);
		placeShown[i] = 1;
	});
	// An event shows only where at least one of its places shows, so the list never points at a hidden mark.
	for (let i = 0; i < n; i++) if (on[i] && !anyFlagged(c.place, c.placeStart[i]!, c.placeStart[i + 1]!, placeShown)) on[i] = 0;
	const events = new EventSet(index.events, prepared.eventPosition, on);
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

/**
 * The chosen groups and people, each with the instants it counts (sub-units only while they belong):
 * what the predicate tests actors against, as `actorIsIn`'s `groups`.
 */
export function selectedGroups(prepared: PreparedIndex, filters: Pick<FilterState, 'groups' | 'subunits'>): Map<string, Interval[]> {
	const out = new Map<string, Interval[]>();
	for (const g of filters.groups) {
		const times = filters.subunits ? (prepared.subunitTimes.get(g) ?? new Map([[g, [ALWAYS]]])) : new Map([[g, [ALWAYS]]]);
		for (const [id, spans] of times) out.set(id, [...(out.get(id) ?? []), ...spans]);
	}
	return out;
}
