/**
 * Exports of the shipped corpus, filtered to sieges: valid GeoJSON whose every quote and sentence is
 * the article text at its span, and CSV with one row per claim that reads back to the same quotes.
 */
import gjv from 'geojson-validation';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedCorpus } from '../../../../tests/unit/shipped-corpus';
import { splitIndex } from '../bundles/split-index';
import { filterAtlas, prepareIndex } from '../filter/filter-atlas';
import { DEFAULT_FILTERS } from '../filter/filter-state';
import { miniIndex } from '../../../../tests/fixtures/mini-index';
import type { IndexEvent, IndexPlace } from '../atlas-index';
import type { Sentence } from '../types';
import { csvCell, viewCsv, viewGeoJson, type ViewSources } from './export-view';

let view: ViewSources;
const texts = new Map<string, string>();

beforeAll(async () => {
	const { inputs, out } = await shippedCorpus();
	for (const a of inputs.articles) texts.set(a.meta.id, a.text);
	const split = splitIndex(out.index);
	const visible = filterAtlas(prepareIndex(split.first), { ...DEFAULT_FILTERS, types: ['siege'] });
	const sentences = new Map<string, Sentence[]>();
	const fullEvents = new Map<string, IndexEvent>();
	for (const b of split.places) {
		if (!visible.places.has(b.place)) continue;
		sentences.set(b.place, [...(sentences.get(b.place) ?? []), ...b.sentences]);
		for (const e of b.events) fullEvents.set(e.id, e);
	}
	view = { index: split.first, places: [...visible.places], events: new Set(visible.events), sentences, fullEvents };
}, 60_000);

/** Reads RFC 4180 CSV back into rows. */
function parseCsv(csv: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < csv.length; i++) {
		const ch = csv[i]!;
		if (quoted) {
			if (ch === '"' && csv[i + 1] === '"') (cell += '"'), i++;
			else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') row.push(cell), (cell = '');
		else if (ch === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
		else cell += ch;
	}
	return rows;
}

describe('exporting the filtered view', () => {
	it('writes valid GeoJSON of the shown places and events, every source verbatim at its span', () => {
		const fc = viewGeoJson(view);
		expect(gjv.isFeatureCollection(fc, true)).toEqual([]);
		const events = fc.features.filter((f) => f.properties!.layer === 'event');
		expect(new Set(events.map((f) => f.properties!.id))).toEqual(new Set(['amerli-siege', 'kobane-siege-broken-2015'].filter((id) => view.events.has(id))));
		expect(events.map((f) => f.properties!.id)).toContain('amerli-siege');
		const amerli = fc.features.find((f) => f.properties!.layer === 'place' && f.properties!.id === 'amerli')!;
		expect(amerli.properties!.name).toBe('Amerli');
		expect(amerli.properties!.sources.length).toBeGreaterThan(0);
		for (const f of fc.features) {
			const sources = f.properties!.layer === 'place' ? f.properties!.sources : f.properties!.claims;
			for (const s of sources) expect(texts.get(s.article)!.slice(s.start, s.end), `${f.properties!.id} in ${s.article}`).toBe(s.text);
		}
		// Nothing the filter hides: Baghdad has no siege.
		expect(fc.features.some((f) => f.properties!.id === 'baghdad' || f.properties!.place === 'baghdad')).toBe(false);
	});

	it('writes one CSV row per claim of the shown events, reading back to the verbatim quotes', () => {
		const rows = parseCsv(viewCsv(view));
		const [head, ...body] = rows;
		expect(head!.slice(0, 3)).toEqual(['event', 'title', 'type']);
		const col = (name: string) => head!.indexOf(name);
		const claims = [...view.events].reduce((n, id) => n + (view.fullEvents.get(id)?.claims.length ?? 0), 0);
		expect(body).toHaveLength(claims);
		for (const r of body) {
			expect(r).toHaveLength(head!.length);
			const quote = r[col('quote')]!.replace(/^'(?=[=+\-@\t\r])/, '');
			expect(texts.get(r[col('article')]!)!.slice(Number(r[col('start')]), Number(r[col('end')]))).toBe(quote);
			expect(r[col('type')]).toBe('siege');
		}
		expect(body.some((r) => r[col('places')]!.includes('Amerli'))).toBe(true);
	});

	it('keeps a cell a spreadsheet would run as a formula as text', () => {
		expect(csvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-2 killed')).toBe("'-2 killed");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\t=1')).toBe("'\t=1");
		expect(csvCell('Amirli, Salahuddin')).toBe('"Amirli, Salahuddin"');
		expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell(42)).toBe('42');
	});
});

describe('crediting the data sources of an exported view', () => {
	// The mini atlas (curated places, points placed by hand) with a place a reader's article added from GeoNames.
	const mosul: IndexPlace = { ...miniIndex.places[0]!, id: 'geonames-99072', name: 'Mosul', kind: 'city', lat: 36.335, lon: 43.119, aliases: ['Mosul'], names: {}, source: 'geonames', coordSource: 'geonames:99072', events: ['mosul-offensive'] };
	const offensive: IndexEvent = { ...miniIndex.events[0]!, id: 'mosul-offensive', title: 'Battle of Mosul', type: 'battle', places: [{ place: mosul.id, role: 'location' }] };
	const { first } = splitIndex({ ...miniIndex, places: [...miniIndex.places, mosul], events: [...miniIndex.events, offensive] });
	const viewOf = (places: string[], events: IndexEvent[]): ViewSources => ({ index: first, places, events: new Set(events.map((e) => e.id)), sentences: new Map(), fullEvents: new Map(events.map((e) => [e.id, e])) });
	const csvColumn = (csv: string, name: string) => {
		const [head, ...body] = parseCsv(csv);
		return body.map((r) => r[head!.indexOf(name)]);
	};

	it('credits GeoNames (CC BY 4.0) on a GeoNames place, its events and the file, in GeoJSON', () => {
		const fc = viewGeoJson(viewOf(['amerli', mosul.id], [miniIndex.events[0]!, offensive]));
		expect(fc.attribution).toBe('GeoNames, CC BY 4.0, https://www.geonames.org/');
		expect(fc.credits.map((c) => c.name)).toEqual(['GeoNames']);
		const credit = (layer: string, id: string) => fc.features.find((f) => f.properties!.layer === layer && f.properties!.id === id)!.properties!.credit;
		expect([credit('place', mosul.id), credit('event', 'mosul-offensive')]).toEqual([fc.attribution, fc.attribution]);
		// Amerli's point was set by a curator: no source asks for credit.
		expect([credit('place', 'amerli'), credit('event', 'amerli-siege')]).toEqual([null, null]);
		expect(gjv.isFeatureCollection(fc, true)).toEqual([]);
	});

	it('credits GeoNames in the CSV rows that name a GeoNames place, and nothing in a view of curated names', () => {
		const csv = viewCsv(viewOf(['amerli', mosul.id], [miniIndex.events[0]!, offensive]));
		expect(csvColumn(csv, 'places')).toEqual(['Amerli', 'Mosul']);
		expect(csvColumn(csv, 'source_credit')).toEqual(['', 'GeoNames, CC BY 4.0, https://www.geonames.org/']);
		expect(csvColumn(viewCsv(viewOf(['amerli'], [miniIndex.events[0]!])), 'source_credit')).toEqual(['']);
	});

	it('credits the GeoNames point of a curated place in GeoJSON, not its curated name in CSV', () => {
		const { first: shipped } = splitIndex({ ...miniIndex, places: miniIndex.places.map((p) => (p.id === 'amerli' ? { ...p, coordSource: 'geonames:99237' } : p)) });
		const curated = { ...viewOf(['amerli'], [miniIndex.events[0]!]), index: shipped };
		expect(viewGeoJson(curated).credits.map((c) => c.name)).toEqual(['GeoNames']);
		expect(csvColumn(viewCsv(curated), 'source_credit')).toEqual(['']);
	});
});
