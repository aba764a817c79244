/**
 * The character rules of the one name key (see name-key.ts): how a single word or letter folds.
 * The tokenizer, the offset-keeping fold of running text and the name key all apply these, so a name
 * in a gazetteer and the same name in an article fold to the same characters.
 */

/** Apostrophes and the letter-like marks transliterations use for ʿayn and hamza: all break a word alike. */
const APOSTROPHES = /['’‘ʼʻ`´ʿʾ]/;
/** Punctuation that stands between the words of one name: white space, hyphens, dashes, dots, "&", apostrophes. */
const SEPARATOR = /^[\s\-‐‑‒–—_.&'’‘`´ʼʻʿʾ]+$/u;
// Arabic tatweel and direction marks carry no meaning for matching. A zero-width non-joiner is not a
// letter, so the tokenizer splits the word there: "احمدی‌نژاد" keys as "احمدی نژاد", the space Persian
// writers often type for it.
const IGNORED = /[\u0640\u200b-\u200f\u2060\ufeff]/;
const SPECIAL: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' };
const foldCache = new Map<string, string>();

/**
 * Folds one character of a word: lower case without accents ("Ā" → "a", "ß" → "ss"); a space for an
 * apostrophe; nothing for a dot (inside an abbreviation, "U.S.") or a character that carries no meaning.
 *
 * @example foldChar('Ī') === 'i'
 */
export function foldChar(ch: string): string {
	if (ch === '.' || IGNORED.test(ch)) return '';
	if (APOSTROPHES.test(ch)) return ' ';
	const lower = ch.toLowerCase();
	if (!/[^\x00-\x7f]/.test(lower)) return lower;
	return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ßøłđæœıþð]/g, (c) => SPECIAL[c] ?? c);
}

/**
 * Whether a punctuation token separates the words of one name rather than ending it ("al-Sakher", "St. Louis").
 * Remembered: a text has few distinct punctuation tokens, often very many times.
 */
export function isSeparator(punctuation: string): boolean {
	let separates = separatorCache.get(punctuation);
	if (separates === undefined) {
		separates = SEPARATOR.test(punctuation) || [...punctuation].every((c) => IGNORED.test(c));
		if (separatorCache.size < 10_000) separatorCache.set(punctuation, separates);
	}
	return separates;
}
const separatorCache = new Map<string, boolean>();

/** Whether a UTF-16 code unit is an ASCII letter or digit: the common case the character rules answer without a regular expression. */
export function isAsciiLetterOrDigit(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Folds one word token: each character by {@link foldChar}, a letter-like apostrophe inside it becoming
 * a word break ("Baʿqūbah" → "ba qubah", as "Ba'qubah" reads). Cached, because news repeats words.
 *
 * @example foldWord('Irbīl') === 'irbil'
 */
export function foldWord(word: string): string {
	let f = foldCache.get(word);
	if (f !== undefined) return f;
	f = '';
	for (const ch of word) f += foldChar(ch);
	if (f.includes(' ')) f = f.trim().replace(/ +/g, ' ');
	if (foldCache.size > 200_000) foldCache.clear();
	foldCache.set(word, f);
	return f;
}
