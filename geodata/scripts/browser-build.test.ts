/**
 * The dashboard's worker runs the same build as `npm run geodata`: from what the site ships
 * (build-inputs.json, the world gazetteer, the tagger) it publishes the same files for the shipped
 * corpus, and with a pasted article added the new places, texts and bundles load through the same loader.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGeodata, type GeodataInputs } from '../../src/lib/domain/build-geodata';
import { browserInputs, isBrowserInputs, type BrowserInputs } from '../../src/lib/domain/bundles/browser-inputs';
import { geodataFiles } from '../../src/lib/domain/bundles/geodata-files';
import { DEFAULT_FILTERS } from '../../src/lib/domain/filter/filter-state';
import { filterAtlas, prepareIndex } from '../../src/lib/domain/filter/filter-atlas';
import { assembleInputs, NO_ADDITIONS, repeatedArticles, withAdditions, type Additions } from '../../src/lib/domain/ingest/assemble-inputs';
import { draftArticle } from '../../src/lib/domain/ingest/draft-article';
import { acceptedPlace, recordEvent } from '../../src/lib/domain/ingest/record-event';
import { articlesZip } from '../../src/lib/domain/export/articles-zip';
import { buildFromFolder } from './build-geodata';
import { extractArticle } from '../../src/lib/domain/ingest/extract-article';
import { loadAtlasData, loadPlaceBundle } from '../../src/lib/state/load-atlas-data';
import { memoryFetcher } from '../../src/lib/state/memory-fetcher';
import { loadGeonames } from './load-geonames';
import { loadInputs } from './load-inputs';
import { loadWorldGazetteer, loadWorldTagger } from './load-world-gazetteer';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const KYIV =
	'Protesters gathered in Kyiv on Monday while officials in Lviv and Odesa said the power cuts would continue.\n\nA delegation later travelled to Warsaw for talks.';

let node: GeodataInputs;
let shipped: BrowserInputs;
const browserBuild = (drafts: Parameters<typeof assembleInputs>[1], additions: Additions = NO_ADDITIONS) => {
	const inputs = assembleInputs(shipped, drafts, additions, loadWorldGazetteer(), loadWorldTagger(), node.countryShapes!);
	return { inputs, out: buildGeodata(inputs) };
};

beforeAll(async () => {
	node = await loadInputs('geodata', loadGeonames());
	// As the worker receives it: through JSON.
	shipped = JSON.parse(JSON.stringify(browserInputs(node))) as BrowserInputs;
}, 60_000);

describe('the build in the browser', () => {
	it('publishes the same files as npm run geodata for the shipped corpus', () => {
		expect(isBrowserInputs(shipped)).toBe(true);
		const fromNode = geodataFiles(node, buildGeodata(node));
		const { inputs, out } = browserBuild([]);
		const fromBrowser = geodataFiles(inputs, out);
		expect([...fromBrowser.keys()].sort()).toEqual([...fromNode.keys()].sort());
		for (const [path, body] of fromNode) expect(fromBrowser.get(path), path).toEqual(body);
	});

	it('puts a pasted article on the map as unreviewed places, hidden by the reviewed-only filter', async () => {
		const draft = draftArticle(extractArticle('The pasted text', KYIV, 'text', parse), { outlet: 'Test Wire' }, '2026-12-01');
		const { inputs, out } = browserBuild([draft]);
		const files = geodataFiles(inputs, out);
		const strings = new Map([...files].map(([k, v]) => [k, typeof v === 'string' ? v : new TextDecoder().decode(v)]));
		const fetcher = memoryFetcher('', strings, () => Promise.reject(new Error('nothing may come from the network')));
		const data = await loadAtlasData('', fetcher);

		const names = (ids: Iterable<string>) => [...ids].map((id) => data.index.places.find((p) => p.id === id)!.name);
		const kyiv = data.index.places.find((p) => p.name === 'Kyiv')!;
		expect(kyiv, 'Kyiv is a place').toBeDefined();
		expect(kyiv.unreviewed).toBe(true);
		expect(kyiv.articles).toEqual([draft.meta.id]);
		expect(data.index.places.filter((p) => p.articles.includes(draft.meta.id)).map((p) => p.name).sort()).toEqual(['Kyiv', 'Lviv', 'Odesa', 'Warsaw']);
		expect(data.index.places.find((p) => p.id === 'baghdad')!.unreviewed).toBeUndefined();
		expect(data.places.features.find((f) => f.properties!.id === kyiv.id)!.properties!.unreviewed).toBe(true);

		// Its sentence, verbatim at its offsets in the stored text, comes with Kyiv's bundle.
		const bundle = await loadPlaceBundle('', kyiv.id, 0, fetcher);
		const text = strings.get(`articles/${draft.meta.file}`)!;
		expect(text).toBe(KYIV);
		const sentence = bundle.sentences.find((s) => s.article === draft.meta.id)!;
		expect(sentence.text).toBe('Protesters gathered in Kyiv on Monday while officials in Lviv and Odesa said the power cuts would continue.');
		expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);

		const prepared = prepareIndex(data.index);
		const all = filterAtlas(prepared, DEFAULT_FILTERS);
		const reviewed = filterAtlas(prepared, { ...DEFAULT_FILTERS, reviewedOnly: true });
		expect(names(all.places)).toEqual(expect.arrayContaining(['Kyiv', 'Baghdad']));
		expect(names(reviewed.places)).not.toContain('Kyiv');
		expect(names(reviewed.places)).toContain('Baghdad');
		expect(reviewed.places.size).toBe(all.places.size - 4);
	});

	it('recognises a shipped article pasted again, whatever its line ends', async () => {
		const first = node.articles[0]!;
		const pasted = (await readFile(`geodata/articles/${first.meta.file}`, 'utf8')).replace(/\n/g, '\r\n');
		const draft = draftArticle(extractArticle('The pasted text', pasted, 'text', parse), {}, '2026-12-01');
		expect(repeatedArticles(shipped.articles, [draft])).toEqual([expect.stringContaining(`is already in the atlas as “${first.meta.title}”`)]);
		const fresh = draftArticle(extractArticle('The pasted text', KYIV, 'text', parse), {}, '2026-12-01');
		expect(repeatedArticles(shipped.articles, [fresh])).toEqual([]);
		expect(repeatedArticles(shipped.articles, [fresh, { ...fresh }])).toHaveLength(1);
	});

	it('downloads files geodata/ accepts: unzipped and built with npm run geodata, the same places come back', async () => {
		const read = draftArticle(extractArticle('The pasted text', KYIV, 'text', parse), { outlet: 'Test Wire', published: '2026-11-30' }, '2026-12-01');
		// A person said Warsaw is not a place here and put Odesa on the map by hand (to test that
		// corrections travel with the files).
		const at = KYIV.indexOf('Warsaw');
		const odesa = KYIV.indexOf('Odesa');
		const corrections = [
			{ start: odesa, end: odesa + 5, text: 'Odesa', action: 'move' as const, lat: 47.1, lon: 29.5 },
			{ start: at, end: at + 6, text: 'Warsaw', action: 'not-a-place' as const }
		];
		const draft = { ...read, meta: { ...read.meta, corrections } };
		const inBrowser = browserBuild([draft]).out.index.places.filter((p) => p.articles.includes(draft.meta.id));

		const work = await mkdtemp(join(tmpdir(), 'atlas-roundtrip-'));
		try {
			for (const f of ['articles', 'gazetteer.json', 'actors.json', 'events.json', 'corpus.json', 'stories']) await cp(join('geodata', f), join(work, 'geodata', f), { recursive: true });
			const files = unzipSync(articlesZip([draft]));
			expect(Object.keys(files).sort()).toEqual([`geodata/articles/${draft.metaFile}`, `geodata/articles/${draft.meta.file}`]);
			for (const [path, bytes] of Object.entries(files)) {
				mkdirSync(dirname(join(work, path)), { recursive: true });
				await writeFile(join(work, path), strFromU8(bytes));
			}
			const { out } = await buildFromFolder(join(work, 'geodata'));
			const rebuilt = out.index.places.filter((p) => p.articles.includes(draft.meta.id));
			const shape = (ps: typeof rebuilt) =>
				ps
					.map(({ id, name, kind, lat, lon, unreviewed, mentionCount, source, coordSource, precision }) => ({ id, name, kind, lat, lon, unreviewed, mentionCount, source, coordSource, precision }))
					.sort((a, b) => a.id.localeCompare(b.id));
			expect(shape(rebuilt)).toEqual(shape(inBrowser));
			expect(rebuilt.map((p) => p.name).sort()).toEqual(['Kyiv', 'Lviv', 'Odesa']);
			expect(rebuilt.find((p) => p.name === 'Odesa')).toMatchObject({ id: `hand-${draft.meta.id}-${odesa}`, lat: 47.1, lon: 29.5, source: 'hand', coordSource: `hand:${draft.meta.id}`, precision: 'approximate' });
			const article = out.index.articles.find((a) => a.id === draft.meta.id)!;
			expect(article.review).toBe('unreviewed');
			expect(article.published).toMatchObject({ date: '2026-11-30', inferred: false });
		} finally {
			await rm(work, { recursive: true, force: true });
		}
	}, 60_000);

	it('puts a place moved by hand in one article where the person put it, and leaves another article’s reading of the same GeoNames place as it was', () => {
		const moved = draftArticle(extractArticle('The pasted text', KYIV, 'text', parse), { outlet: 'Test Wire' }, '2026-12-01');
		const other = draftArticle(extractArticle('The pasted text', 'Grain ships left Odesa on Tuesday for Istanbul, port officials said.', 'text', parse), { outlet: 'Port Daily' }, '2026-12-01');
		const at = KYIV.indexOf('Odesa');
		const corrections = [{ start: at, end: at + 5, text: 'Odesa', action: 'move' as const, lat: 47.1, lon: 29.5 }];
		const before = browserBuild([moved, other]).out.index;
		const geonames = before.places.find((p) => p.name === 'Odesa' && p.source === 'geonames')!;
		expect(geonames.articles.sort()).toEqual([moved.meta.id, other.meta.id].sort());

		const { out } = browserBuild([{ ...moved, meta: { ...moved.meta, corrections } }, other]);
		const id = `hand-${moved.meta.id}-${at}`;
		const hand = out.index.places.find((p) => p.id === id)!;
		expect(hand).toMatchObject({ name: 'Odesa', lat: 47.1, lon: 29.5, country: null, source: 'hand', coordSource: `hand:${moved.meta.id}`, precision: 'approximate', articles: [moved.meta.id], mentionCount: 1, unreviewed: true });
		const mention = out.index.mentions.find((m) => m.article === moved.meta.id && m.start === at)!;
		expect(mention).toMatchObject({ id, resolution: { source: 'hand', reason: expect.stringContaining('placed by hand by a person at 47.1, 29.5 (the machine had Odesa, UA)') } });
		expect(out.places.features.find((f) => f.id === id)!.properties).toMatchObject({ source: 'hand', precision: 'approximate' });

		// The other article still reads GeoNames' Odesa, at GeoNames' point.
		const still = out.index.places.find((p) => p.id === geonames.id)!;
		expect(still).toMatchObject({ lat: geonames.lat, lon: geonames.lon, source: 'geonames', coordSource: geonames.coordSource, precision: 'exact', articles: [other.meta.id] });
		expect(out.index.mentions.filter((m) => m.article === other.meta.id && m.kind === 'place').map((m) => m.id)).toEqual(
			before.mentions.filter((m) => m.article === other.meta.id && m.kind === 'place').map((m) => m.id)
		);
	});

	it('keeps a person’s corrections in one article when an event recorded from another makes the same names curated places', () => {
		// Article one: Odesa moved by hand, Warsaw not a place. Article two records an event at Odesa and
		// Warsaw, which accepts both GeoNames places into the gazetteer (so the name index knows them).
		const first = draftArticle(extractArticle('The pasted text', KYIV, 'text', parse), { outlet: 'Test Wire' }, '2026-12-01');
		const odesa = KYIV.indexOf('Odesa');
		const warsaw = KYIV.indexOf('Warsaw');
		const corrections = [
			{ start: odesa, end: odesa + 5, text: 'Odesa', action: 'move' as const, lat: 47.1, lon: 29.5 },
			{ start: warsaw, end: warsaw + 6, text: 'Warsaw', action: 'not-a-place' as const }
		];
		const corrected = { ...first, meta: { ...first.meta, corrections } };
		const hedged = 'Officials in Odesa said on Monday that the talks in Warsaw would continue.';
		const second = draftArticle(extractArticle('The pasted text', hedged, 'text', parse), { outlet: 'Port Daily' }, '2026-12-01');
		const before = browserBuild([corrected, second]).out.index;
		const named = (name: string) => before.places.find((p) => p.name === name && p.source === 'geonames')!;
		const event = recordEvent(
			{ article: second.meta.id, quote: hedged.slice(0, -1), title: 'Officials say talks will continue', type: 'statement', date: { start: '2026-11', precision: 'month' }, stance: 'reports', places: [{ place: named('Odesa').id, role: 'location' }, { place: named('Warsaw').id, role: 'location' }], participants: [] },
			{ articleDate: '2026-12-01', places: new Map(before.places.map((p) => [p.id, p])), actors: new Map() }
		);
		const { out } = browserBuild([corrected, second], { places: [acceptedPlace(named('Odesa'))!, acceptedPlace(named('Warsaw'))!], events: [event] });
		const placeIn = (article: string, start: number) => out.index.mentions.find((m) => m.article === article && m.start === start && m.kind === 'place');
		expect(placeIn(first.meta.id, odesa)?.id, 'the hand placing stands').toBe(`hand-${first.meta.id}-${odesa}`);
		expect(placeIn(first.meta.id, warsaw), 'Warsaw stays “not a place” in article one').toBeUndefined();
		expect(placeIn(second.meta.id, hedged.indexOf('Odesa'))?.id, 'article two names the accepted Odesa').toBe(named('Odesa').id);
		expect(out.index.places.find((p) => p.id === named('Warsaw').id)!.articles).toEqual([second.meta.id]);
	});

	it('records an event from a sentence: the quote is located verbatim, the place quoted, the unstated date marked inferred; its files rebuild it', async () => {
		const draft = draftArticle(extractArticle('The pasted text', KYIV, 'text', parse), { outlet: 'Test Wire', published: '2026-11-30' }, '2026-12-01');
		const first = browserBuild([draft]).out.index;
		const kyiv = first.places.find((p) => p.name === 'Kyiv')!;
		const lviv = first.places.find((p) => p.name === 'Lviv')!;
		const quote = 'officials in Lviv and Odesa said the power cuts would continue';
		const event = recordEvent(
			{ article: draft.meta.id, quote, title: 'Officials say power cuts will continue', type: 'statement', date: { start: '2026-11', precision: 'month' }, stance: 'reports', places: [{ place: lviv.id, role: 'location' }, { place: kyiv.id, role: 'location' }], participants: [] },
			{ articleDate: '2026-11-30', places: new Map(first.places.map((p) => [p.id, p])), actors: new Map() }
		);
		expect(event.places).toEqual([
			{ place: lviv.id, role: 'location', quoted: 'in Lviv' },
			{ place: kyiv.id, role: 'location', inferred: expect.stringContaining('does not say it happened at Kyiv') }
		]);
		expect(event.date.inferred).toMatch(/does not state the year 2026, the month \(November\)/);
		const additions = { places: [acceptedPlace(lviv)!, acceptedPlace(kyiv)!], events: [event] };
		const { out } = browserBuild([draft], additions);
		const built = out.index.events.find((e) => e.id === event.id)!;
		expect(built.claims[0]).toMatchObject({ article: draft.meta.id, quote, start: KYIV.indexOf(quote), end: KYIV.indexOf(quote) + quote.length });
		expect(built.places[0]).toMatchObject({ place: lviv.id, evidence: { text: 'in Lviv' } });
		expect(built.places[1]).toMatchObject({ place: kyiv.id, inferred: expect.any(String) });
		expect(out.index.places.find((p) => p.id === kyiv.id)!.events).toContain(event.id);

		// A quote that is not in the article is refused, by the same check as the shipped corpus.
		const wrong = { ...event, claims: [{ ...event.claims[0]!, quote: 'officials in Lviv said the power would stay on' }] };
		expect(() => browserBuild([draft], { ...additions, events: [wrong] })).toThrow(/is not in the article|not found|does not occur/);

		// The downloaded files rebuild the same event with npm run geodata.
		const all = withAdditions(shipped, additions);
		const work = mkdtempSync(join(tmpdir(), 'atlas-events-'));
		try {
			for (const f of ['articles', 'actors.json', 'corpus.json', 'stories']) cpSync(join('geodata', f), join(work, 'geodata', f), { recursive: true });
			for (const [path, bytes] of Object.entries(unzipSync(articlesZip([draft], { gazetteer: all.gazetteer.data, events: all.events.data })))) {
				mkdirSync(dirname(join(work, path)), { recursive: true });
				writeFileSync(join(work, path), strFromU8(bytes));
			}
			const { out: rebuilt } = await buildFromFolder(join(work, 'geodata'));
			const again = rebuilt.index.events.find((e) => e.id === event.id)!;
			expect(again.claims).toEqual(built.claims);
			expect(again.places).toEqual(built.places);
			expect(rebuilt.index.events).toHaveLength(out.index.events.length);
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});

	it('finds the places of an Arabic article by the gazetteer’s Arabic names, and says so when it knows none', () => {
		const arabic = 'قال مسؤولون في بغداد إن القوات وصلت إلى الموصل يوم الثلاثاء.';
		const draft = draftArticle(extractArticle('The pasted text', arabic, 'text', parse), {}, '2026-12-01');
		expect(draft.meta.language).toBe('ar');
		const { out } = browserBuild([draft]);
		expect(out.index.places.filter((p) => p.articles.includes(draft.meta.id)).map((p) => p.id).sort()).toEqual(['baghdad', 'mosul']);
		const mention = out.index.mentions.find((m) => m.article === draft.meta.id && m.id === 'baghdad')!;
		expect(arabic.slice(mention.start, mention.end)).toBe('بغداد');

		const nowhere = draftArticle(extractArticle('The pasted text', 'The committee met on Monday and agreed to meet again in spring.', 'text', parse), {}, '2026-12-01');
		expect(browserBuild([nowhere]).out.index.places.filter((p) => p.articles.includes(nowhere.meta.id))).toEqual([]);
	});

	it('adds a proposed group to the actors: it is matched in the article and joins its parent', () => {
		const text = 'Fighters of the Imam Ali Brigades reached Samarra on Monday, local officials said.';
		const draft = draftArticle(extractArticle('The pasted text', text, 'text', parse), {}, '2026-12-01');
		const group = { id: 'imam-ali-brigades', name: 'Imam Ali Brigades', type: 'militia' as const, country: null, parents: [{ group: 'popular-mobilization-forces' }], aliases: ['Imam Ali Brigades'], names: {} };
		const { out } = browserBuild([draft], { ...NO_ADDITIONS, groups: [group] });
		expect(out.index.groups.find((g) => g.id === 'popular-mobilization-forces')!.children.map((c) => c.group)).toContain('imam-ali-brigades');
		const mention = out.index.mentions.find((m) => m.article === draft.meta.id && m.kind === 'group')!;
		expect(mention.id).toBe('imam-ali-brigades');
		expect(text.slice(mention.start, mention.end)).toBe('Imam Ali Brigades');
	});
});
