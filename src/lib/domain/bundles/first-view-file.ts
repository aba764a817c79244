/**
 * How the first view travels: `index.json` holds its events as columns, one array per field, and every id
 * or fixed word (a place, an actor, an article, an event type, a role) as its position in one word list,
 * so a thousand articles' events cost what their facts cost rather than their keys. The dashboard unpacks
 * the file into the same records the build packed; nothing is dropped or rounded on the way.
 */
import type { EventCard, FirstViewIndex, IndexPlace } from '../atlas-index';
import { dateBounds } from '../records/check-date';

/** Values only some rows have, by row ("3") or by row and item ("3.1"). */
type Sparse<T> = Record<string, T>;

/** The events of the first view as columns; see {@link packFirstView}. */
export interface EventColumns {
	/** Every interned id and word; the number columns below point into it. */
	words: string[];
	id: string[];
	title: string[];
	type: number[];
	/** The date as written (`start`, optional `end`) at its precision; t0 and t1 follow from them. */
	start: string[];
	end: Sparse<string>;
	precision: number[];
	dateInferred: Sparse<string>;
	dateBound: Sparse<number>;
	dateDisputed: Sparse<string>;
	/** Per event, pairs of [place, role] as words; the editors' reason for a pair by "row.item". */
	places: number[][];
	placeInferred: Sparse<string>;
	/** Per event, pairs of [actor, role] as words. */
	participants: number[][];
	participantInferred: Sparse<string>;
	/** Per event, quads of [article, stance, start, end]; whom a claim credits, its aspect and piece by "row.item". */
	claims: number[][];
	claimExtra: Sparse<{ attributedTo?: string; aspect?: string; piece?: string }>;
	aspects: Sparse<{ id: string; label: string }[]>;
	/** Rows whose event a source denies or disputes as a whole. */
	contested: number[];
	contestedAspects: Sparse<string[]>;
}

/** A place as the file carries it: its events and articles as positions in the index's lists. */
export interface PackedPlace extends Omit<IndexPlace, 'events' | 'articles'> {
	events: number[];
	articles: number[];
}

/** `index.json` as written: version 3. */
export interface FirstViewFile extends Omit<FirstViewIndex, 'version' | 'events' | 'places'> {
	version: 3;
	places: PackedPlace[];
	events: EventColumns;
}

/**
 * Packs the first view for writing.
 *
 * @example unpackFirstView(packFirstView(first)) // deep-equals first
 */
export function packFirstView(first: FirstViewIndex): FirstViewFile {
	const words: string[] = [];
	const wordAt = new Map<string, number>();
	const word = (w: string) => {
		let i = wordAt.get(w);
		if (i === undefined) {
			i = words.push(w) - 1;
			wordAt.set(w, i);
		}
		return i;
	};
	const cols: EventColumns = {
		words,
		id: [],
		title: [],
		type: [],
		start: [],
		end: {},
		precision: [],
		dateInferred: {},
		dateBound: {},
		dateDisputed: {},
		places: [],
		placeInferred: {},
		participants: [],
		participantInferred: {},
		claims: [],
		claimExtra: {},
		aspects: {},
		contested: [],
		contestedAspects: {}
	};
	first.events.forEach((e, row) => {
		cols.id.push(e.id);
		cols.title.push(e.title);
		cols.type.push(word(e.type));
		cols.start.push(e.date.start);
		if (e.date.end !== undefined) cols.end[row] = e.date.end;
		cols.precision.push(word(e.date.precision));
		if (e.date.inferred !== undefined) cols.dateInferred[row] = e.date.inferred;
		if (e.date.bound !== undefined) cols.dateBound[row] = word(e.date.bound);
		if (e.date.disputed !== undefined) cols.dateDisputed[row] = e.date.disputed;
		cols.places.push(
			e.places.flatMap((p, k) => {
				if (p.inferred !== undefined) cols.placeInferred[`${row}.${k}`] = p.inferred;
				return [word(p.place), word(p.role)];
			})
		);
		cols.participants.push(
			e.participants.flatMap((p, k) => {
				if (p.inferred !== undefined) cols.participantInferred[`${row}.${k}`] = p.inferred;
				return [word(p.actor), word(p.role)];
			})
		);
		cols.claims.push(
			e.claims.flatMap((c, k) => {
				const { article, stance, start, end, ...extra } = c;
				if (Object.keys(extra).length) cols.claimExtra[`${row}.${k}`] = extra;
				return [word(article), word(stance), start, end];
			})
		);
		if (e.aspects.length) cols.aspects[row] = e.aspects;
		if (e.contested) cols.contested.push(row);
		if (e.contestedAspects.length) cols.contestedAspects[row] = e.contestedAspects;
		const [t0, t1] = eventBounds(e.date);
		if (t0 !== e.t0 || t1 !== e.t1) throw new Error(`event "${e.id}": t0/t1 do not follow from its date`);
	});
	const eventRow = new Map(first.events.map((e, i) => [e.id, i]));
	const articleRow = new Map(first.articles.map((a, i) => [a.id, i]));
	const position = (rows: Map<string, number>, what: string, place: string) => (id: string) => {
		const i = rows.get(id);
		if (i === undefined) throw new Error(`place "${place}" lists ${what} "${id}", which the index does not hold`);
		return i;
	};
	const { version: _version, events: _events, places, ...rest } = first;
	return {
		version: 3,
		...rest,
		places: places.map((p) => ({ ...p, events: p.events.map(position(eventRow, 'event', p.id)), articles: p.articles.map(position(articleRow, 'article', p.id)) })),
		events: cols
	};
}

/** Unpacks `index.json` into the records the dashboard reads. */
export function unpackFirstView(file: FirstViewFile): FirstViewIndex {
	const c = file.events;
	const w = (i: number) => c.words[i]!;
	const events: EventCard[] = c.id.map((id, row) => {
		const date: EventCard['date'] = { start: c.start[row]!, precision: w(c.precision[row]!) as EventCard['date']['precision'] };
		if (c.end[row] !== undefined) date.end = c.end[row];
		if (c.dateInferred[row] !== undefined) date.inferred = c.dateInferred[row];
		if (c.dateBound[row] !== undefined) date.bound = w(c.dateBound[row]) as 'before' | 'after';
		if (c.dateDisputed[row] !== undefined) date.disputed = c.dateDisputed[row];
		const [t0, t1] = eventBounds(date);
		return {
			id,
			title: c.title[row]!,
			date,
			type: w(c.type[row]!) as EventCard['type'],
			participants: pairs(c.participants[row]!).map(([actor, role], k) => withReason({ actor: w(actor), role: w(role) }, c.participantInferred[`${row}.${k}`])),
			aspects: c.aspects[row] ?? [],
			contested: false,
			contestedAspects: c.contestedAspects[row] ?? [],
			t0,
			t1,
			claims: quads(c.claims[row]!).map(([article, stance, start, end], k) => ({
				article: w(article),
				stance: w(stance) as EventCard['claims'][number]['stance'],
				start,
				end,
				...c.claimExtra[`${row}.${k}`]
			})),
			places: pairs(c.places[row]!).map(([place, role], k) =>
				withReason({ place: w(place), role: w(role) as EventCard['places'][number]['role'] }, c.placeInferred[`${row}.${k}`])
			)
		};
	});
	for (const row of c.contested) events[row]!.contested = true;
	const { version: _version, events: _events, places, ...rest } = file;
	return {
		version: 2,
		...rest,
		places: places.map((p) => ({ ...p, events: p.events.map((i) => events[i]!.id), articles: p.articles.map((i) => file.articles[i]!.id) })),
		events
	};
}

/** True for what {@link unpackFirstView} can read. */
export function isFirstViewFile(v: unknown): v is FirstViewFile {
	const f = v as FirstViewFile;
	return !!f && f.version === 3 && Array.isArray(f.places) && Array.isArray(f.articles) && !!f.events && Array.isArray(f.events.id);
}

/** The first and last instant an event's date covers (ms since the epoch), as the build computes them. */
export function eventBounds(date: { start: string; end?: string }): [number, number] {
	return [dateBounds(date.start)[0], dateBounds(date.end ?? date.start)[1]];
}

function withReason<T extends object>(value: T, inferred: string | undefined): T & { inferred?: string } {
	return inferred === undefined ? value : { ...value, inferred };
}

function pairs(flat: number[]): [number, number][] {
	const out: [number, number][] = [];
	for (let i = 0; i < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
	return out;
}

function quads(flat: number[]): [number, number, number, number][] {
	const out: [number, number, number, number][] = [];
	for (let i = 0; i < flat.length; i += 4) out.push([flat[i]!, flat[i + 1]!, flat[i + 2]!, flat[i + 3]!]);
	return out;
}
