import { describe, expect, it } from 'vitest';
import gazetteer from '../../../../geodata/gazetteer.json';
import actors from '../../../../geodata/actors.json';
import { fallbackKey } from '../gazetteer/fallback-gazetteer';
import { foldName } from './fold-text';
import { nameKey } from './name-key';
import { tokenize } from './tokenize';

// Each row: spellings a reader takes for one name, and the one key they must all give.
const SPELLINGS: [key: string | null, spellings: string[]][] = [
	['al fallujah', ['Al-Fallūjah', 'al Fallujah', 'AL-FALLUJAH', 'al\u2011Fallujah', 'al\u2010Fallūjah', 'Al – Fallujah', ' al  Fallujah ']],
	['fallujah', ['Fallujah', 'FALLUJAH', 'Fallūjah', 'Fallujah’']],
	['qara a', ['Qara’a', "Qara'a", 'Qaraʿa', 'Qaraʾa', 'Qara‘a', 'Qaraʼa']],
	['ba qubah', ['Baʿqūbah', "Ba'qubah", 'Ba’qūbah']],
	['samarra', ['Sāmarrā’', 'Samarra', 'SĀMARRĀ']],
	['kobane', ['Kobanê', 'KOBANE', 'Kobane']],
	['oresund', ['Øresund', 'øresund']],
	['grossenhain', ['Großenhain']],
	['us', ['U.S.', 'US', 'us']],
	['st louis', ['St. Louis', 'st louis', 'ST.  LOUIS']],
	['wilkes barre', ['Wilkes-Barre', 'Wilkes–Barre', 'Wilkes Barre']],
	['martha s vineyard', ["Martha's Vineyard", 'Martha’s Vineyard']],
	['بغداد', ['بغداد', 'بَغْدَاد', 'بغـداد']],
	['احمدی نژاد', ['احمدی\u200cنژاد', 'احمدی نژاد']],
	[null, ['Washington, D.C.', 'Langley (CIA headquarters)', '', '  ', '—']]
];

describe('nameKey', () => {
	it.each(SPELLINGS)('gives "%s" for every spelling of the name', (key, spellings) => {
		for (const s of spellings) expect(nameKey(s), s).toBe(key);
	});

	it('keeps apart names that differ in their letters', () => {
		expect(nameKey('Nineveh')).not.toBe(nameKey('Ninewa'));
		expect(nameKey('Baqubah')).not.toBe(nameKey('Ba’qubah'));
	});

	it('is the folded form of a name, so the offset-keeping fold finds a name under its key', () => {
		for (const [key, spellings] of SPELLINGS) for (const s of spellings) if (key) expect(foldName(s)).toBe(key);
		expect(foldName('Washington, D.C.')).toBe('washington, dc');
	});

	it('files the fallback gazetteer under the same key, without a leading Arabic article', () => {
		expect(fallbackKey('Al-Fallūjah')).toBe('fallujah');
		expect(fallbackKey('al‑Fallujah')).toBe(fallbackKey('Fallujah'));
		expect(fallbackKey('Sāmarrā’')).toBe('samarra');
	});

	it('reads every curated name as the geoparser tokenizes it: its word tokens, folded, joined by spaces', () => {
		const names = [
			...gazetteer.places.flatMap((p) => [p.name, ...p.aliases, ...Object.values(p.names ?? {})]),
			...actors.groups.flatMap((g) => [g.name, ...g.aliases]),
			...actors.people.flatMap((p) => [p.name, ...p.aliases])
		];
		expect(names.length).toBeGreaterThan(500);
		for (const name of names) {
			const key = nameKey(name);
			if (key === null) continue;
			const words = tokenize(name).filter((t) => t.isWord).map((t) => t.folded);
			expect(key, name).toBe(words.join(' '));
		}
	});
});
