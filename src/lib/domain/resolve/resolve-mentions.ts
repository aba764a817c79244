/**
 * The one resolver: every place mention of an article becomes one place (or none). Each mention's
 * candidates come from its sources in order — the curated gazetteer first, then the world (GeoNames)
 * gazetteer — and are ranked together by one set of evidence: a prior (kind, population, a curated
 * entry), the words around the mention (a qualifier, a speech verb), the countries and regions the
 * article names, and how close the candidates lie to the article's other places. The curated build
 * (resolve-places.ts) and the geoparser (geoparse/resolve-toponyms.ts) map its result to their records.
 */
import type { WorldPlace } from '../geoparse/world-gazetteer';
import { articleContext } from './article-context';
import { explainChoice } from './explain-choice';
import { isLocalPlace } from './is-local-place';
import { mergeSources } from './merge-sources';
import { passBeliefs } from './pass-beliefs';
import { RESOLVER_WEIGHTS, type ResolverWeights } from './resolver-weights';
import { scoreEvidence } from './score-evidence';

/** A place a mention may mean, from one source: the curated gazetteer or the world gazetteer. */
export interface Candidate {
	/** A curated place has a string id, no population and no admin-1 code. */
	place: WorldPlace;
	/** The name used is a demonym ("Iraqi") rather than the name. */
	demonym: boolean;
	source: 'curated' | 'world';
}

/** A candidate with its final score (rounded to hundredths). */
export interface ScoredCandidate extends Candidate {
	score: number;
}

/** A place mention waiting to be resolved, with its candidates and the cues its words give. */
export interface MentionToResolve {
	/** The words as written; mentions with the same words (in any case) are one name. */
	text: string;
	/** Candidates from each source, in order (the curated gazetteer first); each source's best known first. */
	sources: readonly (readonly Candidate[])[];
	/** How the candidates were found when not by the words themselves ("the county named after Rapides"). */
	how?: string;
	/** The gazetteer name key the words matched: a place called by it as its own name beats an alternate name. */
	key?: string;
	/** The words are followed by a speech verb ("Washington said"). */
	speaks?: boolean;
	/** The region or country a qualifier names ("Paris, Texas"). */
	qualifier?: WorldPlace;
}

/** What the resolver knows besides the mentions. */
export interface ResolverOptions {
	/** Places the article is known to be about or from (its dateline, its outlet's home). */
	dateline?: readonly WorldPlace[];
	/** The first-level region a place lies in, when the gazetteer knows it. */
	regionOf?: (place: WorldPlace) => WorldPlace | undefined;
	/** The resolver's weights (resolver-weights.ts); a sweep passes others. */
	weights?: Readonly<ResolverWeights>;
}

/** One resolved mention. */
export interface MentionResolution {
	/** The candidates weighed (at most `candidatesPerName`), best first; the best is the choice. */
	ranked: ScoredCandidate[];
	/** How many candidates the sources gave, the same place in two sources counted once. */
	found: number;
	/** The choice's share of the candidates' softmax, 0 when there was none. */
	confidence: number;
	/** Why, in words a reader can check: "chose X over Y; Z: a national capital; …". */
	reason: string;
}

const NO_REGION = (): undefined => undefined;

/**
 * Resolves the place mentions of one article together, so that each name's likely places are the
 * context in which the others are ranked.
 *
 * @example resolveMentions([{ text: 'Baghdad', sources: [[{ place: baghdad, demonym: false, source: 'world' }]] }])[0].ranked[0].place.name === 'Baghdad'
 */
export function resolveMentions(mentions: readonly MentionToResolve[], options: ResolverOptions = {}): MentionResolution[] {
	const w = options.weights ?? RESOLVER_WEIGHTS;
	const regionOf = options.regionOf ?? NO_REGION;
	const lists = mentions.map((m) => mergeSources(m.sources, w.curatedSamePlaceKm));
	const context = articleContext(mentions, lists, options.dateline ?? [], w);
	const base = scoreEvidence(mentions, lists, context, regionOf, w);
	const { totals, near, rep } = passBeliefs(mentions, base, regionOf, w);
	return mentions.map((m, i) => {
		const order = base[i]!.map((_, ci) => ci).sort((a, b) => totals[i]![b]! - totals[i]![a]!);
		const ranked = order.map((ci) => ({ ...base[i]![ci]!.c, score: Math.round(totals[i]![ci]! * 100) / 100 }));
		const top = order[0];
		const chosen = top === undefined ? undefined : base[i]![top]!;
		const nearest = top === undefined ? undefined : near[rep[i]!]![top]!;
		// The nearest name is given only when its own support moved the score, so a far-off place, or the
		// unlikely namesake of another name (a Damascus in Maryland beside Washington), is not given as a reason.
		const spatial = chosen && nearest && w.beliefSupport * nearest.support > 0.3 ? [isLocalPlace(chosen.c.place) ? `near ${nearest.name}, which the article names` : `named with ${nearest.name}`] : [];
		return {
			ranked,
			found: lists[i]!.length,
			confidence: confidenceOf(ranked),
			reason: explainChoice(ranked, lists[i]!.length, [...(chosen?.why ?? []), ...spatial], m.how, regionOf)
		};
	});
}

/** The best candidate's share of the softmax of the (rounded) scores. */
function confidenceOf(ranked: readonly ScoredCandidate[]): number {
	const best = ranked[0];
	if (!best) return 0;
	const z = ranked.reduce((sum, h) => sum + Math.exp(h.score - best.score), 0);
	return Math.round((1 / z) * 100) / 100;
}
