/**
 * The whole build, without I/O: curated inputs and article texts in, the GeoJSON layers and the JSON
 * index out. Every cross-reference and every quote is checked first; any problem stops the build
 * with all problems listed.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { AtlasIndex, GroupLink, IndexCorpus, IndexArticle, IndexClaim, IndexEvent, IndexEventPlace, IndexGroup, IndexPlace, IndexStory } from './atlas-index';
import { dateProblem } from './evidence/date-evidence';
import { participantProblem, type ActorRef } from './evidence/participant-evidence';
import { placeEvidence } from './evidence/place-evidence';
import { longitudeSpan } from './layers/longitude-span';
import { titleProblem } from './evidence/title-attribution';
import { locatePieces } from './text/locate-pieces';
import { matchNames } from './extract/match-names';
import { readingPlaceId, recogniseArticle } from './extract/recognise-article';
import { buildNameIndex, type AliasRecord } from './gazetteer/build-name-index';
import type { FallbackGazetteer, FallbackPlace } from './gazetteer/fallback-gazetteer';
import type { GeoparsedToponym } from './geoparse/geoparse-text';
import { placeKindOf } from './geoparse/place-kind';
import { groupBy } from './group-by';
import { buildEventsLayer } from './layers/build-events-layer';
import { buildLinksLayer } from './layers/build-links-layer';
import { buildPlacesLayer } from './layers/build-places-layer';
import { checkDate, dateBounds } from './records/check-date';
import { InputError, type InputProblem } from './records/input-problem';
import { locateQuote } from './records/locate-quote';
import type { Actors, ArticleMeta, CorpusConfig, Event, Gazetteer, GazetteerPlace, Events, Story } from './records/schema';
import type { PlaceKind } from './records/vocabulary';
import { checkStories } from './story/check-stories';
import { bodyLayout } from './text/body-spans';
import type { Mention, Sentence } from './types';

/** One article: its text file, its metadata file and both contents. */
export interface ArticleInput {
	file: string;
	metaFile: string;
	meta: ArticleMeta;
	text: string;
}

/** Everything the build reads, already parsed against the schemas. */
export interface GeodataInputs {
	articles: ArticleInput[];
	gazetteer: { file: string; data: Gazetteer };
	actors: { file: string; data: Actors };
	events: { file: string; data: Events };
	/** What the editors say about the corpus (`geodata/corpus.json`); optional. */
	corpus?: { file: string; data: CorpusConfig };
	/** Presentations; each step's view and citations are checked against the built index. */
	stories?: { file: string; data: Story }[];
	/** Things worth saying that are not errors (a byte-order mark dropped). */
	warnings?: string[];
	/** Country outlines by ISO code: a place outside its country whose swapped lat/lon is inside is refused. */
	countryShapes?: ReadonlyMap<string, Feature<Polygon | MultiPolygon>>;
	/** GeoNames namesakes of curated names ("Washington" the state), weighed when a curated name is resolved. */
	fallback: FallbackGazetteer;
	/** GeoNames places by id, for a curated name resolved to a namesake. */
	fallbackById?: ReadonlyMap<number, FallbackPlace>;
	/**
	 * The geoparser's reading of each unreviewed article, by article id: its toponyms over the whole text.
	 * Their literal places join the curated ones on the map, marked machine-found (see recognise-article.ts).
	 */
	machine?: ReadonlyMap<string, readonly GeoparsedToponym[]>;
}

/** The build's outputs: three layers and the index. */
export interface GeodataOutputs {
	places: FeatureCollection<Point>;
	events: FeatureCollection<Point>;
	links: FeatureCollection<LineString>;
	index: AtlasIndex;
	stories: IndexStory[];
}

/**
 * Builds the layers and index from the inputs, or throws an InputError listing every problem.
 *
 * @example buildGeodata(await loadInputs('geodata')).places.features.length > 0
 */
export function buildGeodata(inputs: GeodataInputs): GeodataOutputs {
	const problems: InputProblem[] = [];
	const records = checkRecords(inputs, problems);
	const layouts = layoutArticles(inputs.articles, problems);
	const indexEvents = indexEventsOf(inputs, records, layouts, problems);
	if (problems.length) throw new InputError(problems);

	const { gazetteer, actors } = inputs;
	const ctx = { index: buildNameIndex(aliasRecords(gazetteer.data, actors.data)), places: records.placeById, fallback: inputs.fallback };
	const { sentences, mentions, articles } = recogniseArticles(layouts, ctx, inputs.machine);
	const unreviewedArticles = new Set(articles.filter((a) => a.review === 'unreviewed').map((a) => a.id));
	const places = collectPlaces(mentions, indexEvents, records.placeById, machinePlaces(inputs.machine), inputs.fallbackById, unreviewedArticles);
	const index: AtlasIndex = {
		version: 1,
		corpus: describeCorpusConfig(inputs.corpus?.data, places),
		articles,
		places,
		groups: indexGroups(actors.data),
		people: actors.data.people,
		events: indexEvents,
		sentences: citedSentences(sentences, mentions, indexEvents),
		mentions,
		coMentions: collectCoMentions(mentions)
	};
	const stories = checkStories(inputs.stories ?? [], index, (id) => layouts.get(id));
	if (stories.problems.length) throw new InputError(stories.problems);
	return {
		stories: stories.stories,
		places: buildPlacesLayer(places),
		events: buildEventsLayer(indexEvents, places),
		links: buildLinksLayer(indexEvents, places),
		index
	};
}

/** The curated records by id, once each. */
interface RecordsById {
	placeById: Map<string, GazetteerPlace>;
	groupById: Map<string, Actors['groups'][number]>;
	personById: Map<string, Actors['people'][number]>;
}

/** Checks ids are unique and the gazetteer's and actors' records are sound; returns the records by id. */
function checkRecords(inputs: GeodataInputs, problems: InputProblem[]): RecordsById {
	const { gazetteer, actors, events } = inputs;
	const placeById = uniqueById(gazetteer.data.places, gazetteer.file, 'place', problems);
	const groupById = uniqueById(actors.data.groups, actors.file, 'group', problems);
	const personById = uniqueById(actors.data.people, actors.file, 'person', problems);
	for (const id of personById.keys()) {
		if (groupById.has(id)) problems.push({ file: actors.file, where: `person "${id}"`, message: 'a group has the same id; give one of them another id' });
	}
	uniqueById(inputs.articles.map((a) => a.meta), 'geodata/articles', 'article', problems);
	uniqueById(events.data.events, events.file, 'event', problems);
	checkGazetteer(gazetteer.file, gazetteer.data.places, placeById, problems, inputs.countryShapes);
	checkActors(actors.file, actors.data, groupById, problems);
	return { placeById, groupById, personById };
}

/** An article with its body layout and located pieces. */
interface LaidOutArticle {
	input: ArticleInput;
	layout: ReturnType<typeof bodyLayout>;
	pieces: ReturnType<typeof locatePieces>['pieces'];
}

/** Each article's body, pieces and date, checked; by article id. */
function layoutArticles(articles: readonly ArticleInput[], problems: InputProblem[]): Map<string, LaidOutArticle> {
	return new Map(
		articles.map((a) => {
			const layout = bodyLayout(a.text, a.meta.notBody);
			for (const p of layout.problems) problems.push({ file: a.metaFile, where: `notBody[${p.index}]`, message: p.message });
			const pieces = locatePieces(a.text, a.meta.pieces);
			for (const p of pieces.problems) problems.push({ file: a.metaFile, where: `pieces[${p.index}].${p.field}`, message: p.message });
			const bad = checkDate(a.meta.published.date);
			if (bad) problems.push({ file: a.metaFile, where: 'published.date', message: `${a.meta.published.date} is not a date: ${bad}` });
			if (!a.text.trim()) problems.push({ file: a.file, message: 'the article is empty; remove it or restore its text' });
			return [a.meta.id, { input: a, layout, pieces: pieces.pieces }] as const;
		})
	);
}

/** Every event checked and indexed: its references, dates, located claims and the evidence for its places. */
function indexEventsOf(inputs: GeodataInputs, records: RecordsById, layouts: ReadonlyMap<string, LaidOutArticle>, problems: InputProblem[]): IndexEvent[] {
	const { gazetteer, actors, events } = inputs;
	const evidence = evidenceContext(gazetteer.data, actors.data);
	return [...events.data.events.entries()].map(([n, event]) => {
		const report = (field: string, message: string) => problems.push({ file: events.file, where: `event "${event.id}" (#${n + 1}) › ${field}`, message });
		for (const [k, p] of event.places.entries()) {
			if (!records.placeById.has(p.place)) report(`places[${k}].place`, `no place "${p.place}" in ${gazetteer.file}; add it there or fix the id`);
		}
		for (const [k, p] of event.participants.entries()) {
			if (!records.groupById.has(p.actor) && !records.personById.has(p.actor)) report(`participants[${k}].actor`, `no group or person "${p.actor}" in ${actors.file}; add it there or fix the id`);
		}
		for (const field of ['start', 'end'] as const) {
			const value = event.date[field];
			const bad = value && checkDate(value);
			if (bad) report(`date.${field}`, `${value} is not a date: ${bad}`);
		}
		if (event.date.end && event.date.end < event.date.start) report('date.end', `ends (${event.date.end}) before it starts (${event.date.start})`);
		const claims = locateClaims(event, layouts, report);
		const located = claims.length === event.claims.length;
		const places = located ? checkEventEvidence(event, claims, evidence, (id) => layouts.get(id)!.input, report) : [];
		const [t0] = dateBounds(event.date.start);
		const [, t1] = dateBounds(event.date.end ?? event.date.start);
		const wholeDisputed = claims.some((c) => c.stance !== 'reports' && !c.aspect);
		const contestedAspects = [...new Set(claims.filter((c) => c.stance !== 'reports' && c.aspect).map((c) => c.aspect!))];
		return { ...event, places, claims, contested: wholeDisputed, contestedAspects, t0, t1 };
	});
}

/** An event's claims with their quotes found in the article text; a claim that cannot be located is reported and left out. */
function locateClaims(event: Event, layouts: ReadonlyMap<string, LaidOutArticle>, report: (field: string, message: string) => void): IndexClaim[] {
	const aspectIds = new Set(event.aspects.map((a) => a.id));
	return event.claims.flatMap((claim, k): IndexClaim[] => {
		const article = layouts.get(claim.article);
		if (!article) {
			report(`claims[${k}].article`, `no article "${claim.article}" in geodata/articles; use one of: ${[...layouts.keys()].join(', ')}`);
			return [];
		}
		if (claim.aspect && !aspectIds.has(claim.aspect)) report(`claims[${k}].aspect`, `no aspect "${claim.aspect}" in this event's "aspects"; add it there or fix the id`);
		const found = locateQuote(article.input.text, claim.quote, article.layout.body, article.layout.excluded, claim.occurrence);
		if (!found.ok) {
			report(`claims[${k}].quote`, `${found.message} (article ${claim.article}, ${article.input.file})`);
			return [];
		}
		const { occurrence: _occurrence, ...rest } = claim;
		const piece = article.pieces.find((p) => p.start <= found.span.start && found.span.end <= p.end);
		return [{ ...rest, start: found.span.start, end: found.span.end, ...(piece ? { piece: piece.id } : {}) }];
	});
}

/** Recognises every article's body: its sentences and mentions, and its entry in the index. */
function recogniseArticles(
	layouts: ReadonlyMap<string, LaidOutArticle>,
	ctx: Parameters<typeof recogniseArticle>[3],
	machine: GeodataInputs['machine']
): { sentences: Sentence[]; mentions: Mention[]; articles: IndexArticle[] } {
	const sentences: Sentence[] = [];
	const mentions: Mention[] = [];
	const articles: IndexArticle[] = [];
	for (const { input, layout, pieces } of layouts.values()) {
		const unreviewed = input.meta.review === 'unreviewed';
		const reading = unreviewed ? machine?.get(input.meta.id) : undefined;
		// A confirmation changes no place; every other correction is a person's reading of those words.
		const corrected = unreviewed ? (input.meta.corrections ?? []).filter((c) => c.action !== 'confirm') : [];
		const recognised = recogniseArticle(input.meta.id, input.text, layout.body, ctx, reading, corrected);
		// One at a time: spreading an article's tens of thousands of mentions as arguments overflows the stack.
		for (const s of recognised.sentences) sentences.push(s);
		for (const m of recognised.mentions) mentions.push(m);
		const { notBody: _notBody, pieces: _pieces, ...meta } = input.meta;
		articles.push({ ...meta, textPath: `articles/${input.meta.file}`, body: layout.body, excluded: layout.excluded, sentenceCount: recognised.sentences.length, pieces });
	}
	return { sentences, mentions, articles };
}

/** What the evidence checks look names up in, built once per build. */
interface EvidenceContext {
	/** Every place's spellings (kind "place") and demonyms (kind "not-place", id = the place's id). */
	placeNames: ReturnType<typeof buildNameIndex>;
	/** Every name of every record, for finding which actors a quote names. */
	allNames: ReturnType<typeof buildNameIndex>;
	places: ReadonlyMap<string, GazetteerPlace>;
	actors: ReadonlyMap<string, ActorRef & { name: string; aliases: readonly string[] }>;
}

function evidenceContext(gazetteer: Gazetteer, actors: Actors): EvidenceContext {
	const demonyms = gazetteer.places.flatMap((p) => p.demonyms.map((alias) => ({ alias, target: { kind: 'not-place' as const, id: p.id } })));
	const spelled = gazetteer.places.flatMap((p) => spellings(p).map((alias) => ({ alias, target: { kind: 'place' as const, id: p.id } })));
	const countryPlace = new Map(gazetteer.places.filter((p) => p.kind === 'country' && p.country).map((p) => [p.country!, p.id]));
	const refs = [
		...actors.groups.map((g) => ({ id: g.id, name: g.name, aliases: g.aliases, countryPlace: g.type === 'government' && g.country ? countryPlace.get(g.country) : undefined })),
		...actors.people.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases }))
	];
	return {
		placeNames: buildNameIndex([...spelled, ...demonyms]),
		allNames: buildNameIndex([...aliasRecords(gazetteer, actors), ...demonyms]),
		places: new Map(gazetteer.places.map((p) => [p.id, p])),
		actors: new Map(refs.map((r) => [r.id, r]))
	};
}

/**
 * Checks an event against its located quotes — each place quoted or inferred, each participant named
 * or inferred, the date no more precise than the quotes, the title attributed where the sources hedge —
 * and returns its places with their evidence.
 */
function checkEventEvidence(
	event: Event,
	claims: readonly IndexClaim[],
	ctx: EvidenceContext,
	article: (id: string) => ArticleInput,
	report: (field: string, message: string) => void
): IndexEventPlace[] {
	const places = event.places.flatMap((p, k) => {
		const place = ctx.places.get(p.place);
		if (!place) return [];
		const checked = placeEvidence(p, claims, (id) => article(id).text, place, ctx.placeNames);
		if (checked.ok) return [checked.place];
		report(`places[${k}]`, checked.message);
		return [];
	});
	const named = claims.flatMap((c) => matchNames(article(c.article).text, [c], ctx.allNames));
	const unnamed: string[] = [];
	event.participants.forEach((p, k) => {
		const actor = ctx.actors.get(p.actor);
		if (!actor) return;
		const problem = participantProblem(p, actor, named);
		if (problem) report(`participants[${k}]`, problem);
		if (p.inferred) unnamed.push(actor.name, ...actor.aliases.filter((a) => a.length > 4 && /\s/.test(a)));
	});
	const dateIssue = dateProblem(event.date, claims.map((c) => c.quote));
	if (dateIssue) report('date', dateIssue);
	const opinion = (id: string) => ['opinion', 'blog'].includes(article(id).meta.genre ?? 'news');
	const titleIssue = titleProblem(event.title, event.type, claims.map((c) => ({ quote: c.quote, opinion: opinion(c.article), aspect: c.aspect })), unnamed);
	if (titleIssue) report('title', titleIssue);
	return places;
}

function uniqueById<T extends { id: string }>(records: readonly T[], file: string, noun: string, problems: InputProblem[]): Map<string, T> {
	const byId = new Map<string, T>();
	records.forEach((r, n) => {
		if (byId.has(r.id)) problems.push({ file, where: `${noun} "${r.id}" (#${n + 1})`, message: `duplicate id: another ${noun} already has id "${r.id}"; ids must be unique` });
		else byId.set(r.id, r);
	});
	return byId;
}

function checkGazetteer(
	file: string,
	places: readonly GazetteerPlace[],
	byId: ReadonlyMap<string, GazetteerPlace>,
	problems: InputProblem[],
	countryShapes: GeodataInputs['countryShapes']
) {
	places.forEach((p, n) => {
		const where = (field: string) => `place "${p.id}" (#${n + 1}) › ${field}`;
		if (p.within && !byId.has(p.within)) problems.push({ file, where: where('within'), message: `no place "${p.within}" in the gazetteer; add the region or fix the id` });
		// GeoJSON and GeoNames order lon before lat, people write lat first: a swapped pair is the usual slip.
		const shape = p.country ? countryShapes?.get(p.country) : undefined;
		if (shape && !booleanPointInPolygon([p.lon, p.lat], shape) && Math.abs(p.lon) <= 90 && booleanPointInPolygon([p.lat, p.lon], shape)) {
			problems.push({ file, where: where('lat, lon'), message: `(${p.lat}, ${p.lon}) lies outside ${p.country}, but (${p.lon}, ${p.lat}) lies inside: lat and lon look swapped` });
		}
	});
}

function checkActors(file: string, data: Actors, groups: ReadonlyMap<string, unknown>, problems: InputProblem[]) {
	data.groups.forEach((g, n) =>
		g.parents.forEach((link, k) => {
			const where = `group "${g.id}" (#${n + 1}) › parents[${k}]`;
			if (!groups.has(link.group)) problems.push({ file, where: `${where}.group`, message: `no group "${link.group}"; add it or fix the id` });
			if (link.group === g.id) problems.push({ file, where: `${where}.group`, message: 'a group cannot be its own parent' });
			for (const field of ['from', 'to'] as const) {
				const bad = link[field] && checkDate(link[field]);
				if (bad) problems.push({ file, where: `${where}.${field}`, message: `${link[field]} is not a date: ${bad}` });
			}
			if (link.from && link.to && link.to < link.from) problems.push({ file, where: `${where}.to`, message: `ends (${link.to}) before it starts (${link.from})` });
		})
	);
	data.people.forEach((p, n) =>
		p.roles.forEach((r, k) => {
			if (!groups.has(r.group)) problems.push({ file, where: `person "${p.id}" (#${n + 1}) › roles[${k}].group`, message: `no group "${r.group}"; add it or fix the id` });
		})
	);
}

/** The corpus config with its bounds filled in from the places when the editors gave none. */
function describeCorpusConfig(config: CorpusConfig | undefined, places: readonly IndexPlace[]): IndexCorpus {
	const { bounds, layers: _layers, ...rest } = config ?? { focusCountries: [] };
	return { ...rest, bounds: bounds ?? placeBounds(places) };
}

/**
 * The box around the places, padded by a tenth of its size (at least a degree): countries count only
 * when no smaller place exists, since a country's centre says little about where the reporting is.
 */
export function placeBounds(places: readonly Pick<IndexPlace, 'lat' | 'lon' | 'kind'>[]): [[number, number], [number, number]] {
	const local = places.filter((p) => p.kind !== 'country');
	const pts = local.length ? local : places;
	if (!pts.length) return [[-170, -60], [170, 75]];
	// Across the antimeridian when that is the narrower way round: the east end then passes 180°.
	const [w, e] = longitudeSpan(pts.map((p) => p.lon));
	const lats = pts.map((p) => p.lat);
	const [s, n] = [Math.min(...lats), Math.max(...lats)];
	const padX = Math.max(1, (e - w) / 10);
	const padY = Math.max(1, (n - s) / 10);
	const west = Math.max(-180, w - padX);
	return [
		[west, Math.max(-85, s - padY)],
		[Math.min(west + 360, e > 180 ? e + padX : Math.min(180, e + padX)), Math.min(85, n + padY)]
	];
}

/** Groups with their dated sub-unit links, so the filter can ask "in the PMF on that date?". */
function indexGroups(data: Actors): IndexGroup[] {
	const children = new Map<string, GroupLink[]>();
	for (const g of data.groups) {
		for (const link of g.parents) {
			const dated: GroupLink = { group: g.id };
			if (link.from) dated.t0 = dateBounds(link.from)[0];
			if (link.to) dated.t1 = dateBounds(link.to)[1];
			children.set(link.group, [...(children.get(link.group) ?? []), dated]);
		}
	}
	return data.groups.map((g) => ({ ...g, children: children.get(g.id) ?? [] }));
}

/** Every alias of every curated record, as the name index takes them. */
export function aliasRecords(gazetteer: Gazetteer, actors: Actors): AliasRecord[] {
	return [
		...gazetteer.places.flatMap((p) => spellings(p).map((alias) => ({ alias, target: { kind: 'place' as const, id: p.id } }))),
		...gazetteer.notPlaces.map((n) => ({ alias: n.text, target: { kind: 'not-place' as const, id: n.text } })),
		...actors.notActors.map((n) => ({ alias: n.text, target: { kind: 'not-place' as const, id: n.text } })),
		...actors.groups.flatMap((g) => spellings(g).map((alias) => ({ alias, target: { kind: 'group' as const, id: g.id } }))),
		...actors.people.flatMap((p) => spellings(p).map((alias) => ({ alias, target: { kind: 'person' as const, id: p.id } })))
	];
}

/** Every spelling a record may be named by: its name, its aliases and its native names. */
function spellings(record: { name: string; aliases: readonly string[]; names: Record<string, string> }): string[] {
	return [record.name, ...record.aliases, ...Object.values(record.names)];
}

/** A place the geoparser found (or a person placed by hand), as the map shows it. */
interface MachinePlace {
	name: string;
	/** The name and every spelling the articles use for it. */
	aliases: string[];
	kind: PlaceKind;
	country: string | null;
	lat: number;
	lon: number;
	source: 'geonames' | 'hand';
	/** "geonames:<id>", or "hand:<article id>" for a point a person put on the map. */
	coordSource: string;
	/** A point dragged by hand is no more precise than a hand on a map. */
	precision: 'exact' | 'approximate';
}

/** The places of the machine readings, by their map id. */
function machinePlaces(readings: GeodataInputs['machine']): Map<string, MachinePlace> {
	const out = new Map<string, MachinePlace>();
	for (const [article, toponyms] of readings ?? []) {
		for (const t of toponyms) {
			const id = readingPlaceId(article, t);
			if (t.type !== 'literal' || id === undefined || t.lat === null || t.lon === null || t.name === null) continue;
			const known = out.get(id);
			if (known) {
				if (!known.aliases.includes(t.text)) known.aliases.push(t.text);
				continue;
			}
			const where = t.byHand
				? { source: 'hand' as const, coordSource: `hand:${article}`, precision: 'approximate' as const }
				: { source: 'geonames' as const, coordSource: `geonames:${t.geonameId}`, precision: 'exact' as const };
			out.set(id, { name: t.name, aliases: [...new Set([t.name, t.text])], kind: placeKindOf(t.kind ?? ''), country: t.country || null, lat: t.lat, lon: t.lon, ...where });
		}
	}
	return out;
}

/** A GeoNames namesake a curated name was resolved to, as the map shows it. */
function namesake(g: FallbackPlace | undefined): MachinePlace | undefined {
	if (!g) return undefined;
	return { name: g.name, aliases: [g.name], kind: namesakeKind(g), country: g.country, lat: g.lat, lon: g.lon, source: 'geonames', coordSource: `geonames:${g.geonameId}`, precision: 'exact' };
}

/** The map's kind for a GeoNames namesake: a national capital or a place of 100,000 people or more is a city. */
function namesakeKind(g: FallbackPlace): PlaceKind {
	return g.featureCode === 'PPLC' || g.population >= 100_000 ? 'city' : 'town';
}

function collectPlaces(
	mentions: readonly Mention[],
	events: readonly IndexEvent[],
	curated: ReadonlyMap<string, GazetteerPlace>,
	machine: ReadonlyMap<string, MachinePlace>,
	fallbackById: GeodataInputs['fallbackById'],
	unreviewedArticles: ReadonlySet<string>
): IndexPlace[] {
	// Lookups built once, so the whole step is linear in mentions and event places.
	const mentionsByPlace = groupBy(mentions.filter((m) => m.kind === 'place'), (m) => m.id);
	const actorsBySentence = groupBy(mentions.filter((m) => m.kind !== 'place'), (m) => m.sentence);
	const eventsByPlace = groupBy(
		events.flatMap((e) => [...new Set(e.places.map((p) => p.place))].map((place) => ({ place, e }))),
		(x) => x.place
	);
	const ids = new Set([...mentionsByPlace.keys(), ...eventsByPlace.keys()]);
	const out: IndexPlace[] = [];
	for (const id of ids) {
		const here = mentionsByPlace.get(id) ?? [];
		const evs = (eventsByPlace.get(id) ?? []).map((x) => x.e);
		const namedWith = [...new Set(here.map((m) => m.sentence))].flatMap((s) => (actorsBySentence.get(s) ?? []).map((m) => m.id));
		const base = {
			mentionCount: here.length,
			articles: unique(here.map((m) => m.article).concat(evs.flatMap((e) => e.claims.map((c) => c.article)))),
			events: evs.map((e) => e.id),
			reportedActors: unique(evs.flatMap((e) => e.participants.map((p) => p.actor))),
			namedWithActors: unique(namedWith),
			...(evs.length === 0 && here.length > 0 && here.every((m) => unreviewedArticles.has(m.article)) ? { unreviewed: true } : {})
		};
		const c = curated.get(id);
		if (c) {
			out.push({
				id, name: c.name, kind: c.kind, country: c.country, ...(c.iso3166 ? { iso3166: c.iso3166 } : {}), lat: c.lat, lon: c.lon,
				precision: c.precision, aliases: c.aliases, names: c.names, source: 'curated',
				coordSource: [c.coordSource.kind, c.coordSource.id].filter(Boolean).join(':'), ...base
			});
			continue;
		}
		const g = machine.get(id) ?? namesake(fallbackById?.get(Number(id.replace('geonames-', ''))));
		if (g) {
			out.push({
				id, name: g.name, kind: g.kind, country: g.country, lat: g.lat, lon: g.lon, precision: g.precision, aliases: g.aliases, names: {},
				source: g.source, coordSource: g.coordSource, ...base
			});
		}
	}
	return out.sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id));
}

/** The sentences a reader needs: those that name something, and those a claim quotes from. */
function citedSentences(sentences: readonly Sentence[], mentions: readonly Mention[], events: readonly IndexEvent[]): Sentence[] {
	const keep = new Set(mentions.map((m) => m.sentence));
	const byArticle = groupBy(sentences, (s) => s.article);
	for (const e of events) {
		for (const c of e.claims) {
			// An article's sentences are in text order: find the first that ends after the quote starts.
			const list = byArticle.get(c.article) ?? [];
			let lo = 0;
			let hi = list.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (list[mid]!.end <= c.start) lo = mid + 1;
				else hi = mid;
			}
			for (let k = lo; k < list.length && list[k]!.start < c.end; k++) keep.add(list[k]!.id);
		}
	}
	return sentences.filter((s) => keep.has(s.id));
}


function collectCoMentions(mentions: readonly Mention[]) {
	const bySentence = groupBy(mentions, (m) => m.sentence);
	const seen = new Set<string>();
	const out: { place: string; actor: string; sentence: string }[] = [];
	for (const [sentence, list] of bySentence) {
		for (const p of list.filter((m) => m.kind === 'place')) {
			for (const a of list.filter((m) => m.kind !== 'place')) {
				const key = `${p.id}|${a.id}|${sentence}`;
				if (!seen.has(key)) {
					seen.add(key);
					out.push({ place: p.id, actor: a.id, sentence });
				}
			}
		}
	}
	return out;
}

function unique<T>(xs: readonly T[]): T[] {
	return [...new Set(xs)];
}
