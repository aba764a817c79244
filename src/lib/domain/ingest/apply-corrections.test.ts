/**
 * A person's corrections of the machine's places, on a real geoparse of a pasted article: "not a
 * place" drops it, "use" takes another candidate, "move" puts it where a person placed it by hand, and
 * a correction whose words no longer fit is named.
 */
import { describe, expect, it } from 'vitest';
import { loadWorldGazetteer, loadWorldTagger } from '../../../../geodata/scripts/load-world-gazetteer';
import { geoparseText } from '../geoparse/geoparse-text';
import type { MachineCorrection } from '../records/schema';
import { applyCorrections } from './apply-corrections';

const TEXT = 'Protesters gathered in Kyiv on Monday while officials in Lviv and Odesa said the power cuts would continue.\n\nA delegation later travelled to Warsaw for talks.';
const FILE = 'geodata/articles/user_0123456789ab.meta.json';
const reading = () => geoparseText(TEXT, loadWorldGazetteer(), loadWorldTagger());
const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, text: words });

describe('corrections of the machine’s places', () => {
	it('drops a span marked "not a place" and keeps the rest', () => {
		const raw = reading();
		expect(raw.map((t) => t.name)).toEqual(expect.arrayContaining(['Kyiv', 'Warsaw']));
		const { reading: out, problems } = applyCorrections(TEXT, raw, [{ ...span('Warsaw'), action: 'not-a-place' }], FILE);
		expect(problems).toEqual([]);
		expect(out.map((t) => t.text)).not.toContain('Warsaw');
		expect(out).toHaveLength(raw.length - 1);
	});

	it('uses another of the geoparser’s candidates, with its name and coordinates', () => {
		const raw = reading();
		const odesa = raw.find((t) => t.text === 'Odesa')!;
		const other = odesa.candidates.find((k) => typeof k.id === 'number' && k.id !== odesa.geonameId);
		expect(other, 'the geoparser offers a runner-up for Odesa').toBeDefined();
		const { reading: out, problems } = applyCorrections(TEXT, raw, [{ ...span('Odesa'), action: 'use', geonameId: other!.id as number }], FILE);
		expect(problems).toEqual([]);
		const picked = out.find((t) => t.text === 'Odesa')!;
		expect(picked).toMatchObject({ geonameId: other!.id, name: other!.name, lat: other!.lat, lon: other!.lon, confidence: 1 });
		expect(picked.reason).toMatch(/chosen by a person/);
	});

	it('names the file and the correction whose words no longer fit, or whose candidate is not offered', () => {
		const raw = reading();
		const moved = { ...span('Lviv'), start: span('Lviv').start + 1, end: span('Lviv').end + 1 };
		const { problems } = applyCorrections(TEXT, raw, [{ ...moved, action: 'confirm' }, { ...span('Kyiv'), action: 'use', geonameId: 1 }], FILE);
		expect(problems).toEqual([
			{ file: FILE, where: 'corrections[0]', message: expect.stringContaining('is “viv ”, not “Lviv”') },
			{ file: FILE, where: 'corrections[1]', message: expect.stringContaining('geonameId 1 is neither one of the candidates for “Kyiv”') }
		]);
	});

	it('adds a place the machine missed, and uses one found by searching the gazetteer, both by GeoNames id', () => {
		const world = loadWorldGazetteer();
		const byId = new Map(world.places.filter((p) => typeof p.id === 'number').map((p) => [p.id as number, p]));
		const raw = reading();
		const kyivId = raw.find((t) => t.text === 'Kyiv')!.geonameId!;
		const warsawId = raw.find((t) => t.text === 'Warsaw')!.geonameId!;
		const text = `${TEXT} Talks in the capital went on.`;
		const at = text.indexOf('the capital');
		const { reading: out, problems } = applyCorrections(
			text,
			raw,
			[
				{ start: at, end: at + 11, text: 'the capital', action: 'add', geonameId: kyivId },
				{ ...span('Lviv'), action: 'use', geonameId: warsawId },
				{ ...span('Kyiv'), action: 'add', geonameId: kyivId }
			],
			FILE,
			(id) => byId.get(id)
		);
		expect(problems).toEqual([{ file: FILE, where: 'corrections[2]', message: expect.stringContaining('“Kyiv” overlaps “Kyiv”') }]);
		expect(out.find((t) => t.text === 'the capital')).toMatchObject({ name: 'Kyiv', geonameId: kyivId, reason: expect.stringMatching(/added by a person/) });
		expect(out.find((t) => t.text === 'Lviv')).toMatchObject({ name: 'Warsaw', reason: expect.stringMatching(/from the gazetteer/) });
		expect(out.map((t) => t.start)).toEqual([...out.map((t) => t.start)].sort((a, b) => a - b));
	});

	it('moves a place to where a person put it by hand: their point, not a GeoNames place, and the reading it came from is untouched', () => {
		const raw = reading();
		const before = JSON.stringify(raw);
		const odesa = raw.find((t) => t.text === 'Odesa')!;
		expect(odesa).toMatchObject({ name: 'Odesa', country: 'UA' });
		const { reading: out, problems } = applyCorrections(TEXT, raw, [{ ...span('Odesa'), action: 'move', lat: 50.45, lon: 30.52 }], FILE);
		expect(problems).toEqual([]);
		const moved = out.find((t) => t.text === 'Odesa')!;
		expect(moved).toMatchObject({ type: 'literal', name: 'Odesa', lat: 50.45, lon: 30.52, country: null, confidence: 1, byHand: true, kind: odesa.kind });
		expect(moved.reason).toBe('placed by hand by a person at 50.45, 30.52 (the machine had Odesa, UA)');
		expect(moved.geonameId, 'no GeoNames place is meant').toBeUndefined();
		expect(moved.candidates, 'the runner-ups stay for review').toEqual(odesa.candidates);
		expect(JSON.stringify(raw), 'the machine reading is not changed').toBe(before);
		expect(out.filter((t) => t !== moved)).toEqual(raw.filter((t) => t.text !== 'Odesa'));
	});

	it('names a move whose words are no place the machine found, or that has no position', () => {
		const raw = reading();
		const { reading: out, problems } = applyCorrections(
			TEXT,
			raw,
			[
				{ ...span('Monday'), action: 'move', lat: 50.45, lon: 30.52 },
				{ ...span('Lviv'), action: 'move', lat: 49.84 } as MachineCorrection
			],
			FILE
		);
		expect(problems).toEqual([
			{ file: FILE, where: 'corrections[0]', message: `the machine found no place at “Monday” (${span('Monday').start}–${span('Monday').end}) to move` },
			{ file: FILE, where: 'corrections[1]', message: 'a "move" needs the new position: add "lat" and "lon"' }
		]);
		expect(out).toEqual(raw);
	});
});
