/**
 * Turns an article's "not body" records (reader comments, navigation, captions, pull quotes) into
 * character spans, and the rest of the file into the body that recognition reads.
 */
import type { NotBodySpan } from '../records/schema';
import type { Span } from '../types';
import { findVerbatim } from './find-verbatim';
import { countNoun } from '../format/count-noun';

/** An excluded part of the file, with the kind of furniture it is. */
export interface ExcludedSpan extends Span {
	kind: NotBodySpan['kind'];
}

/** The body spans, the excluded spans, and any record whose text was not found. */
export interface BodyLayout {
	body: Span[];
	excluded: ExcludedSpan[];
	problems: { index: number; message: string }[];
}

/**
 * Locates each not-body record in `text` and returns the complementary body spans.
 *
 * @example bodyLayout('Title\nNav', [{ kind: 'site-navigation', text: 'Nav', occurrence: 1, toEnd: false }]).body
 */
export function bodyLayout(text: string, notBody: readonly NotBodySpan[]): BodyLayout {
	const excluded: ExcludedSpan[] = [];
	const problems: BodyLayout['problems'] = [];
	notBody.forEach((record, index) => {
		const occurrences = findVerbatim(text, record.text);
		const span = occurrences[record.occurrence - 1];
		if (!span) {
			const found = occurrences.length;
			problems.push({
				index,
				message:
					found === 0
						? `its text ${JSON.stringify(abbreviate(record.text))} does not occur in the article; copy it from the file exactly`
						: `its text occurs ${countNoun(found, 'time')}, not the ${record.occurrence} its "occurrence" asks for`
			});
			return;
		}
		excluded.push({ kind: record.kind, start: span.start, end: record.toEnd ? text.length : span.end });
	});
	excluded.sort((a, b) => a.start - b.start);
	const body: Span[] = [];
	let cursor = 0;
	for (const span of excluded) {
		if (span.start > cursor) body.push({ start: cursor, end: span.start });
		cursor = Math.max(cursor, span.end);
	}
	if (cursor < text.length) body.push({ start: cursor, end: text.length });
	return { body, excluded, problems };
}

/** True when [start, end) lies wholly inside one of the spans. */
export function within(spans: readonly Span[], start: number, end: number): boolean {
	return spans.some((s) => s.start <= start && end <= s.end);
}

/** Shortens a long string for an error message. */
export function abbreviate(s: string, max = 60): string {
	return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
