/**
 * Schemas of the curated inputs under `geodata/`: article metadata, the gazetteer, the groups and
 * people, and the events. They are the contract between the people who curate the data and the build;
 * every record is checked against them before anything is written.
 */
import { z } from 'zod';
import { EVENT_TYPES, GROUP_TYPES, PLACE_KINDS } from './vocabulary';

/** A stable, URL-safe identifier: lower-case letters, digits and single hyphens. */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, e.g. "jurf-al-sakher"');

/** A calendar date written as YYYY, YYYY-MM or YYYY-MM-DD. Whether it exists is checked separately. */
export const PartialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'write dates as YYYY, YYYY-MM or YYYY-MM-DD');

export const DatePrecision = z.enum(['day', 'month', 'year', 'range', 'approximate']);

/** What part of a captured page is not article body, and why. */
export const NotBodyKind = z.enum([
	'reader-comments',
	'site-navigation',
	'sidebar',
	'photo-credit',
	'pull-quote',
	'image-caption',
	'tag-line',
	'repeated-lead',
	'repeated-title',
	'repeated-passage'
]);

/**
 * A span of the file that is not article body: it starts at the `occurrence`-th occurrence of `text`
 * and ends where that text ends, or at the end of the file when `toEnd` is set.
 */
export const NotBodySpan = z.strictObject({
	kind: NotBodyKind,
	text: z.string().min(1),
	occurrence: z.number().int().min(1).default(1),
	toEnd: z.boolean().default(false),
	note: z.string().optional()
});

/** Where a stretch of the text starts or ends: the `occurrence`-th occurrence of `text`. */
export const TextAnchor = z.strictObject({
	text: z.string().min(1),
	occurrence: z.number().int().min(1).default(1)
});

/** An outlet as the text shows it, or as the editors infer it (with the evidence). */
export const Outlet = z.strictObject({
	name: z.string().min(1),
	inferred: z.boolean(),
	evidence: z.string().optional()
});

/** An author; `inferred` says how the editors know when the text does not name them as an author. */
export const Author = z.strictObject({ name: z.string().min(1), inferred: z.string().min(1).optional() });

/** A publication date at its precision, inferred or not, with the evidence. */
export const Published = z.strictObject({
	date: PartialDate,
	precision: z.enum(['day', 'month', 'year']),
	inferred: z.boolean(),
	evidence: z.string().min(1)
});

/**
 * A piece republished inside the page (an essay reposted by a blog, a newspaper report on an
 * aggregator): its own title, authors, outlet and date, and the stretch of the text it covers, from the
 * start of `from` to the end of `to` (or to the end of the file). Claims quoted from inside it are the
 * piece's; the rest of the page is the publisher's own.
 */
export const ArticlePiece = z.strictObject({
	id: Id,
	kind: z.enum(['republished', 'quoted']).default('republished'),
	title: z.string().min(1),
	authors: z.array(Author),
	outlet: Outlet,
	published: Published.optional(),
	from: TextAnchor,
	to: TextAnchor.optional()
});

/** A latitude in degrees, with the message that catches swapped coordinates. */
const Latitude = z.number().min(-90, 'latitude must be between -90 and 90; are lat and lon swapped?').max(90, 'latitude must be between -90 and 90; are lat and lon swapped?');
/** A longitude in degrees. */
const Longitude = z.number().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180');

/**
 * A person's correction of one place the machine found in an unreviewed article: the span with its
 * words (checked against the text), and "not-a-place", "use" another place (a GeoNames id: one of the
 * geoparser's candidates, or any found by searching the gazetteer), "confirm" the machine's choice,
 * "add" a place the machine missed (a GeoNames id), or "move" it to where it really is when no
 * gazetteer entry fits (`lat` and `lon`, placed by hand on the map).
 */
export const MachineCorrection = z
	.strictObject({
		start: z.number().int().min(0),
		end: z.number().int().min(1),
		text: z.string().min(1),
		action: z.enum(['confirm', 'not-a-place', 'use', 'add', 'move']),
		geonameId: z.number().int().positive().optional(),
		lat: Latitude.optional(),
		lon: Longitude.optional()
	})
	.superRefine((c, ctx) => {
		for (const field of ['lat', 'lon'] as const) {
			if (c.action === 'move' && c[field] === undefined) {
				ctx.addIssue({ code: 'custom', path: [field], message: `a "move" needs the new position: add "${field}" (${field === 'lat' ? '-90 to 90' : '-180 to 180'} degrees)` });
			} else if (c.action !== 'move' && c[field] !== undefined) {
				ctx.addIssue({ code: 'custom', path: [field], message: `only a "move" has a position: remove "${field}", or set "action" to "move"` });
			}
		}
	});

/** One article's metadata, kept beside its text as `<file stem>.meta.json`. */
export const ArticleMeta = z.strictObject({
	id: Id,
	file: z.string().regex(/^[^/\\]+\.txt$/, 'name the text file beside this record, e.g. "000_f87906550f33b60b.txt"'),
	title: z.string().min(1),
	/** The page's publisher: for a repost, the site that reposted, not the original outlet. */
	outlet: Outlet,
	/** The page's own authors (an empty list: not named). */
	authors: z.array(z.string().min(1)),
	published: Published,
	language: z.string().regex(/^[a-z]{2}$/),
	/** The page's original address, when known. */
	url: z.string().url().optional(),
	/** Opinion, analysis or news: partisan outlets are labelled as such. */
	genre: z.enum(['news', 'opinion', 'blog']).optional(),
	notBody: z.array(NotBodySpan),
	pieces: z.array(ArticlePiece).default([]),
	/**
	 * "unreviewed": a machine first pass (`npm run ingest`, or an article added in the browser) that no
	 * person has checked yet. Its places are drawn and labelled as machine-found until someone sets
	 * "reviewed".
	 */
	review: z.enum(['unreviewed', 'reviewed']).default('reviewed'),
	/** A person's corrections of the machine's places, for an unreviewed article. */
	corrections: z.array(MachineCorrection).optional()
});

export const PlaceKind = z.enum(PLACE_KINDS);

/** One entry of the curated gazetteer. */
export const GazetteerPlace = z.strictObject({
	id: Id,
	name: z.string().min(1),
	kind: PlaceKind,
	/** ISO 3166-1 alpha-2 code of the country the place lies in (its own code for a country). */
	country: z.string().regex(/^[A-Z]{2}$/).nullable(),
	/** ISO 3166-2 code of a region, or the country code of a country: links the place to a basemap polygon. */
	iso3166: z.string().regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/).optional(),
	/** The id of the curated region (province) the place lies in, if any. */
	within: Id.optional(),
	lat: Latitude,
	lon: Longitude,
	precision: z.enum(['exact', 'approximate']).default('exact'),
	/** A national capital: the usual sense of a bare city name in the news ("Washington"). */
	capital: z.boolean().default(false),
	coordSource: z.strictObject({
		kind: z.enum(['geonames', 'natural-earth', 'wikidata', 'manual']),
		id: z.string().optional(),
		note: z.string().optional()
	}),
	/** English spellings matched in text, the preferred name included. */
	aliases: z.array(z.string().min(1)).min(1),
	/** Native names by ISO 639-1 language code, e.g. { "ar": "بغداد" }. Matched in text too. */
	names: z.record(z.string().regex(/^[a-z]{2}$/), z.string().min(1)).default({}),
	/**
	 * Adjectives and nouns for the place's people ("Iranian", "Iraqis"). Not mentions of the place, but
	 * enough to place an event there: "Iranian weapons … into Syria" is a flow from Iran.
	 */
	demonyms: z.array(z.string().min(1)).default([]),
	note: z.string().optional()
});

/** A phrase that contains a place name but does not name a place (a newspaper, an institution). */
export const NotAPlace = z.strictObject({ text: z.string().min(1), reason: z.string().min(1) });

export const Gazetteer = z.strictObject({
	places: z.array(GazetteerPlace),
	notPlaces: z.array(NotAPlace).default([])
});

export const GroupType = z.enum(GROUP_TYPES);

/** An armed group, force, agency, government or organisation the articles name. */
export const Group = z.strictObject({
	id: Id,
	name: z.string().min(1),
	type: GroupType,
	country: z.string().regex(/^[A-Z]{2}$/).nullable(),
	/**
	 * The organisations this one belongs to (Quds Force → IRGC), each with the dates the link holds when
	 * it did not always: Kataib Hezbollah joins the Popular Mobilization Forces in mid-2014.
	 */
	parents: z
		.array(z.strictObject({ group: Id, from: PartialDate.optional(), to: PartialDate.optional(), note: z.string().optional() }))
		.default([]),
	aliases: z.array(z.string().min(1)).min(1),
	names: z.record(z.string().regex(/^[a-z]{2}$/), z.string().min(1)).default({}),
	description: z.string().optional()
});

/** A person the articles name as an actor, with the groups they lead or belong to. */
export const Person = z.strictObject({
	id: Id,
	name: z.string().min(1),
	aliases: z.array(z.string().min(1)).min(1),
	names: z.record(z.string().regex(/^[a-z]{2}$/), z.string().min(1)).default({}),
	roles: z.array(
		z.strictObject({
			group: Id,
			role: z.string().min(1),
			leads: z.boolean().default(false),
			when: z.string().optional()
		})
	),
	note: z.string().optional()
});

export const Actors = z.strictObject({
	groups: z.array(Group),
	people: z.array(Person),
	/** Words that contain an actor's name but do not name the actor ("Hezbollah-ization"). */
	notActors: z.array(z.strictObject({ text: z.string().min(1), reason: z.string().min(1) })).default([])
});

export const EventType = z.enum(EVENT_TYPES);

/** A source's account of an event: which article says it, in its own words. */
export const Claim = z.strictObject({
	article: Id,
	/** Verbatim text of the article body; the build checks it occurs there, once or at `occurrence`. */
	quote: z.string().min(1),
	/** Which occurrence of the quote in the body is meant, when the body has it more than once. */
	occurrence: z.number().int().min(1).optional(),
	stance: z.enum(['reports', 'denies', 'disputes']).default('reports'),
	/** What this source says that differs from the others (a date, a number, a denial). */
	detail: z.string().optional(),
	/** Whom the source itself credits ("American officials", "Human Rights Watch"). */
	attributedTo: z.string().min(1).optional(),
	/** The aspect of the event the claim is about (an id from the event's `aspects`); absent: the whole event. */
	aspect: Id.optional()
});

export const EventPlaceRole = z.enum(['location', 'origin', 'destination', 'target']);

/** Why the editors add something the quotes do not say: required wherever the quotes fall short. */
const Inferred = z.string().min(10, 'say in a sentence how the editors know this');

/** A dated or datable happening the articles report. */
export const Event = z.strictObject({
	id: Id,
	title: z.string().min(1),
	date: z.strictObject({
		start: PartialDate,
		end: PartialDate.optional(),
		precision: DatePrecision,
		/** How the date is derived when no quote states it at this precision ("“last month” in an essay of Feb 2015"). */
		inferred: Inferred.optional(),
		/** The quote gives only a bound: the event happened before (or after) the date. */
		bound: z.enum(['before', 'after']).optional(),
		/** Other reporting dates it differently: what it says. Shown beside the source's date. */
		disputed: z.string().min(1).optional()
	}),
	type: EventType,
	/**
	 * Where the event happened, each place with the words of a quote that put the event there
	 * (`quoted`, e.g. "in Karbala") or the editors' reason (`inferred`): see the README's rules.
	 */
	places: z
		.array(z.strictObject({ place: Id, role: EventPlaceRole, quoted: z.string().min(1).optional(), inferred: Inferred.optional() }))
		.min(1),
	participants: z.array(z.strictObject({ actor: Id, role: z.string().min(1), inferred: Inferred.optional() })),
	/** Parts of the event a claim may be about alone ("training clause"), so a denial of one part does not contest the whole. */
	aspects: z.array(z.strictObject({ id: Id, label: z.string().min(1) })).default([]),
	claims: z.array(Claim).min(1),
	/** An editor's note, shown apart from the claims (e.g. "other reporting dates this differently"). */
	editorNote: z.string().optional()
});

export const Events = z.strictObject({ events: z.array(Event) });

export type ArticleMeta = z.infer<typeof ArticleMeta>;
export type MachineCorrection = z.infer<typeof MachineCorrection>;
export type ArticlePiece = z.infer<typeof ArticlePiece>;
export type NotBodySpan = z.infer<typeof NotBodySpan>;
export type GazetteerPlace = z.infer<typeof GazetteerPlace>;
export type Gazetteer = z.infer<typeof Gazetteer>;
export type Group = z.infer<typeof Group>;
export type Person = z.infer<typeof Person>;
export type Actors = z.infer<typeof Actors>;
export type Event = z.infer<typeof Event>;
export type Claim = z.infer<typeof Claim>;
export type Events = z.infer<typeof Events>;
export type PlaceKind = z.infer<typeof PlaceKind>;
export type EventType = z.infer<typeof EventType>;

/** A citation a story step rests on: an article and a verbatim quote of its body. */
export const Citation = z.strictObject({ article: Id, quote: z.string().min(1) });

/**
 * One step of a story: a saved view of the dashboard — written exactly as the dashboard's own URL
 * query, so a step and the explorer can never drift apart — with a heading, a short text, speaker
 * notes and the citations it rests on.
 */
export const StoryStep = z.strictObject({
	heading: z.string().min(1),
	text: z.string().min(1),
	notes: z.string().default(''),
	view: z.string().regex(/^\?/, 'write the view as the dashboard URL query, starting with "?", e.g. "?at=6/33.3/44.4&place=baghdad"'),
	citations: z.array(Citation).min(1, 'every step rests on at least one citation: add {article, quote}')
});

/** A presentation: a title and ordered steps. Kept as YAML in `geodata/stories/`. */
export const Story = z.strictObject({
	id: Id,
	title: z.string().min(1),
	description: z.string().default(''),
	steps: z.array(StoryStep).min(1, 'a story needs at least one step')
});

export type StoryStep = z.infer<typeof StoryStep>;
export type Story = z.infer<typeof Story>;

/**
 * What the editors say about the corpus as a whole (`geodata/corpus.json`, optional): its title and
 * description for the page, the countries the basemap emphasises, and the view the map opens on. Generic
 * code reads these from the data; where the file is absent they are derived (bounds from the places).
 */
export const CorpusConfig = z.strictObject({
	title: z.string().min(1),
	description: z.string().optional(),
	focusCountries: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
	/** [[west, south], [east, north]] in degrees. */
	bounds: z
		.tuple([z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]), z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])])
		.optional(),
	/**
	 * How the map layers are served: `auto` (vector tiles above TILES_ABOVE_FEATURES event features,
	 * GeoJSON below), or always one of the two.
	 */
	layers: z.enum(['auto', 'geojson', 'tiles']).default('auto')
});

export type CorpusConfig = z.infer<typeof CorpusConfig>;
