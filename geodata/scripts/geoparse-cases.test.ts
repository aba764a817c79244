/**
 * The hard cases the geoparser issue names, on the real world gazetteer and shipped model (loaded
 * once for the file): alternate names, vetoes for people, organisations and common words, demonyms,
 * metonymy, the article's context choosing between namesakes (Paris, Texas or Paris, France), and
 * lists: of countries, of states, of counties.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparseText, type GeoparsedToponym } from '../../src/lib/domain/geoparse/geoparse-text';
import type { Tagger } from '../../src/lib/domain/geoparse/recognise-toponyms';
import type { WorldGazetteer } from '../../src/lib/domain/geoparse/world-gazetteer';
import { loadWorldGazetteer, loadWorldTagger } from './load-world-gazetteer';

let world: WorldGazetteer;
let tagger: Tagger;
const parse = (text: string): GeoparsedToponym[] => geoparseText(text, world, tagger);
const find = (text: string, name: string) => parse(text).find((t) => t.text === name);

beforeAll(() => {
	world = loadWorldGazetteer();
	tagger = loadWorldTagger();
}, 60_000);

describe('geoparser hard cases', () => {
	it('finds Iraqi and Iranian places by the names the news writes, not only GeoNames’ main name', () => {
		const found = parse('Fighting continued in Basra, Irbil, Raqqa, Tal Afar, Haditha, Baiji, Halabja and Ahwaz.');
		expect(found.map((t) => [t.text, t.country])).toEqual([
			['Basra', 'IQ'],
			['Irbil', 'IQ'],
			['Raqqa', 'SY'],
			['Tal Afar', 'IQ'],
			['Haditha', 'IQ'],
			['Baiji', 'IQ'],
			['Halabja', 'IQ'],
			['Ahwaz', 'IR']
		]);
		expect(found.every((t) => t.geonameId! > 0 && t.confidence >= 0.5)).toBe(true);
		expect(found.find((t) => t.text === 'Basra')!.kind).toBe('PPLA');
	});

	it('does not take people, organisations or common words for places', () => {
		expect(parse('Mobile units were sent to the front. Lincoln said the plan would work. Gen. Jackson agreed.')).toEqual([]);
		expect(parse('Reading the report, officials were worried. Nice weather helped. Of the soldiers, most returned.')).toEqual([]);
		const org = parse('The Washington Post quoted a researcher at the Brookings Doha Center.');
		expect(org.filter((t) => t.type !== 'embedded')).toEqual([]);
	});

	it('keeps demonyms as toponyms of their own type, resolved to the country or region', () => {
		const found = parse('Iraqi forces and Kurdish fighters, with Iranian advisers, held the line north of Mosul.');
		expect(found.map((t) => [t.text, t.type, t.name])).toEqual([
			['Iraqi', 'demonym', 'Iraq'],
			['Kurdish', 'demonym', 'Kurdistan'],
			['Iranian', 'demonym', 'Iran'],
			['Mosul', 'literal', 'Mosul']
		]);
	});

	it('marks a capital that speaks for its government as metonymy, and resolves it to the capital', () => {
		const washington = find('Washington said on Monday that it would send more troops to Iraq.', 'Washington')!;
		expect(washington.type).toBe('metonymy');
		expect(washington.kind).toBe('PPLC');
		expect(washington.country).toBe('US');
	});

	it('puts Paris in Texas or in France by what the article says around it', () => {
		const qualified = find('The festival in Paris, Texas, drew crowds.', 'Paris')!;
		expect([qualified.country, qualified.admin1]).toEqual(['US', 'Texas']);
		expect(qualified.reason).toContain('qualified as "Paris, Texas"');
		const texan = find('The Lamar County sheriff said Paris police and officers from Tyler and Sulphur Springs searched the area.', 'Paris')!;
		expect([texan.country, texan.admin1]).toEqual(['US', 'Texas']);
		const french = find('Tourists returned to Paris as France lifted its restrictions; Lyon and Marseille followed.', 'Paris')!;
		expect(french.country).toBe('FR');
		expect(french.candidates.some((c) => c.country === 'US' && c.km > 7000)).toBe(true);
	});

	it('does not let false US hits pull a foreign capital to the United States', () => {
		const text = 'Mobile units and Lincoln said little. Officials in Paris and Berlin condemned the attack in Baghdad.';
		const paris = find(text, 'Paris')!;
		expect(paris.country).toBe('FR');
	});

	it('reads a list of countries as countries, not as the namesake towns of one US state', () => {
		const text = 'Officials in the United States and Norway found a resistant strain. Two patients in Norway died; four were treated in North Carolina. U.S. officials said Mexico, China, Japan, Ukraine and Brazil had cases too.';
		const found = parse(text).filter((t) => ['Norway', 'Mexico', 'China', 'Brazil'].includes(t.text));
		expect(found.map((t) => [t.text, t.kind])).toEqual([
			['Norway', 'PCLI'],
			['Norway', 'PCLI'],
			['Mexico', 'PCLI'],
			['China', 'PCLI'],
			['Brazil', 'PCLI']
		]);
	});

	it('reads a list of states as states, not "Oklahoma" qualified by the next state named', () => {
		const oklahoma = find('Beekeepers in Georgia, Oklahoma, Pennsylvania and Ohio reported losses.', 'Oklahoma')!;
		expect([oklahoma.kind, oklahoma.admin1]).toEqual(['ADM1', 'Oklahoma']);
		expect(oklahoma.reason).not.toContain('qualified');
	});

	it('reads the names of a list that ends in "counties" as counties', () => {
		const found = parse('Flood warnings were issued for Travis, Hays and Williamson counties on Monday.');
		expect(found.map((t) => [t.text, t.placeId, t.admin1])).toEqual([
			['Travis', 'us-county-48453', 'Texas'],
			['Hays', 'us-county-48209', 'Texas'],
			['Williamson', 'us-county-48491', 'Texas']
		]);
	});
});
