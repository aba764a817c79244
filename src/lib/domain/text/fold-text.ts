/**
 * Folds text for name matching while keeping a map back to the original offsets, so a match found in
 * the folded text is reported as a span of the verbatim source. It splits and folds as the name key
 * does (name-key.ts): the folded form of a name made of words is its key.
 */
import { foldChar, isAsciiLetterOrDigit, isSeparator } from './fold-word';
import { eachToken } from './tokenize';

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
	// Built by appending only: V8 keeps the pieces and joins them once, when the text is first read.
	let folded = '';
	const origin: number[] = [];
	let endsInSpace = false;
	const space = (at: number) => {
		if (endsInSpace) return;
		folded += ' ';
		origin.push(at);
		endsInSpace = true;
	};
	const push = (units: string, at: number) => {
		for (let k = 0; k < units.length; k++) {
			const unit = units[k]!;
			if (unit === ' ') space(at);
			else {
				folded += unit;
				origin.push(at);
				endsInSpace = false;
			}
		}
	};
	let last = 0;
	let lastWasWord = false;
	eachToken(text, (start, end, token, isWord) => {
		// Only white space lies between tokens; two words that touch ("U.S.Army") are two words still.
		if (start > last || (isWord && lastWasWord)) space(last);
		if (!isWord) {
			if (isSeparator(token)) space(start);
			else push(token, start);
		} else if (isAsciiWord(token)) {
			// Letters and digits of ASCII fold to their lower case, one for one.
			folded += token.toLowerCase();
			for (let i = start; i < end; i++) origin.push(i);
			endsInSpace = false;
		} else
			for (let i = start; i < end; ) {
				const ch = String.fromCodePoint(text.codePointAt(i)!);
				push(foldChar(ch), i);
				i += ch.length;
			}
		last = end;
		lastWasWord = isWord;
	});
	if (last < text.length) space(last);
	origin.push(text.length);
	return { folded, origin };
}

/** Whether a word token is ASCII letters and digits only. */
function isAsciiWord(token: string): boolean {
	for (let i = 0; i < token.length; i++) if (!isAsciiLetterOrDigit(token.charCodeAt(i))) return false;
	return true;
}

/** Folds a name (an alias) the same way, trimmed. */
export function foldName(name: string): string {
	return foldText(name).folded.trim();
}
