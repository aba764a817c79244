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
 * Finds the first occurrence of `quote` that lies wholly inside a body span.
 *
 * @example locateQuote('Amerli was freed.', 'Amerli', [{ start: 0, end: 17 }], []).ok === true
 */
export function locateQuote(text: string, quote: string, body: readonly Span[], excluded: readonly ExcludedSpan[]): QuoteLocation {
	let inFurniture: ExcludedSpan | undefined;
	for (const { start, end } of findVerbatim(text, quote)) {
		if (body.some((s) => s.start <= start && end <= s.end)) return { ok: true, span: { start, end } };
		inFurniture ??= excluded.find((s) => s.start < end && start < s.end);
	}
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
