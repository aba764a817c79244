import { describe, expect, it } from 'vitest';
import { buildNameIndex, type AliasRecord } from '../gazetteer/build-name-index';
import { matchNames } from './match-names';

const rec = (kind: 'place' | 'group' | 'person' | 'not-place', id: string, ...aliases: string[]): AliasRecord[] =>
	aliases.map((alias) => ({ alias, target: { kind, id } }));

const index = buildNameIndex([
	...rec('place', 'iraq', 'Iraq'),
	...rec('place', 'syria', 'Syria'),
	...rec('place', 'united-states', 'United States', 'U.S.', 'US'),
	...rec('place', 'jurf-al-sakher', 'Jurf al-Sakher', 'Jurf al-Nasr'),
	...rec('place', 'baghdad', 'Baghdad', 'بغداد'),
	...rec('group', 'isis', 'ISIS', 'Islamic State', 'Islamic State of Iraq and Syria'),
	...rec('group', 'irgc', 'Revolutionary Guards', 'Guards'),
	...rec('group', 'irgc-ground-forces', 'Guards’ ground forces'),
	...rec('not-place', 'Washington Post', 'Washington Post'),
	...rec('place', 'washington-dc', 'Washington', 'Washington, D.C.'),
	...rec('group', 'asaib', 'Asa’ib Ahl al-Haq')
]);

const found = (text: string) => matchNames(text, [{ start: 0, end: text.length }], index).map((m) => [m.text, m.targets[0]!.id]);

describe('matchNames', () => {
	it('lets the longest name win, so a group name masks the countries inside it', () => {
		expect(found('the Islamic State of Iraq and Syria, or ISIS, in Iraq')).toEqual([
			['Islamic State of Iraq and Syria', 'isis'],
			['ISIS', 'isis'],
			['Iraq', 'iraq']
		]);
	});

	it('matches possessives and hyphenation variants but not demonyms', () => {
		expect(found('Iraq’s army left Jurf al Sakher; Iraqi troops')).toEqual([
			['Iraq', 'iraq'],
			['Jurf al Sakher', 'jurf-al-sakher']
		]);
	});

	it('matches acronyms only in capitals, so "us" is never the United States', () => {
		expect(found('They told us the US and the U.S. agreed')).toEqual([
			['US', 'united-states'],
			['U.S.', 'united-states']
		]);
	});

	it('needs a capital where the alias has one: "the guards" is not the Revolutionary Guards', () => {
		expect(found('the guards at the gate; the Guards’ ground forces')).toEqual([['Guards’ ground forces', 'irgc-ground-forces']]);
	});

	it('needs every capitalised word of a name: "an Islamic state" is not the Islamic State', () => {
		expect(found('Iraq should be an Islamic state; the Islamic State took Mosul')).toEqual([
			['Iraq', 'iraq'],
			['Islamic State', 'isis']
		]);
	});

	it('skips newspaper names that contain a place, and finds Arabic names', () => {
		expect(found('according to the Washington Post, in بغداد and Washington')).toEqual([
			['Washington Post', 'Washington Post'],
			['بغداد', 'baghdad'],
			['Washington', 'washington-dc']
		]);
	});

	it('finds a name that holds punctuation, and a name however its apostrophes and hyphens are written', () => {
		expect(found('in Washington, D.C., where Asaʿib Ahl al‑Haq and ASA\'IB AHL AL HAQ met')).toEqual([
			['Washington, D.C.', 'washington-dc'],
			['Asaʿib Ahl al‑Haq', 'asaib'],
			["ASA'IB AHL AL HAQ", 'asaib']
		]);
	});

	it('reports spans of the verbatim text, outside the given spans nothing', () => {
		const text = 'Baghdad. COMMENT: Syria';
		const m = matchNames(text, [{ start: 0, end: 8 }], index);
		expect(m.map((x) => [x.start, x.end, text.slice(x.start, x.end)])).toEqual([[0, 7, 'Baghdad']]);
	});
});
