/**
 * What the rest of an article says about a name's candidates: which countries and first-level regions
 * it names without ambiguity about their kind. A name never counts as context for itself ("Georgia"
 * four times does not make the article Georgian).
 */
import { isCountryKind, type WorldPlace } from '../geoparse/world-gazetteer';
import type { Candidate, MentionToResolve } from './resolve-mentions';
import type { ResolverWeights } from './resolver-weights';

/** The article's evidence for one name's candidates. */
export interface ArticleContext {
	/** How strongly the other names vote for this country (1 for each country named, a dateline more). */
	countryWeightFor(name: string, country: string): number;
	/** Whether another name is this first-level region ("US.TX"). */
	admin1NamedFor(name: string, code: string): boolean;
}

/** The key under which the dateline votes: no name in a text can be it. */
const DATELINE = '\u0000dateline';

/**
 * The countries and regions an article names, each name's votes kept apart.
 *
 * @param lists each mention's candidates, best known first (a country before its namesake towns)
 * @example articleContext(mentions, lists, [], RESOLVER_WEIGHTS).countryWeightFor('basra', 'IQ') // 1 when "Iraq" is named
 */
export function articleContext(
	mentions: readonly Pick<MentionToResolve, 'text'>[],
	lists: readonly (readonly Candidate[])[],
	dateline: readonly WorldPlace[],
	w: Readonly<ResolverWeights>
): ArticleContext {
	const votes = new Votes();
	for (const p of dateline) {
		votes.country(DATELINE, p.country, w.datelineVote);
		if (p.kind === 'ADM1') votes.region(DATELINE, p);
	}
	lists.forEach((hits, i) => {
		const how = voteOf(hits);
		if (!how) return;
		const top = hits[0]!;
		const name = mentions[i]!.text.toLowerCase();
		if (how === 'region') votes.region(name, top.place);
		votes.country(name, top.place.country, how === 'other' ? 0.5 : 1);
	});
	return {
		countryWeightFor: (name, cc) => {
			let weight = 0;
			for (const [n, m] of votes.countries) if (n !== name) weight += m.get(cc) ?? 0;
			return weight;
		},
		admin1NamedFor: (name, code) => [...votes.regions].some(([n, set]) => n !== name && set.has(code))
	};
}

/** Each name's votes: for countries (by weight) and for first-level regions ("US.TX"). */
class Votes {
	readonly countries = new Map<string, Map<string, number>>();
	readonly regions = new Map<string, Set<string>>();

	country(name: string, cc: string, weight: number): void {
		if (!cc) return;
		const m = this.countries.get(name) ?? new Map<string, number>();
		m.set(cc, (m.get(cc) ?? 0) + weight);
		this.countries.set(name, m);
	}

	region(name: string, p: WorldPlace): void {
		this.regions.set(name, new Set([...(this.regions.get(name) ?? []), `${p.country}.${p.admin1}`]));
	}
}

/**
 * What one name votes for: its country if it can only be a country (or demonym); its region, and that
 * region's country, if it is one region and no country; its one candidate's country, at half a vote, if
 * it has one candidate; nothing if it is ambiguous or unknown.
 */
function voteOf(hits: readonly Candidate[]): 'country' | 'region' | 'other' | undefined {
	const top = hits[0];
	if (!top) return undefined;
	const regional = hits.some((h) => h.place.kind === 'ADM1');
	if ((isCountryKind(top.place.kind) || top.demonym) && !regional) return 'country';
	if (top.place.kind === 'ADM1' && hits.filter((h) => h.place.kind === 'ADM1').length === 1 && !hits.some((h) => isCountryKind(h.place.kind))) return 'region';
	return hits.length === 1 ? 'other' : undefined;
}
