/**
 * Folds text for name matching while keeping a map back to the original offsets, so a match found in
 * the folded text is reported as a span of the verbatim source. It splits and folds as the name key
 * does (name-key.ts): the folded form of a name made of words is its key.
 */
import { foldChar, isSeparator } from './fold-word';
import { tokenize } from './tokenize';

/** The folded text and, for each of its code units, the index in the original it came from. */
export interface FoldedText {
	folded: string;
	/** origin[i] is the original index of folded[i]; origin[folded.length] is the original length. */
	origin: number[];
}

/**
 * Lower-cases, strips diacritics, drops the dots of abbreviations, and treats white space, hyphens,
 * dashes, apostrophes and the dots and "&" between words as one space, so "Jurf al-Sakher", "jurf al
 * Sakher" and "Jurf al‑Sakhér" fold alike. Other punctuation stays as it is.
 *
 * @example foldText('Iraq’s  al-Abadi').folded === 'iraq s al abadi'
 */
export function foldText(text: string): FoldedText {
	let folded = '';
	const origin: number[] = [];
	// Whether `folded` ends in a space, tracked rather than asked: endsWith on a string built by += flattens
	// it every time, which made folding a long text quadratic.
	let endsInSpace = false;
	const push = (units: string, at: number) => {
		for (let k = 0; k < units.length; k++) {
			const unit = units[k]!;
			if (unit === ' ' && endsInSpace) continue;
			folded += unit;
			origin.push(at);
			endsInSpace = unit === ' ';
		}
	};
	let last = 0;
	let lastWasWord = false;
	for (const t of tokenize(text)) {
		// Only white space lies between tokens; two words that touch ("U.S.Army") are two words still.
		if (t.start > last || (t.isWord && lastWasWord)) push(' ', last);
		if (!t.isWord) push(isSeparator(t.text) ? ' ' : t.text, t.start);
		else for (let i = t.start; i < t.end; ) {
			const ch = String.fromCodePoint(text.codePointAt(i)!);
			push(foldChar(ch), i);
			i += ch.length;
		}
		last = t.end;
		lastWasWord = t.isWord;
	}
	if (last < text.length) push(' ', last);
	origin.push(text.length);
	return { folded, origin };
}

/** Folds a name (an alias) the same way, trimmed. */
export function foldName(name: string): string {
	return foldText(name).folded.trim();
}
