/**
 * Folds text for name matching while keeping a map back to the original offsets, so a match found in
 * the folded text is reported as a span of the verbatim source.
 */

/** The folded text and, for each of its code units, the index in the original it came from. */
export interface FoldedText {
	folded: string;
	/** origin[i] is the original index of folded[i]; origin[folded.length] is the original length. */
	origin: number[];
}

const APOSTROPHES = /['’‘ʼʻ`´ʿʾ]/;
const SEPARATORS = /[\s\-‐‑‒–—_]/;
// Arabic tatweel and Persian zero-width non-joiner carry no meaning for matching.
const IGNORED = /[\u0640\u200c\u200d\u200e\u200f]/;

/**
 * Lower-cases, strips diacritics, unifies apostrophes and treats hyphens, dashes and runs of white
 * space as one space, so "Jurf al-Sakher", "jurf al Sakher" and "Jurf al‑Sakhér" fold alike.
 *
 * @example foldText('Iraq’s  al-Abadi').folded === "iraq's al abadi"
 */
export function foldText(text: string): FoldedText {
	let folded = '';
	const origin: number[] = [];
	let lastWasSpace = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// Most text is ASCII: decide it by code, without a regular expression or Unicode normalisation per character.
		if (code < 0x80) {
			if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2d || code === 0x5f) {
				if (!lastWasSpace) {
					folded += ' ';
					origin.push(i);
					lastWasSpace = true;
				}
				continue;
			}
			lastWasSpace = false;
			folded += code === 0x60 ? "'" : code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : text[i];
			origin.push(i);
			continue;
		}
		const ch = text[i]!;
		if (IGNORED.test(ch)) continue;
		if (SEPARATORS.test(ch)) {
			if (!lastWasSpace) {
				folded += ' ';
				origin.push(i);
				lastWasSpace = true;
			}
			continue;
		}
		lastWasSpace = false;
		if (APOSTROPHES.test(ch)) {
			folded += "'";
			origin.push(i);
			continue;
		}
		const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
		for (const unit of base) {
			for (let k = 0; k < unit.length; k++) {
				folded += unit[k];
				origin.push(i);
			}
		}
	}
	origin.push(text.length);
	return { folded, origin };
}

/** Folds a name (an alias) the same way, trimmed. */
export function foldName(name: string): string {
	return foldText(name.trim()).folded.trim();
}
