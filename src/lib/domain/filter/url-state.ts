/**
 * The whole dashboard state in the URL, so a link reproduces exactly what its sender saw. Reading is
 * forgiving: anything unknown, malformed or out of range falls back to the default and is reported
 * as a notice, never an exception.
 */
import { isEventType, isPlaceKind } from '../records/vocabulary';
import { DEFAULT_FILTERS, MAX_QUERY_CHARS, YEAR_CEILING, YEAR_FLOOR, type FilterState } from './filter-state';
import type { YearExtent } from './year-extent';
import type { KnownIds } from './known-ids';
import { formatFrame, frameInRange, parseFrame } from './time-frame';
import { formatListSort, parseListSort, type ListSort } from './list-sort';

/** The camera: centre and zoom. */
export interface Camera {
	lon: number;
	lat: number;
	zoom: number;
}

/** Everything a link restores. */
export interface UrlState {
	filters: FilterState;
	camera?: Camera;
	place?: string;
	event?: string;
	/** A group or article whose places are highlighted on the map. */
	highlight?: { kind: 'group' | 'article'; id: string };
	/** The list's order; absent: the default. */
	sort?: ListSort;
	/** An article open in the reader (`read=`), at the quote read in context (`span=start-end`) if any. */
	reading?: Reading;
}

/** An article read in context, and the character span of the quote to show in it. */
export interface Reading {
	article: string;
	start?: number;
	end?: number;
}

const MAX_LIST = 50;

/**
 * Writes the state as search parameters, leaving out whatever has its default value.
 *
 * @example toSearchParams({ filters: { ...DEFAULT_FILTERS, q: 'amerli' } }).toString() === 'q=amerli'
 */
export function toSearchParams(state: UrlState): URLSearchParams {
	const p = new URLSearchParams();
	const f = state.filters;
	if (state.camera) p.set('at', `${round(state.camera.zoom, 2)}/${round(state.camera.lat, 4)}/${round(state.camera.lon, 4)}`);
	if (f.q.trim()) p.set('q', f.q.trim());
	if (f.groups.length) p.set('group', f.groups.join(','));
	if (!f.subunits) p.set('subunits', '0');
	if (f.types.length) p.set('type', f.types.join(','));
	if (f.articles.length) p.set('article', f.articles.join(','));
	if (f.kinds.length) p.set('kind', f.kinds.join(','));
	if (f.reviewedOnly) p.set('reviewed', '1');
	if (f.from !== YEAR_FLOOR) p.set('from', String(f.from));
	if (f.to !== YEAR_CEILING) p.set('to', String(f.to));
	if (f.frame) p.set('frame', f.frame);
	if (state.place) p.set('place', state.place);
	if (state.event) p.set('event', state.event);
	if (state.highlight) p.set('highlight', `${state.highlight.kind}:${state.highlight.id}`);
	if (state.sort && formatListSort(state.sort)) p.set('sort', formatListSort(state.sort));
	if (state.reading) {
		p.set('read', state.reading.article);
		if (state.reading.start !== undefined && state.reading.end !== undefined) p.set('span', `${state.reading.start}-${state.reading.end}`);
	}
	return p;
}

/**
 * Reads the state from search parameters; returns it with a notice for everything it had to ignore.
 *
 * @example fromSearchParams(new URLSearchParams('from=abc'), known).notices // ['Ignored “from=abc”: …']
 */
export function fromSearchParams(params: URLSearchParams, known: KnownIds): { state: UrlState; notices: string[] } {
	const notices: string[] = [];
	const ignore: Ignore = (key, value, why) => notices.push(`Ignored “${key}=${clip(value)}”: ${why}.`);
	const state: UrlState = { filters: readFilters(params, known, ignore, notices) };
	readView(params, known, ignore, state);
	notices.push(...parameterNotices(params));
	return { state, notices };
}

/** Records a notice for a parameter value that was not read, and why. */
type Ignore = (key: string, value: string, why: string) => void;

/** The filters a link carries: time range, search, lists of groups, types, articles and kinds, and flags. */
function readFilters(params: URLSearchParams, known: KnownIds, ignore: Ignore, notices: string[]): FilterState {
	const { from, to } = readTimeRange(params, ignore, notices);
	let q = params.get('q') ?? '';
	if (q.length > MAX_QUERY_CHARS) {
		ignore('q', q, `longer than ${MAX_QUERY_CHARS} characters`);
		q = '';
	}
	const isIn = (set: ReadonlySet<string>) => (v: string): v is string => set.has(v);
	const list = <T extends string>(key: string, accept: (v: string) => v is T, noun: string) => readList(params, key, accept, noun, ignore, notices);
	return {
		...DEFAULT_FILTERS,
		q,
		groups: list('group', isIn(known.groups), 'group or person'),
		subunits: readFlag(params, 'subunits', true, 'expected 0 (without sub-units) or 1', ignore),
		types: list('type', isEventType, 'event type'),
		articles: list('article', isIn(known.articles), 'article'),
		kinds: list('kind', isPlaceKind, 'place kind'),
		reviewedOnly: readFlag(params, 'reviewed', false, 'expected 1 (only reviewed places) or 0', ignore),
		from,
		to,
		frame: readFrame(params, from, to, ignore)
	};
}

/**
 * A comma-separated list of ids or names: the known ones, once each, at most MAX_LIST. One notice per
 * parameter, however many of its values are wrong: a link with sixty bad ids says so once.
 */
function readList<T extends string>(params: URLSearchParams, key: string, accept: (v: string) => v is T, noun: string, ignore: Ignore, notices: string[]): T[] {
	const raw = params.get(key);
	if (raw === null) return [];
	const values = raw.split(',').map((v) => v.trim()).filter(Boolean);
	const ok: T[] = [];
	const unknown: string[] = [];
	for (const v of values.slice(0, MAX_LIST)) {
		if (!accept(v)) unknown.push(v);
		else if (!ok.includes(v)) ok.push(v);
	}
	const unread = values.slice(MAX_LIST);
	if (unknown.length === 1 && !unread.length) ignore(key, unknown[0]!, `no such ${noun}`);
	else if (unknown.length || unread.length) {
		const why = [
			unknown.length ? `${unknown.length} ${unknown.length === 1 ? 'names' : 'name'} no ${noun}` : '',
			unread.length ? `${unread.length} ${unread.length === 1 ? 'comes' : 'come'} after the ${MAX_LIST} a link may hold` : ''
		];
		const count = unknown.length + unread.length;
		notices.push(`Ignored ${count} ${count === 1 ? 'value' : 'values'} of “${key}”: ${preview([...unknown, ...unread])} (${why.filter(Boolean).join('; ')}).`);
	}
	return ok;
}

/** The years "from" and "to"; the whole range where one is not a year or the range ends before it starts. */
function readTimeRange(params: URLSearchParams, ignore: Ignore, notices: string[]): { from: number; to: number } {
	const year = (key: 'from' | 'to', fallback: number) => {
		const raw = params.get(key);
		if (raw === null) return fallback;
		const n = Number(raw);
		if (!/^\d{4}$/.test(raw) || n < YEAR_FLOOR || n > YEAR_CEILING) {
			ignore(key, raw, `not a year between ${YEAR_FLOOR} and ${YEAR_CEILING}`);
			return fallback;
		}
		return n;
	};
	const from = year('from', YEAR_FLOOR);
	const to = year('to', YEAR_CEILING);
	if (from <= to) return { from, to };
	notices.push(`Ignored the time range ${from}–${to}: it ends before it starts.`);
	return { from: YEAR_FLOOR, to: YEAR_CEILING };
}

/** The frame (a year or a month inside the time range), or '' for none. */
function readFrame(params: URLSearchParams, from: number, to: number, ignore: Ignore): string {
	const raw = params.get('frame');
	if (raw === null) return '';
	const parsed = parseFrame(raw);
	if (!parsed) ignore('frame', raw, 'expected a year or a month, e.g. 2014 or 2014-06');
	else if (!frameInRange(parsed, from, to)) ignore('frame', raw, `outside the time range, ${from === YEAR_FLOOR ? `${to} or earlier` : to === YEAR_CEILING ? `${from} or later` : `${from}–${to}`}`);
	else return formatFrame(parsed);
	return '';
}

/** A 0/1 flag; its default where absent or not 0 or 1. */
function readFlag(params: URLSearchParams, key: string, fallback: boolean, expected: string, ignore: Ignore): boolean {
	const raw = params.get(key);
	if (raw !== null && raw !== '1' && raw !== '0') ignore(key, raw, expected);
	return fallback ? raw !== '0' : raw === '1';
}

/** What the link shows besides the filters: the camera, the open place or event, a highlight, list order and a reading. */
function readView(params: URLSearchParams, known: KnownIds, ignore: Ignore, state: UrlState): void {
	const at = params.get('at');
	if (at !== null) {
		const camera = parseCamera(at);
		if (camera) state.camera = camera;
		else ignore('at', at, 'expected zoom/latitude/longitude, e.g. 5/33.3/44.4');
	}
	for (const key of ['place', 'event'] as const) {
		const v = params.get(key);
		if (v === null) continue;
		if ((key === 'place' ? known.places : known.events).has(v)) state[key] = v;
		else ignore(key, v, `no such ${key}`);
	}
	const hl = params.get('highlight');
	if (hl !== null) {
		const [kind, id = ''] = hl.split(':');
		if ((kind === 'group' && known.groups.has(id)) || (kind === 'article' && known.articles.has(id))) state.highlight = { kind, id };
		else ignore('highlight', hl, 'expected group:ID or article:ID of a known group or article');
	}
	const sort = params.get('sort');
	if (sort !== null) {
		const read = parseListSort(sort);
		if (read.unread.length) ignore('sort', read.unread.join(','), 'expected places.COLUMN.asc or .desc (name, kind, mentions, events), or events.COLUMN.asc or .desc (date, title, type, sources)');
		if (formatListSort(read.sort)) state.sort = read.sort;
	}
	const reading = readingFrom(params, known, ignore);
	if (reading) state.reading = reading;
}

/** The parameters a dashboard link may carry, each once. */
const PARAMETERS = ['at', 'q', 'group', 'subunits', 'type', 'article', 'kind', 'reviewed', 'from', 'to', 'frame', 'place', 'event', 'highlight', 'sort', 'read', 'span'];
/** What a reader may have meant by a parameter the dashboard does not read. */
const MEANT: Record<string, string> = { zoom: 'at', z: 'at', lat: 'at', lon: 'at', lng: 'at', center: 'at', centre: 'at', search: 'q', query: 'q', year: 'from', order: 'sort' };
/** Parameters other sites add to links they pass on: not the reader's doing, so not worth a notice. */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/;

/**
 * Notices for the parameters `fromSearchParams` would otherwise pass over without a word: one it does
 * not read (with what was probably meant), and a second value of one it reads once.
 *
 * @example parameterNotices(new URLSearchParams('place=a&place=b')) // ['Ignored “place=b”: a link gives “place” once, …']
 */
function parameterNotices(params: URLSearchParams): string[] {
	const notices: string[] = [];
	for (const key of new Set(params.keys())) {
		const values = params.getAll(key);
		if (!PARAMETERS.includes(key)) {
			if (TRACKING.test(key)) continue;
			const meant = MEANT[key.toLowerCase()] ?? PARAMETERS.find((p) => p === key.toLowerCase() || `${p}s` === key.toLowerCase());
			const hint = meant === 'at' ? ' (the camera is “at=zoom/latitude/longitude”, e.g. at=5/33.3/44.4)' : meant ? ` (the dashboard reads “${meant}”)` : '';
			notices.push(`Ignored “${clip(`${key}=${values[0]}`)}”: no such parameter${hint}.`);
		} else if (values.length > 1) {
			const quoted = (v: string) => `“${clip(`${key}=${v}`)}”`;
			notices.push(`Ignored ${preview(values.slice(1), quoted)}: a link gives “${key}” once, and the first, “${clip(`${key}=${values[0]}`)}”, is used.`);
		}
	}
	return notices;
}

/**
 * A notice when the time range asked for lies wholly outside the years the data covers (nothing can
 * show), naming those years; undefined otherwise.
 *
 * @example timeRangeNotice({ ...DEFAULT_FILTERS, from: 2016 }, { first: 1980, last: 2015 }) // 'Nothing is dated 2016 or later: …'
 */
export function timeRangeNotice(f: Pick<FilterState, 'from' | 'to'>, data: YearExtent): string | undefined {
	const asked = f.to === YEAR_CEILING ? `${f.from} or later` : f.from === YEAR_FLOOR ? `${f.to} or earlier` : `${f.from}–${f.to}`;
	if (f.from > data.last || f.to < data.first) return `Nothing is dated ${asked}: the data runs from ${data.first} to ${data.last}.`;
	return undefined;
}

/** The article to read (`read=ID`) and the quote's span in it (`span=START-END`); a span without an article is ignored. */
function readingFrom(params: URLSearchParams, known: KnownIds, ignore: (key: string, value: string, why: string) => void): Reading | undefined {
	const article = params.get('read');
	const span = params.get('span');
	let reading: Reading | undefined;
	if (article !== null) {
		if (known.articles.has(article)) reading = { article };
		else ignore('read', article, 'no such article');
	}
	if (span === null) return reading;
	const m = /^(\d{1,9})-(\d{1,9})$/.exec(span);
	const [start, end] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
	if (!m || end <= start) ignore('span', span, 'expected the quote’s first and last character offsets, START-END with START < END, e.g. span=3447-3729');
	else if (article === null) ignore('span', span, 'a span needs the article it lies in, “read=ARTICLE”');
	else if (reading) Object.assign(reading, { start, end });
	return reading;
}

function parseCamera(at: string): Camera | undefined {
	const parts = at.split('/');
	if (parts.length !== 3 || parts.some((x) => !/^-?\d+(\.\d+)?$/.test(x))) return undefined;
	const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
	if (zoom < 0 || zoom > 18 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return undefined;
	return { zoom, lat, lon };
}

function round(x: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

function clip(s: string): string {
	return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** The first few of a list of ignored values, each written by `show`, and how many more there are. */
function preview(values: readonly string[], show: (v: string) => string = clip): string {
	const shown = values.slice(0, 5).map(show);
	return values.length > shown.length ? `${shown.join(', ')} and ${values.length - shown.length} more` : shown.join(', ');
}
