import { describe, expect, it } from 'vitest';
import { miniIndex } from '../../../../tests/fixtures/mini-index';
import type { IndexPlace } from '../atlas-index';
import { createAtlasSearch, indexTexts, type SearchText } from './search-atlas';
import { createPlaceSearch } from './search-places';

const place = (id: string, name: string, aliases: string[], extra: Partial<IndexPlace> = {}): IndexPlace => ({
	...miniIndex.places[0]!,
	id,
	name,
	aliases,
	names: {},
	reportedActors: [],
	namedWithActors: [],
	...extra
});
// The corpus's spellings (geodata/gazetteer.json): two Iranian cities one letter apart, and Karbala's variant.
const places = [
	place('tehran', 'Tehran', ['Tehran', 'Teheran'], { names: { fa: 'تهران' }, namedWithActors: ['irgc'] }),
	place('mehran', 'Mehran', ['Mehran', 'Mehrān']),
	place('karbala', 'Karbala', ['Karbala', 'Kerbala'], { namedWithActors: ['suleimani'] }),
	place('amerli', 'Amerli', ['Amerli', 'Amirli', 'Emirli'], { reportedActors: ['kataib-hezbollah'] })
];
const texts: SearchText[] = [
	{ id: 's1', kind: 'sentence', article: 'a1', text: 'Militiamen lifted the siege of Amerli after eighty days.', places: ['amerli'] },
	{ id: 's2', kind: 'sentence', article: 'a1', text: 'Suleimani was photographed in Karbala, near the shrine.', places: ['karbala'] },
	{ id: 'raid/claim-0', kind: 'quote', article: 'a2', text: 'gunmen in American uniforms stormed the compound', places: ['karbala'], event: 'raid' }
];
const search = createAtlasSearch({ places, groups: miniIndex.groups, people: miniIndex.people }, texts);

describe('place search: "Tehran" also matched Mehran', () => {
	it('finds only the place a query spells when one matches as typed', () => {
		expect(createPlaceSearch(places)('Tehran')).toEqual(['tehran']);
		expect(createPlaceSearch(places)('Mehran')).toEqual(['mehran']);
		expect(search('Tehran').places).toEqual(['tehran']);
	});

	it('still finds a place by any spelling, by its beginning, and by a typo when nothing matches as typed', () => {
		expect(createPlaceSearch(places)('Kerbala')).toEqual(['karbala']);
		expect(createPlaceSearch(places)('Teheran')).toEqual(['tehran']);
		expect(createPlaceSearch(places)('تهران')).toEqual(['tehran']);
		expect(createPlaceSearch(places)('Tehr')).toEqual(['tehran']);
		expect(createPlaceSearch(places)('Karbalaa')).toEqual(['karbala']);
	});
});

describe('createAtlasSearch', () => {
	it('finds groups and people by name or alias, and keeps the places they are named at', () => {
		const quds = search('Quds');
		expect(quds.groups).toEqual(['quds-force']);
		expect(search('Suleimani')).toMatchObject({ people: ['suleimani'], filterPlaces: ['karbala'] });
		expect(search('Kataib').filterPlaces).toEqual(['amerli']);
	});

	it('finds sentences and quotes by their words, and keeps the places they name', () => {
		const siege = search('siege');
		expect(siege.texts.map((t) => t.id)).toEqual(['s1']);
		expect(siege.filterPlaces).toEqual(['amerli']);
		expect(search('uniforms').texts.map((t) => t.id)).toEqual(['raid/claim-0']);
		expect(search('American uniforms').filterPlaces).toEqual(['karbala']);
	});

	it('keeps the places found by name before those of the sentences that also hold the word', () => {
		const karbala = search('Karbala');
		expect(karbala.places).toEqual(['karbala']);
		expect(karbala.texts.map((t) => t.id)).toEqual(['s2']);
		expect(karbala.filterPlaces).toEqual(['karbala']);
	});

	it('forgives no typo in prose, and one in a name only when nothing matches as typed', () => {
		expect(search('sieges').texts).toEqual([]);
		expect(search('Suleimanni').people).toEqual(['suleimani']);
		expect(search('   ')).toMatchObject({ places: [], texts: [], filterPlaces: [] });
	});
});

describe('the texts of a large article, indexed a slice at a time', () => {
	// 2,000 sentences: four slices; one names Amerli, one Karbala, the rest neither.
	const many: SearchText[] = Array.from({ length: 2000 }, (_, i) => ({
		id: `long/${i}`,
		kind: 'sentence',
		article: 'long',
		text: i === 1234 ? 'Aid reached Amerli by road on the tenth day.' : i === 1999 ? 'Pilgrims filled Karbala for the anniversary.' : `Rain fell on the plain for the ${i}th hour.`,
		places: i === 1234 ? ['amerli'] : i === 1999 ? ['karbala'] : []
	}));
	const index = { places, groups: miniIndex.groups, people: miniIndex.people };

	it('finds what the index built in one piece finds', async () => {
		const sliced = createAtlasSearch(index, await indexTexts(many));
		const whole = createAtlasSearch(index, many);
		for (const q of ['reached by road', 'Pilgrims', 'anniversary', 'plain hour', 'nowhere']) expect(sliced(q), q).toEqual(whole(q));
		expect(sliced('reached by road').texts.map((t) => t.id)).toEqual(['long/1234']);
		expect(sliced('Pilgrims').filterPlaces).toEqual(['karbala']);
	});

	it('lets the page run between slices', async () => {
		let ranBetween = false;
		setTimeout(() => (ranBetween = true), 0);
		const indexing = indexTexts(many).then(() => ranBetween);
		expect(await indexing).toBe(true);
	});
});
