/**
 * Quote verification: a curated quote must stand verbatim in the article body, never only in reader
 * comments or page furniture. Its span is what the map cites.
 */
import type { ExcludedSpan } from '../text/body-spans';
import type { Span } from '../types';
import { findVerbatim } from '../text/find-verbatim';

/** Where a quote stands, or why it could not be placed. */
export type QuoteLocation = { ok: true; span: Span } | { ok: false; message: string };

/**
 * Finds the occurrence of `quote` that lies wholly inside a body span. A quote the body holds more
 * than once is ambiguous — the map would cite one copy and count the other — unless `occurrence`
 * (1-based, among the body's copies) says which one is meant.
 *
 * @example locateQuote('Amerli was freed.', 'Amerli', [{ start: 0, end: 17 }], []).ok === true
 */
export function locateQuote(
	text: string,
	quote: string,
	body: readonly Span[],
	excluded: readonly ExcludedSpan[],
	occurrence?: number
): QuoteLocation {
	let inFurniture: ExcludedSpan | undefined;
	const inBody: Span[] = [];
	for (const { start, end } of findVerbatim(text, quote)) {
		if (body.some((s) => s.start <= start && end <= s.end)) inBody.push({ start, end });
		else inFurniture ??= excluded.find((s) => s.start < end && start < s.end);
	}
	if (occurrence !== undefined) {
		const span = inBody[occurrence - 1];
		if (span) return { ok: true, span };
		return { ok: false, message: `"occurrence": ${occurrence} asks for a copy the body does not have (it has ${inBody.length}); fix the number` };
	}
	if (inBody.length > 1) {
		return {
			ok: false,
			message: `the quote occurs ${inBody.length} times in the article body; quote more of the sentence so it is unique, mark the repeated copy as not body, or say which copy with "occurrence"`
		};
	}
	if (inBody[0]) return { ok: true, span: inBody[0] };
	if (inFurniture) {
		return { ok: false, message: `the quote stands only in the page's ${inFurniture.kind.replace('-', ' ')}, not in the article body; quote the body` };
	}
	const hint = nearMiss(text, quote);
	return {
		ok: false,
		message: `the quote does not occur verbatim in the article${hint ? ` (${hint})` : ''}; copy it from the text exactly, with its typographic quotes and dashes`
	};
}

function nearMiss(text: string, quote: string): string | undefined {
	const plain = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ');
	if (plain(text).includes(plain(quote))) return 'it differs only in quotes, dashes or spacing';
	let n = quote.length;
	while (n > 10 && !text.includes(quote.slice(0, n))) n = Math.floor(n * 0.8);
	return n > 10 && n < quote.length ? `the text matches up to ${JSON.stringify(quote.slice(Math.max(0, n - 20), n))}` : undefined;
}
