/** Shapes shared by the pipeline and the app. Offsets are JavaScript string indices (UTF-16). */

/** A half-open range [start, end) of an article's text. */
export interface Span {
	start: number;
	end: number;
}

/** What a recognised name refers to. */
export type TargetKind = 'place' | 'group' | 'person' | 'not-place';

/** One entry of the name index: a spelling and the records it may name. */
export interface NameTarget {
	kind: TargetKind;
	id: string;
}

/** A name found in a text, before places are resolved. */
export interface NameMatch extends Span {
	text: string;
	targets: NameTarget[];
}

/** A sentence of an article body. */
export interface Sentence extends Span {
	id: string;
	article: string;
	text: string;
}

/** How one place mention was resolved, and why. */
export interface Resolution {
	placeId: string;
	/** "hand": a person put the place on the map by hand in reviewing the article (a "move" correction). */
	source: 'curated' | 'geonames' | 'hand';
	candidates: number;
	reason: string;
}

/** A place or actor named in an article body, with the sentence it stands in. */
export interface Mention extends Span {
	article: string;
	text: string;
	kind: 'place' | 'group' | 'person';
	id: string;
	sentence: string;
	resolution?: Resolution;
}
