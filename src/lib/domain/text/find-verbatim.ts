/**
 * Finding a curated text (a quote, a "not body" marker) in an article verbatim — except that a line
 * break in the curated text also matches a Windows CRLF in the file, so offsets stay those of the file.
 */
import type { Span } from '../types';

/**
 * Every occurrence of `needle` in `text`, in order.
 *
 * @example findVerbatim('a\r\nb a\nb', 'a\nb') // [{ start: 0, end: 4 }, { start: 5, end: 8 }]
 */
export function findVerbatim(text: string, needle: string): Span[] {
	if (!needle) return [];
	if (!needle.includes('\n') || !text.includes('\r')) {
		const out: Span[] = [];
		for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push({ start: at, end: at + needle.length });
		return out;
	}
	const pattern = new RegExp(needle.split('\n').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\r?\\n'), 'g');
	return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
