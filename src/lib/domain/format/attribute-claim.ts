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
 * Writes who says `claim`: "Reported by Eric Schmitt, Mark Mazzetti and Michael R. Gordon (The New York
 * Times), republished by News On Iran & Its Neighbours, citing American officials". The piece is the
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
		runs.push(...sourceRuns(piece.authors, piece.outlet));
		runs.push({ text: `, ${piece.kind === 'quoted' ? 'quoted' : article.genre === 'blog' ? 'reposted' : 'republished'} by ` });
		runs.push(outletRun(article.outlet, false));
	} else {
		runs.push(...sourceRuns(article.authors.map((name) => ({ name })), article.outlet));
	}
	if (claim.attributedTo) runs.push({ text: `, citing ${claim.attributedTo}` });
	const merged = merge(runs);
	const text = merged.map((r) => r.text).join('');
	return { text, by: text.slice(verb.length), runs: merged, ...(piece ? { piece } : {}) };
}

/**
 * Writes who wrote a republished piece: "Eric Schmitt, Mark Mazzetti and Michael R. Gordon (The New York Times)".
 *
 * @example attributePiece(nytReport).text === 'Eric Schmitt, Mark Mazzetti and Michael R. Gordon (The New York Times)'
 */
export function attributePiece(piece: Pick<IndexPiece, 'authors' | 'outlet'>): Attribution {
	const runs = merge(sourceRuns(piece.authors, piece.outlet));
	const text = runs.map((r) => r.text).join('');
	return { text, by: text, runs };
}

/** "A, B and C (Outlet)" when the authors are known, else "Outlet"; inferred names marked. */
function sourceRuns(authors: readonly { name: string; inferred?: string }[], outlet: IndexArticle['outlet']): AttributionRun[] {
	if (!authors.length) return [outletRun(outlet, false)];
	const runs: AttributionRun[] = [];
	authors.forEach((a, i) => {
		if (i > 0) runs.push({ text: i === authors.length - 1 ? ' and ' : ', ' });
		runs.push(a.inferred ? { text: `${a.name} (inferred)`, inferred: a.inferred } : { text: a.name });
	});
	runs.push({ text: ' (' }, outletRun(outlet, true), { text: ')' });
	return runs;
}

/** The outlet's name; when inferred, marked "(inferred)" — or "— inferred" inside parentheses. */
function outletRun(outlet: IndexArticle['outlet'], inParentheses: boolean): AttributionRun {
	if (!outlet.inferred) return { text: outlet.name, name: true };
	const reason = outlet.evidence ?? 'The page does not name its outlet; the editors inferred it.';
	return { text: `${outlet.name}${inParentheses ? ' — inferred' : ' (inferred)'}`, name: true, inferred: reason };
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
