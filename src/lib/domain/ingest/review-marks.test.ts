import { describe, expect, it } from 'vitest';
import { reviewPieces, type KnownName } from './review-marks';

const known: KnownName[] = [
	{ kind: 'group', id: 'irgc', name: 'Islamic Revolutionary Guard Corps', spellings: ['Islamic Revolutionary Guard Corps', 'IRGC', 'Revolutionary Guards'] },
	{ kind: 'person', id: 'qasem-soleimani', name: 'Qasem Soleimani', spellings: ['Qasem Soleimani', 'Soleimani', 'Suleimani'] },
	{ kind: 'place', id: 'baghdad', name: 'Baghdad', spellings: ['Baghdad', 'بغداد'] }
];
const KYIV = 'Suleimani of the IRGC met officials in Kyiv; later the capital and Baghdad said nothing. The us delegation left.';

describe('the marked text of an article under review', () => {
	it('marks the groups and people the atlas knows, the machine’s places and the reader’s, and leaves the rest as text', () => {
		const found = [{ start: KYIV.indexOf('Kyiv'), end: KYIV.indexOf('Kyiv') + 4 }];
		const added = [{ start: KYIV.indexOf('the capital'), end: KYIV.indexOf('the capital') + 11, name: 'Kyiv' }];
		const { pieces } = reviewPieces(KYIV, found, added, known);
		expect(pieces.map((p) => p.text).join('')).toBe(KYIV);
		expect(pieces.filter((p) => p.mark).map((p) => [p.text, p.mark!.kind])).toEqual([
			['Suleimani', 'person'],
			['IRGC', 'group'],
			['Kyiv', 'machine'],
			['the capital', 'added'],
			['Baghdad', 'place']
		]);
		expect(pieces.find((p) => p.text === 'Suleimani')!.mark).toEqual({ kind: 'person', id: 'qasem-soleimani', name: 'Qasem Soleimani' });
	});

	it('lets a known name win where the machine found a place inside it, as the build does: "Quds" in "the Quds Force" is not Jerusalem', () => {
		const text = 'Fighters reached Samarra, where the Quds Force was present.';
		const samarra = { start: text.indexOf('Samarra'), end: text.indexOf('Samarra') + 7, name: 'Sāmarrā’' };
		const quds = { start: text.indexOf('Quds'), end: text.indexOf('Quds') + 4, name: 'Jerusalem' };
		const { found, pieces } = reviewPieces(text, [samarra, quds], [], [...known, { kind: 'group', id: 'quds-force', name: 'Quds Force', spellings: ['Quds Force'] }]);
		expect(found).toEqual([samarra]);
		expect(pieces.filter((p) => p.mark).map((p) => [p.text, p.mark])).toEqual([
			['Samarra', { kind: 'machine', toponym: 0 }],
			['Quds Force', { kind: 'group', id: 'quds-force', name: 'Quds Force' }]
		]);
	});

	it('keeps Arabic names and right-to-left text intact', () => {
		const text = 'وصل الوفد إلى بغداد أمس';
		const { pieces } = reviewPieces(text, [], [], known);
		expect(pieces.map((p) => p.text).join('')).toBe(text);
		expect(pieces.find((p) => p.mark)).toEqual({ text: 'بغداد', mark: { kind: 'place', id: 'baghdad', name: 'Baghdad' } });
	});
});
