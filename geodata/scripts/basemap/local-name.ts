/**
 * The name a place's own country writes it in, for a label's second line: "Ukraine / Україна",
 * "Bavaria / Bayern". Only where the answer is not a choice between languages: a country with one
 * official language besides English. Belgium, Switzerland or India get none rather than a pick.
 */

/** ISO 639-3 codes (as `world-countries` lists official languages) → Natural Earth's `name_xx` suffixes. */
export const NATURAL_EARTH_LANGUAGES: Readonly<Record<string, string>> = {
	ara: 'ar', ben: 'bn', deu: 'de', ell: 'el', fas: 'fa', fra: 'fr', heb: 'he', hin: 'hi', hun: 'hu',
	ind: 'id', ita: 'it', jpn: 'ja', kor: 'ko', nld: 'nl', pol: 'pl', por: 'pt', prs: 'fa', rus: 'ru',
	spa: 'es', swe: 'sv', tur: 'tr', ukr: 'uk', urd: 'ur', vie: 'vi', zho: 'zh'
};

/**
 * The one official language of a country other than English, or undefined when it has none or several.
 *
 * @param languages - ISO 639-3 code → language name, as `world-countries` gives them
 */
export function soleLocalLanguage(languages: Readonly<Record<string, string>>): string | undefined {
	const local = Object.keys(languages).filter((code) => code !== 'eng');
	return local.length === 1 ? local[0] : undefined;
}

/** Letters only, lower case, without accents: "Perú" and "Peru" are one name. */
function bare(name: string): string {
	return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The local name when it says something the English one does not (another spelling, not only accents).
 *
 * @example localName('Ukraine', 'Україна') // 'Україна'
 * @example localName('Peru', 'Perú') // undefined
 */
export function localName(english: string, local: string | null | undefined): string | undefined {
	const name = local?.trim();
	if (!name || bare(name) === bare(english)) return undefined;
	return name;
}
