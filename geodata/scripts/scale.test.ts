/**
 * The build at sixteen times the shipped corpus (80 articles, 992 events): everything still checks,
 * the first view stays free of text the panels load on demand, and each place's bundle holds every
 * copy of its sentences. Timings live in `npm run bench`, not here.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from './build-geodata';
import type { FirstViewIndex, PlaceBundle } from '../../src/lib/domain/atlas-index';
import { unpackFirstView } from '../../src/lib/domain/bundles/first-view-file';
import { ARTICLES_PER_PAGE, eventOrder, eventPage, placePageFile } from '../../src/lib/domain/bundles/place-pages';
import { placeSources } from '../../src/lib/domain/sources/place-sources';
import { writeSyntheticCorpus } from './synthetic-corpus';

const FACTOR = 16;
let work: string;
let shipped: { index: { events: unknown[]; articles: unknown[] } };
let scaled: { events: { id: string }[]; articles: { id: string }[]; places: { id: string }[] };
let corpus: { articles: number; events: number };

beforeAll(async () => {
	work = await mkdtemp(join(tmpdir(), 'atlas-scale-'));
	corpus = await writeSyntheticCorpus(join(work, 'geodata'), FACTOR, 7);
	await runBuild(join(work, 'geodata'), join(work, 'data'));
	scaled = await readFirstView(join(work, 'data'));
	await runBuild('geodata', join(work, 'shipped'));
	shipped = { index: await readFirstView(join(work, 'shipped')) };
}, 120_000);

async function readFirstView(dir: string): Promise<FirstViewIndex> {
	return unpackFirstView(JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')));
}

afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

describe(`the build at ${FACTOR}× the shipped corpus`, () => {
	it('keeps every article and event of every copy', () => {
		expect(corpus.articles).toBe(FACTOR * shipped.index.articles.length);
		expect(scaled.articles).toHaveLength(corpus.articles);
		expect(scaled.events).toHaveLength(FACTOR * shipped.index.events.length);
		expect(scaled.events.map((e) => e.id)).toContain('amerli-siege-k15');
	});

	it('keeps sentence and quote text out of the first view', async () => {
		const raw = await readFile(join(work, 'data', 'index.json'), 'utf8');
		expect(raw).not.toContain('months-long siege of');
		expect(raw).not.toContain('"sentences"');
	});

	it("gives Amerli's bundle its sentence from every copy of the essay", async () => {
		// 16 copies of one essay: one page.
		const bundle = JSON.parse(await readFile(join(work, 'data', 'places', 'amerli.json'), 'utf8'));
		const text = JSON.stringify(bundle);
		const copies = text.split('months-long siege of').length - 1;
		const single = JSON.stringify(JSON.parse(await readFile(join(work, 'shipped', 'places', 'amerli.json'), 'utf8'))).split('months-long siege of').length - 1;
		expect(single).toBeGreaterThan(0);
		expect(copies).toBe(FACTOR * single);
	});

	it("cuts Iraq's bundle in pages that together give its whole panel, each event on the page the dashboard looks for it", async () => {
		const first: PlaceBundle = JSON.parse(await readFile(join(work, 'data', 'places', 'iraq.json'), 'utf8'));
		expect(first.pages).toBeGreaterThan(1);
		const pages = [first];
		for (let page = 1; page < first.pages; page++) pages.push(JSON.parse(await readFile(join(work, 'data', 'places', placePageFile('iraq', page)), 'utf8')));
		const index = await readFirstView(join(work, 'data'));
		const iraq = index.places.find((p) => p.id === 'iraq')!;
		const partial = placeSources(index, pages.slice(0, 1))!;
		expect(partial.articles.length).toBeLessThanOrEqual(ARTICLES_PER_PAGE);
		expect(partial.totals).toEqual(first.totals);
		const whole = placeSources(index, pages)!;
		expect(whole.sentenceCount).toBe(first.totals.sentences);
		expect(whole.events.map((e) => e.id).sort()).toEqual([...iraq.events].sort());
		expect(whole.articles.map((a) => a.article.id).sort()).toEqual([...iraq.articles].sort());
		const cards = eventOrder(index.events.filter((e) => e.places.some((p) => p.place === 'iraq')));
		cards.forEach((card, rank) => expect(pages[eventPage(rank)]!.events.some((e) => e.id === card.id), card.id).toBe(true));
	});

	it('writes one bundle per place (in pages) and per article, no more', async () => {
		const pageFiles = (await Promise.all(
			scaled.places.map(async (p) => {
				const first: PlaceBundle = JSON.parse(await readFile(join(work, 'data', 'places', `${p.id}.json`), 'utf8'));
				return Array.from({ length: first.pages }, (_, page) => placePageFile(p.id, page));
			})
		)).flat();
		expect((await readdir(join(work, 'data', 'places'))).sort()).toEqual(pageFiles.sort());
		expect(await readdir(join(work, 'data', 'articles'))).toHaveLength(2 * corpus.articles);
	});
});
