/**
 * The JSON index the build writes beside the GeoJSON layers (`static/data/index.json`): everything the
 * app needs to show a place's sources — articles, groups, people, events with their cited spans, and
 * every mention with its sentence.
 */
import type { ArticleMeta, ArticlePiece, Event, Group, Person } from './records/schema';
import type { ExcludedSpan } from './text/body-spans';
import type { Mention, Sentence, Span } from './types';

/**
 * A piece republished inside an article's page (an essay reposted by a blog, a newspaper report on an
 * aggregator), located in the text: claims whose quote falls inside [start, end) are the piece's.
 */
export interface IndexPiece extends Omit<ArticlePiece, 'from' | 'to'>, Span {}

/** An article as the app shows it. */
export interface IndexArticle extends Omit<ArticleMeta, 'notBody' | 'pieces'> {
	/** Where the verbatim text is served, relative to the data folder. */
	textPath: string;
	body: Span[];
	excluded: ExcludedSpan[];
	sentenceCount: number;
	/** Republished pieces inside the page; the rest of the body is the page's own (its outlet and authors). */
	pieces: IndexPiece[];
}

/** A claim with the span of its quote in the article and the sentence(s) it stands in. */
export interface IndexClaim {
	article: string;
	quote: string;
	start: number;
	end: number;
	stance: 'reports' | 'denies' | 'disputes';
	detail?: string;
	/** Whom the source itself credits ("American officials", "Human Rights Watch"), if anyone. */
	attributedTo?: string;
	/** The id of the event aspect this claim is about (see {@link IndexEvent.aspects}); absent: the whole event. */
	aspect?: string;
	/** The id of the republished piece the quote belongs to; absent: the page's own text. */
	piece?: string;
}

/** How an event's place is known: a quoted phrase that places it, or the editors' inference. */
export interface IndexEventPlace {
	place: string;
	role: 'location' | 'origin' | 'destination' | 'target';
	/** The words of a claim that place the event here (an article span), when a quote does. */
	evidence?: { article: string; start: number; end: number; text: string };
	/** Why the editors put the event here when no quote places it. Drawn and labelled as inferred. */
	inferred?: string;
}

/** An event with its claims located in their articles. */
export interface IndexEvent extends Omit<Event, 'claims' | 'places'> {
	claims: IndexClaim[];
	places: IndexEventPlace[];
	/** True where a source denies or disputes the event as a whole. */
	contested: boolean;
	/** Ids of the aspects (parts) of the event that a source denies or disputes. */
	contestedAspects: string[];
	/** Milliseconds since the epoch: the first and last instant the event's date covers. */
	t0: number;
	t1: number;
}

/** A dated link between a group and a sub-unit: "Kataib Hezbollah in the PMF from 2014-06". */
export interface GroupLink {
	group: string;
	/** First and last instant (ms since the epoch) the link holds; absent: open-ended. */
	t0?: number;
	t1?: number;
}

/** A group with its sub-units (dated), so "IRGC and its sub-units" is one lookup. */
export interface IndexGroup extends Group {
	children: GroupLink[];
}

/** A group or person named in the same sentence as a place: "named together", not a reported event. */
export interface CoMention {
	place: string;
	actor: string;
	sentence: string;
}

/** A place the articles name, as the lists and panels show it. */
export interface IndexPlace {
	id: string;
	name: string;
	kind: string;
	country: string | null;
	iso3166?: string;
	lat: number;
	lon: number;
	precision: 'exact' | 'approximate';
	aliases: string[];
	names: Record<string, string>;
	/** Where the place comes from: the curated gazetteer, GeoNames, or a person's hand on the map (see `coordSource`). */
	source: 'curated' | 'geonames' | 'hand';
	/** "geonames:98182", "natural-earth", "manual"…; "hand:<article id>" for a point a person placed in reviewing that article. */
	coordSource: string;
	mentionCount: number;
	articles: string[];
	events: string[];
	/** Actors that take part in events reported here. */
	reportedActors: string[];
	/** Actors named in the same sentence as this place. */
	namedWithActors: string[];
	/** True when only machine-read, unreviewed articles name the place: drawn and labelled as such. */
	unreviewed?: boolean;
}

/** The corpus as the page presents it: from `geodata/corpus.json`, with bounds derived when not given. */
export interface IndexCorpus {
	title?: string;
	description?: string;
	focusCountries: string[];
	/** [[west, south], [east, north]]: the view the map opens on. */
	bounds: [[number, number], [number, number]];
}

export interface AtlasIndex {
	version: 1;
	corpus: IndexCorpus;
	articles: IndexArticle[];
	places: IndexPlace[];
	groups: IndexGroup[];
	people: Person[];
	events: IndexEvent[];
	sentences: Sentence[];
	mentions: Mention[];
	coMentions: CoMention[];
}

/** A citation located in its article, as the presentation shows it. */
export interface IndexCitation {
	article: string;
	quote: string;
	start: number;
	end: number;
}

/** A story as the presentation reads it (`static/data/stories.json`). */
export interface IndexStory {
	id: string;
	title: string;
	description: string;
	file: string;
	steps: {
		heading: string;
		text: string;
		notes: string;
		view: string;
		citations: IndexCitation[];
	}[];
}

/**
 * A claim as the first view carries it: where it stands and who says it, without the quote's words —
 * those come with the place's or the article's bundle when it is opened.
 */
export type ClaimRef = Omit<IndexClaim, 'quote' | 'detail'>;

/** An event as the first view carries it: everything the filters, map, list and timeline need. */
export interface EventCard extends Omit<IndexEvent, 'claims' | 'places' | 'editorNote'> {
	claims: ClaimRef[];
	places: Omit<IndexEventPlace, 'evidence'>[];
}

/** An article as the first view carries it; its spans and recognised names come with its bundle. */
export type ArticleCard = Omit<IndexArticle, 'body' | 'excluded'>;

/**
 * The first-view index (`static/data/index.json`, version 2): ids, names, facets and counts — no
 * sentence, mention or quote text, which per-place and per-article bundles carry, so the first view
 * stays small however many articles the corpus has.
 */
export interface FirstViewIndex {
	version: 2;
	corpus: IndexCorpus;
	/**
	 * Present when the events and links layers are served as vector tiles (PMTiles archives under
	 * `data/`, read with range requests) instead of the GeoJSON files; a missing archive has no features.
	 */
	tiles?: { events?: string; links?: string; maxZoom: number };
	articles: ArticleCard[];
	places: IndexPlace[];
	groups: IndexGroup[];
	people: Person[];
	events: EventCard[];
}

/**
 * One page of what the source panel of a place needs (`static/data/places/<id>.json` and its further
 * pages, see bundles/place-pages.ts): the sentences that name it (with their text) in a run of its
 * articles, the names in those sentences as spans, and a run of the events there in full.
 */
export interface PlaceBundle {
	version: 2;
	place: string;
	/** This page (0-based) and how many the place has: `data/places/<id>.json`, then `<id>.page-2.json`, … */
	page: number;
	pages: number;
	/** The articles this page covers, in the panel's order (some cite the place for an event only). */
	articles: string[];
	/** Over all pages: the articles whose sentences name the place, those sentences, and its events. */
	totals: { articles: number; sentences: number; events: number };
	sentences: Sentence[];
	/** Mentions inside those sentences — the place's own and the actors named with it — as spans, without text. */
	mentions: Omit<Mention, 'text'>[];
	events: IndexEvent[];
}

/**
 * What the reader of one article needs (`static/data/articles/<id>.json`) beside its text file: the body
 * and excluded spans, the sentences and every recognised name as spans, and the claims quoted from it.
 */
export interface ArticleBundle {
	version: 2;
	article: string;
	body: Span[];
	excluded: ExcludedSpan[];
	sentences: Span[];
	mentions: Omit<Mention, 'text' | 'article'>[];
	claims: { event: string; claim: number; start: number; end: number; stance: IndexClaim['stance'] }[];
}
