import { describe, expect, it } from 'vitest';
import { foldName, foldText } from './fold-text';

describe('foldText', () => {
	it('folds case, diacritics, apostrophes and hyphens so spellings of one name compare equal', () => {
		expect(foldName('Jurf al-Sakher')).toBe(foldName('jurf al Sakher'));
		expect(foldName('Qara’a')).toBe(foldName("Qara'a"));
		expect(foldName('Kobanê')).toBe('kobane');
		expect(foldName('  Ayn   al‑Arab ')).toBe('ayn al arab');
	});

	it('keeps a map from every folded character back to the verbatim text', () => {
		const text = 'In Kobanê—the town';
		const { folded, origin } = foldText(text);
		const at = folded.indexOf('kobane');
		expect(text.slice(origin[at]!, origin[at + 5]! + 1)).toBe('Kobanê');
		expect(origin[folded.length]).toBe(text.length);
	});

	it('drops Arabic tatweel and vowel marks so Arabic names match however they are written', () => {
		expect(foldName('بَغْدَاد')).toBe(foldName('بغداد'));
		expect(foldName('بغـداد')).toBe(foldName('بغداد'));
	});

	it('folds every ASCII character by the same rules as the rest of Unicode: space-likes to one space, quotes to an apostrophe, letters to lower case', () => {
		for (let code = 0; code < 0x80; code++) {
			const ch = String.fromCharCode(code);
			const expected = /[\s\-_]/.test(ch) ? ' ' : /['`]/.test(ch) ? "'" : ch.toLowerCase();
			expect(foldText(`a${ch}${ch}b`).folded, `U+${code.toString(16)}`).toBe(expected === ' ' ? 'a b' : `a${expected}${expected}b`);
		}
	});
});
