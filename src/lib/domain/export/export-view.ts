/**
 * The current, filtered view as files a reader can take elsewhere: GeoJSON (the places and the events
 * at them, each with its sources — verbatim quotes, the article and the character span) and CSV (one
 * row per claim). Only what the filters show goes out, and every row or feature carries its source,
 * and the credit of the data sources its place comes from (GeoNames' CC BY 4.0 asks for it).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ArticleCard, FirstViewIndex, IndexEvent, IndexPlace } from '../atlas-index';
import { creditLine, type DataCredit } from '../credits/data-credits';
import { creditsOf, placeCredits } from '../credits/place-credits';
import type { Sentence } from '../types';

/** What an export reads: the first view, what the filters show, and the full text of those places' sources. */
export interface ViewSources {
	index: FirstViewIndex;
	/** The places the filters show, in the list's order. */
	places: readonly string[];
	/** The events the filters show. */
	events: ReadonlySet<string>;
	/** The sentences naming each shown place (from its bundle). */
	sentences: ReadonlyMap<string, readonly Sentence[]>;
	/** The shown events in full, with their claims' quotes (from the place bundles). */
	fullEvents: ReadonlyMap<string, IndexEvent>;
}

interface Source {
	article: string;
	outlet: string;
	title: string;
	url: string | null;
	start: number;
	end: number;
	text: string;
}

/** A FeatureCollection with the credit its data asks for, as foreign members (RFC 7946 §6.1) GIS tools ignore. */
export type CreditedFeatureCollection<G extends Point = Point> = FeatureCollection<G> & {
	/** The credits in one line; empty when no feature needs one. */
	attribution: string;
	credits: DataCredit[];
};

/**
 * The view as a GeoJSON FeatureCollection: a point per shown place (`layer: "place"`, with the
 * sentences that name it) and a point per shown event at each shown place (`layer: "event"`, with
 * its claims). Coordinates are the atlas's own; an event placed by the editors says so in `placeInferred`.
 * Each feature's `credit` names the sources of its place's name and point (null when none asks for
 * credit); the collection's `attribution` and `credits` gather them, since a GIS keeps only properties.
 */
export function viewGeoJson(view: ViewSources): CreditedFeatureCollection {
	const articles = articleLookup(view.index.articles);
	const placeById = new Map(view.index.places.map((p) => [p.id, p]));
	const features: Feature<Point>[] = [];
	for (const id of view.places) {
		const p = placeById.get(id);
		if (!p) continue;
		features.push({
			type: 'Feature',
			geometry: point(p),
			properties: {
				layer: 'place',
				id: p.id,
				name: p.name,
				kind: p.kind,
				country: p.country,
				precision: p.precision,
				gazetteer: p.source,
				reviewed: !p.unreviewed,
				credit: creditLine(placeCredits(p)) || null,
				sources: (view.sentences.get(p.id) ?? []).map((s) => source(articles, s.article, s.start, s.end, s.text))
			}
		});
	}
	const shown = new Set(view.places);
	for (const e of eventsOf(view)) {
		for (const at of e.places) {
			const p = placeById.get(at.place);
			if (!p || !shown.has(p.id)) continue;
			features.push({
				type: 'Feature',
				geometry: point(p),
				properties: {
					layer: 'event',
					id: e.id,
					title: e.title,
					type: e.type,
					date: e.date.start,
					dateEnd: e.date.end ?? null,
					datePrecision: e.date.precision,
					dateInferred: e.date.inferred ?? null,
					place: p.id,
					placeRole: at.role,
					placeInferred: at.inferred ?? null,
					contested: e.contested,
					participants: e.participants.map((x) => ({ actor: x.actor, role: x.role, inferred: x.inferred ?? null })),
					claims: e.claims.map((c) => ({ ...source(articles, c.article, c.start, c.end, c.quote), stance: c.stance, attributedTo: c.attributedTo ?? null })),
					credit: creditLine(placeCredits(p)) || null
				}
			});
		}
	}
	const credits = creditsOf(features.map((f) => placeById.get(f.properties!.layer === 'place' ? f.properties!.id : f.properties!.place)!));
	return { type: 'FeatureCollection', attribution: creditLine(credits), credits, features };
}

const CSV_COLUMNS = [
	'event',
	'title',
	'type',
	'date',
	'date_end',
	'date_precision',
	'date_inferred',
	'places',
	'actors',
	'stance',
	'quote',
	'attributed_to',
	'article',
	'outlet',
	'article_title',
	'url',
	'start',
	'end',
	'source_credit'
] as const;

/**
 * The view's claims as CSV, one row per claim of each shown event, with the quote verbatim and its span.
 * `source_credit` credits the sources of the names in `places` (GeoNames for a machine-read place;
 * empty for curated names): a column, not a note row, so every CSV reader and filter keeps it.
 */
export function viewCsv(view: ViewSources): string {
	const articles = articleLookup(view.index.articles);
	const placeById = new Map(view.index.places.map((p) => [p.id, p]));
	const actorName = new Map([...view.index.groups, ...view.index.people].map((a) => [a.id, a.name]));
	const rows: (string | number)[][] = [[...CSV_COLUMNS]];
	for (const e of eventsOf(view)) {
		const places = e.places.map((p) => `${placeById.get(p.place)?.name ?? p.place}${p.inferred ? ' (inferred)' : ''}`).join('; ');
		const credit = creditLine(creditsOf(e.places.flatMap((p) => placeById.get(p.place) ?? []), 'name'));
		const actors = e.participants.map((x) => `${actorName.get(x.actor) ?? x.actor} (${x.role}${x.inferred ? ', inferred' : ''})`).join('; ');
		for (const c of e.claims) {
			const a = articles.get(c.article);
			rows.push([e.id, e.title, e.type, e.date.start, e.date.end ?? '', e.date.precision, e.date.inferred ?? '', places, actors, c.stance, c.quote, c.attributedTo ?? '', c.article, a?.outlet ?? '', a?.title ?? '', a?.url ?? '', c.start, c.end, credit]);
		}
	}
	return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * One CSV cell: quoted when it must be (RFC 4180), and a text a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) kept as text with a leading apostrophe.
 *
 * @example csvCell('=HYPERLINK("x")') === `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: string | number): string {
	if (typeof value === 'number') return String(value);
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function eventsOf(view: ViewSources): IndexEvent[] {
	return [...view.events].map((id) => view.fullEvents.get(id)).filter((e): e is IndexEvent => !!e);
}

function articleLookup(articles: readonly ArticleCard[]): Map<string, { outlet: string; title: string; url: string | null }> {
	return new Map(articles.map((a) => [a.id, { outlet: a.outlet.name, title: a.title, url: a.url ?? null }]));
}

function source(articles: ReturnType<typeof articleLookup>, article: string, start: number, end: number, text: string): Source {
	const a = articles.get(article);
	return { article, outlet: a?.outlet ?? '', title: a?.title ?? '', url: a?.url ?? null, start, end, text };
}

function point(p: IndexPlace): Point {
	return { type: 'Point', coordinates: [p.lon, p.lat] };
}
