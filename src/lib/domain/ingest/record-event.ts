/**
 * An event a person records from a sentence of an added article, as `geodata/events.json` holds it:
 * the selected words are the claim's quote (the build checks them verbatim, as for the shipped corpus),
 * and whatever the quote does not say — the date, a place, a participant — is marked as the editors'
 * inference, with why. A place the machine found becomes a curated gazetteer entry, since an event
 * must stand on a place a person has accepted.
 */
import type { IndexPlace } from '../atlas-index';
import { unstatedDateParts } from '../evidence/date-evidence';
import type { Event, EventType, GazetteerPlace } from '../records/schema';
import { textHash } from './draft-article';
import { slug } from '../text/slug';

/** What the person recording the event chose. */
export interface EventChoice {
	article: string;
	quote: string;
	/** Which occurrence of the quote in the article, when it occurs more than once. */
	occurrence?: number;
	title: string;
	type: EventType;
	date: { start: string; precision: 'day' | 'month' | 'year' };
	stance: 'reports' | 'denies' | 'disputes';
	places: { place: string; role: 'location' | 'origin' | 'destination' | 'target' }[];
	participants: { actor: string; role: string }[];
}

/** What the record needs to know of the article, its places and the actors. */
export interface EventContext {
	articleDate: string;
	places: ReadonlyMap<string, Pick<IndexPlace, 'id' | 'name' | 'aliases'>>;
	actors: ReadonlyMap<string, { name: string; aliases: readonly string[] }>;
}

/** Words after which a place name says where something happened (the word before it, without its spaces). */
const LOCATIVE = /\b(?:in|at|to|from|near|into|outside|inside|towards?|across|around|of|visited|reached|entered|left)$/i;

/**
 * The event record for `choice`.
 *
 * @example recordEvent({ …, quote: 'Protesters gathered in Kyiv on Monday', places: [{ place: 'kyiv', role: 'location' }] }, ctx).places[0].quoted === 'in Kyiv'
 */
export function recordEvent(choice: EventChoice, ctx: EventContext): Event {
	const q = choice.quote;
	const unstated = unstatedDateParts(choice.date.start, [q]);
	return {
		id: `${slug(choice.title, 6, 'event')}-${textHash(`${choice.article}\u0000${q}\u0000${choice.title}`).slice(0, 6)}`,
		title: choice.title.trim(),
		date: {
			start: choice.date.start,
			precision: choice.date.precision,
			...(unstated.length ? { inferred: `The quote does not state ${unstated.join(', ')}: given by the person who recorded the event (the article is dated ${ctx.articleDate}).` } : {})
		},
		type: choice.type,
		places: choice.places.map(({ place, role }) => {
			const p = ctx.places.get(place);
			const quoted = p && placingWords(q, [p.name, ...p.aliases]);
			return quoted
				? { place, role, quoted }
				: { place, role, inferred: `The quote does not say it happened at ${p?.name ?? place}; the person who recorded the event put it there from the article.` };
		}),
		participants: choice.participants.map(({ actor, role }) => {
			const a = ctx.actors.get(actor);
			const named = a && [a.name, ...a.aliases].some((n) => q.toLowerCase().includes(n.toLowerCase()));
			return named ? { actor, role } : { actor, role, inferred: `The quote does not name ${a?.name ?? actor}; the person who recorded the event adds them from the article.` };
		}),
		aspects: [],
		claims: [{ article: choice.article, quote: q, stance: choice.stance, ...(choice.occurrence && choice.occurrence > 1 ? { occurrence: choice.occurrence } : {}) }]
	};
}

/**
 * The curated gazetteer entry for a place only the machine found (`geonames-<id>`), so that an event
 * can stand on it; a curated place needs none.
 */
export function acceptedPlace(p: IndexPlace): GazetteerPlace | undefined {
	const m = p.id.match(/^geonames-(\d+)$/);
	if (!m) return undefined;
	return {
		id: p.id,
		name: p.name,
		kind: p.kind as GazetteerPlace['kind'],
		country: p.country && /^[A-Z]{2}$/.test(p.country) ? p.country : null,
		lat: p.lat,
		lon: p.lon,
		precision: p.precision,
		capital: false,
		coordSource: { kind: 'geonames', id: m[1]!, note: 'Found by the geoparser in an added article; accepted when an event was recorded there.' },
		aliases: [...new Set([p.name, ...p.aliases])],
		names: p.names,
		demonyms: []
	};
}

/** "in Kyiv" when the quote names the place after a locative word; otherwise undefined. */
function placingWords(quote: string, names: readonly string[]): string | undefined {
	for (const name of [...names].sort((a, b) => b.length - a.length)) {
		let at = quote.indexOf(name);
		while (at >= 0) {
			const before = wordBefore(quote, at);
			if (before && LOCATIVE.test(before.word)) return `${quote.slice(before.start, at)}${name}`;
			at = quote.indexOf(name, at + 1);
		}
	}
	return undefined;
}

/**
 * The word and the white space just before `at` in `text` (where /(\S+\s+)$/ matches `text.slice(0, at)`),
 * found by scanning back from `at`: that pattern retried every start in the text before each occurrence of
 * a name, quadratic in the quote (2 s a call on a long selection).
 */
function wordBefore(text: string, at: number): { word: string; start: number } | undefined {
	let space = at;
	while (space > 0 && WHITE.test(text[space - 1]!)) space--;
	if (space === at) return undefined;
	let start = space;
	while (start > 0 && !WHITE.test(text[start - 1]!)) start--;
	return start === space ? undefined : { word: text.slice(start, space), start };
}

const WHITE = /\s/;
