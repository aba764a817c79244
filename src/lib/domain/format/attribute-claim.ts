/**
 * Who says a quote, as the panel, the list, the story citations and the presentation write it: the
 * outlet and authors of the words (a republished piece's, when the quote lies inside one), the page
 * that republished them, and whom the source itself credits. Whatever the editors inferred rather than
 * read off the page is a run of its own, so it can be drawn apart and explained.
 */
import type { IndexArticle, IndexClaim, IndexPiece } from '../atlas-index';

/** A stretch of the attribution line; `inferred` holds the editors' reason where they inferred it. */
export interface AttributionRun {
	text: string;
	inferred?: string;
	/** A name that carries the attribution (an outlet), shown strong. */
	name?: boolean;
}

/** An attribution line, as text and as runs that concatenate to that text. */
export interface Attribution {
	text: string;
	/** The line without its verb ("The Trumpet (Brad Macdonald)"), for a column headed "Reported by". */
	by: string;
	runs: AttributionRun[];
	/** The republished piece the quote comes from, if any. */
	piece?: IndexPiece;
}

/** The article fields an attribution reads. */
export type AttributedArticle = Pick<IndexArticle, 'outlet' | 'authors'> & { genre?: IndexArticle['genre']; pieces?: readonly IndexPiece[] };

/** The claim fields an attribution reads; a citation (no stance) is attributed as reported. */
export type AttributedClaim = Pick<IndexClaim, 'start' | 'end'> & Partial<Pick<IndexClaim, 'stance' | 'attributedTo' | 'piece'>>;

const VERB: Record<IndexClaim['stance'], string> = { reports: 'Reported', denies: 'Denied', disputes: 'Disputed' };

/**
 * Writes who says `claim`: "Reported by The New York Times (Eric Schmitt, Mark Mazzetti and Michael R.
 * Gordon), republished by News On Iran & Its Neighbours, citing American officials". The piece is the
 * claim's `piece`, or else the one its span lies in.
 *
 * @example attributeClaim({ outlet: { name: 'The Trumpet', inferred: false }, authors: [] }, { start: 0, end: 9, stance: 'denies' }).text === 'Denied by The Trumpet'
 */
export function attributeClaim(article: AttributedArticle, claim: AttributedClaim): Attribution {
	if (claim.end < claim.start) throw new Error(`attributeClaim: the claim ends (${claim.end}) before it starts (${claim.start})`);
	const pieces = article.pieces ?? [];
	const piece = claim.piece
		? pieces.find((p) => p.id === claim.piece)
		: pieces.find((p) => p.start <= claim.start && claim.end <= p.end);
	const verb = `${VERB[claim.stance ?? 'reports']} by `;
	const runs: AttributionRun[] = [{ text: verb }];
	if (piece) {
		runs.push(outletRun(piece.outlet));
		runs.push(...authorRuns(piece.authors));
		runs.push({ text: `, ${piece.kind === 'quoted' ? 'quoted' : article.genre === 'blog' ? 'reposted' : 'republished'} by ` });
		runs.push(outletRun(article.outlet));
	} else {
		runs.push(outletRun(article.outlet));
		runs.push(...authorRuns(article.authors.map((name) => ({ name }))));
	}
	if (claim.attributedTo) runs.push({ text: `, citing ${claim.attributedTo}` });
	const merged = merge(runs);
	const text = merged.map((r) => r.text).join('');
	return { text, by: text.slice(verb.length), runs: merged, ...(piece ? { piece } : {}) };
}

function outletRun(outlet: IndexArticle['outlet']): AttributionRun {
	if (!outlet.inferred) return { text: outlet.name, name: true };
	return { text: `${outlet.name} (inferred)`, name: true, inferred: outlet.evidence ?? 'The page does not name its outlet; the editors inferred it.' };
}

/** " (A, B and C)", each inferred author marked "(inferred)" with the reason. */
function authorRuns(authors: readonly { name: string; inferred?: string }[]): AttributionRun[] {
	if (!authors.length) return [];
	const runs: AttributionRun[] = [{ text: ' (' }];
	authors.forEach((a, i) => {
		if (i > 0) runs.push({ text: i === authors.length - 1 ? ' and ' : ', ' });
		runs.push(a.inferred ? { text: `${a.name} (inferred)`, inferred: a.inferred } : { text: a.name });
	});
	runs.push({ text: ')' });
	return runs;
}

/** Joins neighbouring plain runs, so the line has as few elements as it needs. */
function merge(runs: AttributionRun[]): AttributionRun[] {
	const out: AttributionRun[] = [];
	for (const r of runs) {
		const last = out.at(-1);
		if (last && !last.inferred && !last.name && !r.inferred && !r.name) last.text += r.text;
		else out.push({ ...r });
	}
	return out;
}
