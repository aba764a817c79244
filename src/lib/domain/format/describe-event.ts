/**
 * How sure the atlas is of an event's parts, in words: where it is placed (by a quote, by the editors,
 * or only at a country or province), which part of it a claim is about, and whether it is contested as
 * a whole or only in part.
 */
import type { IndexClaim, IndexEvent, IndexEventPlace } from '../atlas-index';

/** Place kinds that are areas, not points: an event placed at one is known no more precisely. */
export const COARSE_PLACE_KINDS: readonly string[] = ['country', 'region'];

/** How one place of an event is known. */
export interface Placing {
	/** `quoted`: a quote places it; `inferred`: the editors did. */
	basis: 'quoted' | 'inferred' | 'unstated';
	/** Only the country or province is known. */
	coarse: boolean;
	/** How the place is known: "placed by: “visited Iran”" or "placed by the editors: …". */
	basisNote: string;
	/** "country-level: no more precise place is given", when it is. */
	coarseNote: string;
	/** Both notes, as one line: "placed by: “visited Iran” · country-level: …". */
	note: string;
}

/**
 * Describes how an event is placed at `place` (of kind `kind`): the quoted words that put it there, or
 * the editors' reason, and whether only a country or province is known.
 *
 * @example describePlacing({ place: 'iraq', role: 'location', inferred: 'The report is about Iraq.' }, 'country').note
 *   === 'placed by the editors: The report is about Iraq. · country-level: no more precise place is given'
 */
export function describePlacing(place: IndexEventPlace, kind: string | undefined): Placing {
	const coarse = COARSE_PLACE_KINDS.includes(kind ?? '');
	const basis = place.evidence ? 'quoted' : place.inferred ? 'inferred' : 'unstated';
	const basisNote = place.evidence ? `placed by: “${place.evidence.text}”` : place.inferred ? `placed by the editors: ${place.inferred}` : '';
	const coarseNote = coarse ? `${kind === 'country' ? 'country' : 'province'}-level: no more precise place is given` : '';
	return { basis, coarse, basisNote, coarseNote, note: [basisNote, coarseNote].filter(Boolean).join(' · ') };
}

/**
 * What a claim is about when it is about one part of the event ("this part only: training clause");
 * empty for a claim about the whole event.
 *
 * @example claimAspect({ aspects: [{ id: 'training', label: 'training clause' }] }, { aspect: 'training' }) === 'this part only: training clause'
 */
export function claimAspect(event: Pick<IndexEvent, 'aspects'>, claim: Pick<IndexClaim, 'aspect'>): string {
	if (!claim.aspect) return '';
	return `this part only: ${(event.aspects ?? []).find((a) => a.id === claim.aspect)?.label ?? claim.aspect}`;
}

/**
 * The contest badge: "contested" when a source denies or disputes the whole event, "partly disputed:
 * training clause" when sources contest only parts of it, undefined when no source does.
 *
 * @example describeContest({ contested: false, contestedAspects: ['training'], aspects: [{ id: 'training', label: 'training clause' }] }) === 'partly disputed: training clause'
 */
export function describeContest(event: Pick<IndexEvent, 'contested' | 'contestedAspects' | 'aspects'>): string | undefined {
	if (event.contested) return 'contested';
	const parts = (event.contestedAspects ?? []).map((id) => (event.aspects ?? []).find((a) => a.id === id)?.label ?? id);
	return parts.length ? `partly disputed: ${parts.join(', ')}` : undefined;
}
