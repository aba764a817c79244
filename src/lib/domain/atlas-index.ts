/**
 * The JSON index the build writes beside the GeoJSON layers (`static/data/index.json`): everything the
 * app needs to show a place's sources — articles, groups, people, events with their cited spans, and
 * every mention with its sentence.
 */
import type { ArticleMeta, Event, Group, Person } from './records/schema';
import type { ExcludedSpan } from './text/body-spans';
import type { Mention, Sentence, Span } from './types';

/** An article as the app shows it. */
export interface IndexArticle extends Omit<ArticleMeta, 'notBody'> {
	/** Where the verbatim text is served, relative to the data folder. */
	textPath: string;
	body: Span[];
	excluded: ExcludedSpan[];
	sentenceCount: number;
}

/** A claim with the span of its quote in the article and the sentence(s) it stands in. */
export interface IndexClaim {
	article: string;
	quote: string;
	start: number;
	end: number;
	stance: 'reports' | 'denies' | 'disputes';
	detail?: string;
}

/** An event with its claims located in their articles. */
export interface IndexEvent extends Omit<Event, 'claims'> {
	claims: IndexClaim[];
	/** True where a source denies or disputes what another reports. */
	contested: boolean;
	/** Milliseconds since the epoch: the first and last instant the event's date covers. */
	t0: number;
	t1: number;
}

/** A group with the ids of its sub-units, so "IRGC and its sub-units" is one lookup. */
export interface IndexGroup extends Group {
	children: string[];
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
	source: 'curated' | 'geonames';
	coordSource: string;
	mentionCount: number;
	articles: string[];
	events: string[];
	/** Actors that take part in events reported here. */
	reportedActors: string[];
	/** Actors named in the same sentence as this place. */
	namedWithActors: string[];
}

export interface AtlasIndex {
	version: 1;
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
