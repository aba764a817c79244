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
		const text = 'In Kobanê—the U.S. town';
		const { folded, origin } = foldText(text);
		expect(folded).toBe('in kobane the us town');
		const at = folded.indexOf('kobane');
		expect(text.slice(origin[at]!, origin[at + 5]! + 1)).toBe('Kobanê');
		const us = folded.indexOf('us');
		expect(text.slice(origin[us]!, origin[us + 1]! + 2)).toBe('U.S.');
		expect(origin[folded.length]).toBe(text.length);
	});

	it('drops Arabic tatweel and vowel marks so Arabic names match however they are written', () => {
		expect(foldName('بَغْدَاد')).toBe(foldName('بغداد'));
		expect(foldName('بغـداد')).toBe(foldName('بغداد'));
	});
});
