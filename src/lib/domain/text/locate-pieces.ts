/**
 * Republished pieces inside a captured page: an essay reposted by a blog, a newspaper report on an
 * aggregator. Each piece covers the text from its `from` anchor to the end of its `to` anchor (or the
 * end of the file), so every quote can be credited to the piece — and the authors — it comes from.
 */
import type { IndexPiece } from '../atlas-index';
import type { ArticlePiece } from '../records/schema';
import type { Span } from '../types';
import { findVerbatim } from './find-verbatim';
import { countNoun } from '../format/count-noun';

/** The located pieces, and what could not be located. */
export interface PieceLayout {
	pieces: IndexPiece[];
	problems: { index: number; field: 'from' | 'to'; message: string }[];
}

/**
 * Locates each piece's anchors in `text`.
 *
 * @example locatePieces('Intro. Essay: text.', [{ id: 'essay', from: { text: 'Essay', occurrence: 1 }, … }]).pieces[0].start === 7
 */
export function locatePieces(text: string, pieces: readonly ArticlePiece[]): PieceLayout {
	const out: IndexPiece[] = [];
	const problems: PieceLayout['problems'] = [];
	pieces.forEach((piece, index) => {
		const { from, to, ...rest } = piece;
		const start = anchor(text, from, 'from', index, problems);
		const stop = to ? anchor(text, to, 'to', index, problems) : { start: text.length, end: text.length };
		if (!start || !stop) return;
		if (stop.end <= start.start) {
			problems.push({ index, field: 'to', message: 'the piece ends before it starts; "to" must come after "from" in the text' });
			return;
		}
		out.push({ ...rest, start: start.start, end: stop.end });
	});
	return { pieces: out, problems };
}

function anchor(text: string, a: { text: string; occurrence: number }, field: 'from' | 'to', index: number, problems: PieceLayout['problems']): Span | undefined {
	const found = findVerbatim(text, a.text);
	const span = found[a.occurrence - 1];
	if (!span) {
		problems.push({
			index,
			field,
			message: found.length ? `its text occurs ${countNoun(found.length, 'time')}, not the ${a.occurrence} "occurrence" asks for` : `its text ${JSON.stringify(a.text.slice(0, 60))} does not occur in the article; copy it exactly`
		});
	}
	return span;
}
