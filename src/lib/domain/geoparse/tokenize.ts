/**
 * Word tokens with their offsets: the unit the gazetteer matcher and the tagger share, so a name in
 * the gazetteer and a name in the text split and fold the same way.
 */

/** One token: a word, an abbreviation with dots ("U.S."), a number, or one punctuation mark. */
export interface Token {
	start: number;
	end: number;
	text: string;
	/** Lower-cased, accents stripped ("Sāmarrā" → "samarra"); punctuation as is. */
	folded: string;
	isWord: boolean;
}

const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+|\S/gu;
const WORD = /^[\p{L}\p{N}]/u;
const SPECIAL: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' };
const foldCache = new Map<string, string>();

/**
 * Folds one word: lower case, no accents, no dots ("U.S." → "us"). Cached, because news repeats words.
 *
 * @example foldWord('Irbīl') === 'irbil'
 */
export function foldWord(word: string): string {
	let f = foldCache.get(word);
	if (f !== undefined) return f;
	f = word.toLowerCase();
	if (/[^\x00-\x7f]/.test(f)) f = f.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ßøłđæœıþð]/g, (c) => SPECIAL[c] ?? c);
	f = f.replace(/\./g, '');
	if (foldCache.size > 200_000) foldCache.clear();
	foldCache.set(word, f);
	return f;
}

/**
 * Splits text into tokens with UTF-16 offsets.
 *
 * @example tokenize('Tal Afar, Iraq').map((t) => t.text) // ['Tal', 'Afar', ',', 'Iraq']
 */
export function tokenize(text: string): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(TOKEN)) {
		const t = m[0];
		const isWord = WORD.test(t);
		out.push({ start: m.index, end: m.index + t.length, text: t, folded: isWord ? foldWord(t) : t, isWord });
	}
	return out;
}

/** Punctuation that may stand inside a name ("St. Louis", "Wilkes-Barre", "Martha's Vineyard"). */
export function isJoiner(token: Token): boolean {
	return !token.isWord && /^[.\-‐‑'’&]$/.test(token.text);
}

/**
 * The key a name is filed and looked up under: its folded words joined by single spaces, joiners
 * dropped; null if the name has other punctuation (it could never match running text).
 *
 * @example nameKey('Wilkes-Barre') === 'wilkes barre'
 */
export function nameKey(name: string): string | null {
	const words: string[] = [];
	for (const t of tokenize(name)) {
		if (t.isWord) words.push(t.folded);
		else if (!isJoiner(t)) return null;
	}
	return words.length ? words.join(' ') : null;
}
