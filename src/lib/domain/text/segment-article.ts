/**
 * Cuts an article's whole text into what the reader draws: its parts (body, and what is not the
 * article: navigation, sidebars, comments), each a run of plain pieces, with the recognised names and
 * the quote read in context marked by character span. Only offsets are computed: the text stays text.
 */
import type { ExcludedSpan } from './body-spans';
import type { Span } from '../types';

/** A recognised name to mark: a place, a group or a person, by its span in the text. */
export interface NameSpan extends Span {
	kind: 'place' | 'group' | 'person';
	id: string;
}

/** A stretch of text under one set of marks. */
export interface TextRun extends Span {
	text: string;
	/** The names that cover the whole run, outermost (longest) first; empty for plain text. */
	names: NameSpan[];
	/** True inside the quote being read. */
	quoted: boolean;
	/**
	 * Blank lines at a part's edge beside a block the reader sets apart (an excluded part, the text's start
	 * or end): drawn, they would only add empty lines there, so the reader folds them. Still part of the text.
	 */
	edge?: true;
}

/** A part of the text: the article's body, what lies between its parts, or something that is not the article. */
export interface TextPart extends Span {
	part: 'body' | 'excluded' | 'between';
	/** What the editors excluded it as ("site-navigation", "reader-comments"…), for an excluded part. */
	excluded?: ExcludedSpan['kind'];
	/** The part cut at the quote's edges: the runs before it, the quote's runs, the runs after it. */
	before: TextRun[];
	quote: TextRun[];
	after: TextRun[];
}

/**
 * Segments `text` by its `body` and `excluded` spans into parts, and each part into runs at every edge of
 * a name or of the quote. Names may overlap or nest ("Iran’s Quds Force" around "Quds Force"): a run
 * lists every name covering it. Spans outside the text are clipped; empty ones are dropped.
 *
 * @example segmentArticle('In Iraq now', { body: [{ start: 0, end: 11 }], excluded: [] }, [{ start: 3, end: 7, kind: 'place', id: 'iraq' }], { start: 0, end: 7 })[0].quote.map((r) => r.text) // ['In ', 'Iraq']
 */
export function segmentArticle(
	text: string,
	layout: { body: readonly Span[]; excluded: readonly ExcludedSpan[] },
	names: readonly NameSpan[],
	quote?: Span
): TextPart[] {
	const n = text.length;
	const clip = <T extends Span>(s: T): T => ({ ...s, start: Math.max(0, Math.min(n, s.start)), end: Math.max(0, Math.min(n, s.end)) });
	const marks = names.map(clip).filter((m) => m.end > m.start);
	const q = quote ? clip(quote) : undefined;
	const shown = q && q.end > q.start ? q : undefined;

	// The parts in text order, every character in exactly one: overlapping layout spans give way to the earlier.
	const layoutSpans = [
		...layout.body.map((s) => ({ ...clip(s), part: 'body' as const })),
		...layout.excluded.map((s) => ({ ...clip(s), part: 'excluded' as const, excluded: s.kind }))
	]
		.filter((s) => s.end > s.start)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const parts: Omit<TextPart, 'before' | 'quote' | 'after'>[] = [];
	let cursor = 0;
	for (const s of layoutSpans) {
		if (s.end <= cursor) continue;
		if (s.start > cursor) parts.push({ part: 'between', start: cursor, end: s.start });
		parts.push({ ...s, start: Math.max(s.start, cursor) });
		cursor = s.end;
	}
	if (cursor < n) parts.push({ part: 'between', start: cursor, end: n });

	const standsApart = (i: number) => i < 0 || i >= parts.length || parts[i]!.part === 'excluded';
	return parts.map((p, i) => {
		const edges = new Set([p.start, p.end]);
		for (const s of [...marks, ...(shown ? [shown] : [])]) {
			if (s.start > p.start && s.start < p.end) edges.add(s.start);
			if (s.end > p.start && s.end < p.end) edges.add(s.end);
		}
		const cuts = [...edges].sort((a, b) => a - b);
		const runs: TextRun[] = [];
		for (let i = 0; i + 1 < cuts.length; i++) {
			const start = cuts[i]!;
			const end = cuts[i + 1]!;
			const covering = marks.filter((m) => m.start <= start && end <= m.end).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
			runs.push({ start, end, text: text.slice(start, end), names: covering, quoted: !!shown && shown.start <= start && end <= shown.end });
		}
		const apart = p.part === 'excluded';
		splitEdges(runs, { lead: apart || standsApart(i - 1), trail: apart || standsApart(i + 1) });
		const firstQuoted = runs.findIndex((r) => r.quoted);
		const lastQuoted = runs.findLastIndex((r) => r.quoted);
		return firstQuoted < 0
			? { ...p, before: runs, quote: [], after: [] }
			: { ...p, before: runs.slice(0, firstQuoted), quote: runs.slice(firstQuoted, lastQuoted + 1), after: runs.slice(lastQuoted + 1) };
	});
}

/**
 * The length of the white space at the start (`from: 'start'`) or end of `text` when it holds a line
 * break, else 0, found by one scan. The patterns this replaces, `^\s*\n\s*` and `\s*\n\s*$`, cost
 * time cubic in a run of blank lines (the end one retried every start in the run): 1,000 took 3 s.
 */
function blankEdge(text: string, from: 'start' | 'end'): number {
	let length = 0;
	let lineBreak = false;
	while (length < text.length) {
		const ch = text[from === 'start' ? length : text.length - 1 - length]!;
		if (!WHITE.test(ch)) break;
		if (ch === '\n') lineBreak = true;
		length++;
	}
	return lineBreak ? length : 0;
}

const WHITE = /\s/;

/** Splits the blank lines at the start (`lead`) and end (`trail`) of a part's runs into `edge` runs of their own, in place. */
function splitEdges(runs: TextRun[], { lead, trail }: { lead: boolean; trail: boolean }): void {
	const plain = (r: TextRun | undefined) => !!r && !r.names.length && !r.quoted && !r.edge;
	const cut = (r: TextRun, at: number): [TextRun, TextRun] => [
		{ ...r, end: r.start + at, text: r.text.slice(0, at) },
		{ ...r, start: r.start + at, text: r.text.slice(at) }
	];
	if (lead && plain(runs[0])) {
		const length = blankEdge(runs[0]!.text, 'start');
		if (length) {
			const [blank, rest] = cut(runs[0]!, length);
			runs.splice(0, 1, { ...blank, edge: true }, ...(rest.text ? [rest] : []));
		}
	}
	const last = runs.length - 1;
	if (trail && plain(runs[last])) {
		const length = blankEdge(runs[last]!.text, 'end');
		if (length) {
			const [rest, blank] = cut(runs[last]!, runs[last]!.text.length - length);
			runs.splice(last, 1, ...(rest.text ? [rest] : []), { ...blank, edge: true });
		}
	}
}
