/**
 * The evidence for each candidate before spatial coherence: a prior from what the place is, then
 * what the mention's words and the rest of the article say. Each piece is a small function that
 * gives points from the weights table and, when it speaks for the place, words for the reason.
 */
import { isCountryKind, type WorldPlace } from '../geoparse/world-gazetteer';
import { nameKey } from '../text/name-key';
import type { ArticleContext } from './article-context';
import { haversineKm } from './haversine-km';
import type { Candidate, MentionToResolve } from './resolve-mentions';
import type { ResolverWeights } from './resolver-weights';

/** A candidate with its score before spatial coherence, and the evidence for it in words. */
export interface BaseCandidate {
	c: Candidate;
	score: number;
	why: string[];
}

/** What every piece of evidence may look at. */
interface Scene {
	mention: MentionToResolve;
	/** The candidates weighed for this mention. */
	all: readonly Candidate[];
	context: ArticleContext;
	regionOf: (p: WorldPlace) => WorldPlace | undefined;
	w: Readonly<ResolverWeights>;
}

/** Points for a candidate and, if they speak for it, why. */
type Evidence = (c: Candidate, scene: Scene) => { points: number; why?: string };

/**
 * Each mention's candidates (the `candidatesPerName` best known), scored by their prior and the
 * evidence of the mention's words and the article.
 *
 * @example scoreEvidence([paris], [[parisFR, parisTX]], context, regionOf, RESOLVER_WEIGHTS)[0][1].why // ['qualified as "Paris, Texas"'] after "Paris, Texas"
 */
export function scoreEvidence(
	mentions: readonly MentionToResolve[],
	lists: readonly (readonly Candidate[])[],
	context: ArticleContext,
	regionOf: (p: WorldPlace) => WorldPlace | undefined,
	w: Readonly<ResolverWeights>
): BaseCandidate[][] {
	return lists.map((list, i) => {
		const all = list.slice(0, w.candidatesPerName);
		const scene: Scene = { mention: mentions[i]!, all, context, regionOf, w };
		return all.map((c) => scoreCandidate(c, scene));
	});
}

/** The evidence, in the order it is added (which keeps sums, and so ties, reproducible). */
const EVIDENCE: readonly Evidence[] = [curatedEntry, ownName, metonymy, regionNamedAfterCity, qualifier, articleCountry, articleRegion];

function scoreCandidate(c: Candidate, scene: Scene): BaseCandidate {
	let score = kindPrior(c, scene.w);
	const why: string[] = [];
	for (const evidence of EVIDENCE) {
		const e = evidence(c, scene);
		score += e.points;
		if (e.why) why.push(e.why);
	}
	return { c, score, why };
}

/** The prior: countries and demonyms first, then regions and capitals, then by population. */
function kindPrior({ place: p, demonym }: Candidate, w: Readonly<ResolverWeights>): number {
	if (demonym || isCountryKind(p.kind)) return w.priorCountry;
	if (p.kind === 'ADM1') return w.priorAdmin1 + w.priorPopulation * Math.log10(p.population + 1);
	if (p.kind === 'ADM2') return w.priorAdmin2;
	if (!/^[A-Z]/.test(p.kind)) return w.priorFeature;
	const pop = w.priorPopulation * Math.log10(p.population + 1);
	if (p.kind === 'PPLC') return w.priorCapital + pop;
	if (p.kind === 'PPLA') return w.priorAdmin1Seat + pop;
	if (p.kind === 'PPLA2') return w.priorAdmin2Seat + pop;
	return pop;
}

const NONE = { points: 0 };

/** A place in the curated gazetteer: its editors checked it is the one the corpus means. */
function curatedEntry(c: Candidate, { w }: Scene) {
	return c.source === 'curated' ? { points: w.curatedEntry, why: 'a curated gazetteer entry' } : NONE;
}

/** A place called by its own name beats one for which the name is only an alternate ("Mexico"). */
function ownName(c: Candidate, { mention, w }: Scene) {
	return mention.key && !c.demonym && nameKey(c.place.name) === mention.key ? { points: w.ownName } : NONE;
}

/** "Washington said": a government speaks, so the capital or the country is meant. */
function metonymy(c: Candidate, { mention, w }: Scene) {
	return mention.speaks && (c.place.kind === 'PPLC' || isCountryKind(c.place.kind)) ? { points: w.metonymy } : NONE;
}

/** A province named after its capital city ("Paris", "Basra"): the news usually means the city. */
function regionNamedAfterCity({ place: p }: Candidate, { all, regionOf, w }: Scene) {
	if (p.kind !== 'ADM1') return NONE;
	const city = all.some((o) => (o.place.kind === 'PPLA' || o.place.kind === 'PPLC') && o.place.country === p.country && (regionOf(o.place) === p || haversineKm(o.place.lat, o.place.lon, p.lat, p.lon) < w.regionNamedAfterCityKm));
	return city ? { points: -w.regionNamedAfterCity } : NONE;
}

/** "Paris, Texas": the qualifier names the candidate's region or country. */
function qualifier({ place: p }: Candidate, { mention, w }: Scene) {
	const q = mention.qualifier;
	if (!q) return NONE;
	const inside = (q.kind === 'ADM1' && p.country === q.country && p.admin1 === q.admin1) || (isCountryKind(q.kind) && p.country === q.country);
	return inside ? { points: w.qualifier, why: `qualified as "${mention.text}, ${q.name}"` } : NONE;
}

/** One unambiguous name of the country is the evidence; more of them do not make a namesake likelier. */
function articleCountry({ place: p }: Candidate, { mention, context, w }: Scene) {
	const cw = context.countryWeightFor(mention.text.toLowerCase(), p.country);
	return cw > 0 ? { points: w.articleCountry * Math.min(1, cw), why: `the article names ${p.country} places` } : NONE;
}

/** The article names the first-level region the candidate lies in. */
function articleRegion({ place: p }: Candidate, { mention, context, regionOf, w }: Scene) {
	const region = p.kind !== 'ADM1' ? regionOf(p) : undefined;
	if (!region || !context.admin1NamedFor(mention.text.toLowerCase(), `${p.country}.${p.admin1}`)) return NONE;
	return { points: w.articleRegion, why: `in ${region.name}, which the article names` };
}
