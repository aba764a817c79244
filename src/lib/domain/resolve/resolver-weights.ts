/**
 * The resolver's weights, in one table: what each piece of evidence adds to a candidate's score.
 * `npm run eval -- --sweep name=v1,v2,…` scores the geoparser once per value of one weight, so a
 * change here is measured on both development corpora before it ships. The one resolver
 * (resolve-mentions.ts) uses them for the geoparser and the curated build alike; the two `curated…`
 * weights concern the curated gazetteer, which only the curated build's mentions have as a source, so
 * the eval does not move with them (`npm run geodata` shows the reasons they give).
 */

/** Every weight the resolver uses, by name (see {@link RESOLVER_WEIGHTS} for what each means). */
export interface ResolverWeights {
	/** Prior of a country, or of a demonym ("Iraqi"). */
	priorCountry: number;
	/** Prior of a first-level region, before its population term. */
	priorAdmin1: number;
	/** Prior of a second-level region (a county). */
	priorAdmin2: number;
	/** Prior of a curated region or physical feature ("Middle East", "Tigris"). */
	priorFeature: number;
	/** Prior of a national capital, before its population term. */
	priorCapital: number;
	/** Prior of a first-level seat of government, before its population term. */
	priorAdmin1Seat: number;
	/** Prior of a second-level seat of government, before its population term. */
	priorAdmin2Seat: number;
	/** Per tenfold population, added to the prior of a populated place or a region. */
	priorPopulation: number;
	/** A place called by its own name, not an alternate ("Mexico" the country over the city). */
	ownName: number;
	/** A capital or country before a speech verb ("Washington said"). */
	metonymy: number;
	/** Taken from a region named after its capital city: the news usually means the city. */
	regionNamedAfterCity: number;
	/** Within this many km, a region's capital city counts as the place it is named after. */
	regionNamedAfterCityKm: number;
	/** A qualifier that names the place's region or country ("Paris, Texas"). */
	qualifier: number;
	/** The article names the candidate's country elsewhere (at most once). */
	articleCountry: number;
	/** The article names the candidate's first-level region elsewhere. */
	articleRegion: number;
	/** A dateline place's vote for its country, against 1 for a country named in the text. */
	datelineVote: number;
	/** Two regions of one country, or countries named together: support less than two places nearby. */
	peer: number;
	/** Distance (km) over which the support of two nearby places falls to 1/e. */
	proximityKm: number;
	/** The other names most likely mean places in this candidate's country (belief passing). */
	beliefCountry: number;
	/** Spatial support from the other names' likely places (belief passing). */
	beliefSupport: number;
	/** The most spatial support that counts. */
	beliefSupportCap: number;
	/** Rounds of belief passing. */
	beliefRounds: number;
	/** Candidates weighed per name, most populous first. */
	candidatesPerName: number;
	/** A curated gazetteer entry over a world gazetteer namesake: its editors checked it is the place the corpus means. */
	curatedEntry: number;
	/** A world gazetteer place this close to a curated place in the same country is that place, not a rival. */
	curatedSamePlaceKm: number;
}

/**
 * The weights in use. Chosen by looking at both development corpora (see README › Geoparser ›
 * Figures); change one only with the sweep's figures for both.
 */
export const RESOLVER_WEIGHTS: Readonly<ResolverWeights> = Object.freeze({
	priorCountry: 5,
	priorAdmin1: 1,
	priorAdmin2: 3,
	priorFeature: 3.5,
	priorCapital: 1.5,
	priorAdmin1Seat: 0.6,
	priorAdmin2Seat: 0.3,
	priorPopulation: 0.45,
	ownName: 1,
	metonymy: 2,
	regionNamedAfterCity: 1.5,
	regionNamedAfterCityKm: 150,
	qualifier: 8,
	articleCountry: 2,
	articleRegion: 2,
	datelineVote: 3,
	peer: 0.5,
	proximityKm: 150,
	beliefCountry: 1.5,
	beliefSupport: 2.5,
	beliefSupportCap: 2.5,
	beliefRounds: 3,
	candidatesPerName: 15,
	curatedEntry: 3,
	curatedSamePlaceKm: 30
});

/**
 * The weights with some changed by name, for a sweep; a name the table lacks or a value that is not a
 * number is an error that names it.
 *
 * @example withWeights({ qualifier: '4' }).qualifier === 4
 */
export function withWeights(changes: Readonly<Record<string, string | number>>, base: Readonly<ResolverWeights> = RESOLVER_WEIGHTS): ResolverWeights {
	const out: ResolverWeights = { ...base };
	for (const [name, raw] of Object.entries(changes)) {
		if (!Object.hasOwn(base, name)) throw new Error(`no resolver weight "${name}"; the weights are: ${Object.keys(base).join(', ')}`);
		const value = typeof raw === 'number' ? raw : Number(raw);
		if (raw === '' || !Number.isFinite(value)) throw new Error(`resolver weight "${name}": "${raw}" is not a number`);
		out[name as keyof ResolverWeights] = value;
	}
	return out;
}
