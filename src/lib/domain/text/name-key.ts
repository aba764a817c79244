/**
 * The one name key every matcher files and looks names up under: the curated build's name index,
 * the world gazetteer and its geoparser, the fallback gazetteer and search. Case, accents, hyphens,
 * dashes, apostrophes (’ ' ʿ ʾ), abbreviation dots and Arabic tatweel do not count, so "Al-Fallūjah",
 * "al Fallujah" and "AL‑FALLUJAH" share one key. Matchers that need case (acronyms such as "US" only
 * in capitals) check it on the verbatim text beside the key.
 */
import { foldName } from './fold-text';

/**
 * The key of a name: its folded words joined by single spaces; null if the name has other punctuation
 * (a comma, brackets), which running text never matches word for word.
 *
 * @example nameKey('Wilkes-Barre') === 'wilkes barre'
 */
export function nameKey(name: string): string | null {
	const key = foldName(name);
	return key && /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u.test(key) ? key : null;
}
