/**
 * Turns an article's "not body" records (reader comments, navigation, captions, pull quotes) into
 * character spans, and the rest of the file into the body that recognition reads.
 */
import type { NotBodySpan } from '../records/schema';
import type { Span } from '../types';

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
		const at = nthIndexOf(text, record.text, record.occurrence);
		if (at < 0) {
			const found = countOccurrences(text, record.text);
			problems.push({
				index,
				message:
					found === 0
						? `its text ${JSON.stringify(abbreviate(record.text))} does not occur in the article; copy it from the file exactly`
						: `its text occurs ${found} time(s), not the ${record.occurrence} its "occurrence" asks for`
			});
			return;
		}
		excluded.push({ kind: record.kind, start: at, end: record.toEnd ? text.length : at + record.text.length });
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

function nthIndexOf(text: string, needle: string, n: number): number {
	let at = -1;
	for (let k = 0; k < n; k++) {
		at = text.indexOf(needle, at + 1);
		if (at < 0) return -1;
	}
	return at;
}

function countOccurrences(text: string, needle: string): number {
	let count = 0;
	for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) count++;
	return count;
}

/** Shortens a long string for an error message. */
export function abbreviate(s: string, max = 60): string {
	return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
