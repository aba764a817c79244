/**
 * `npm run ingest` on a copy of geodata/: unseen articles become unreviewed drafts the build puts on the
 * map; files it cannot read and articles already in the atlas are named with the reason.
 */
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpackFirstView } from '../../src/lib/domain/bundles/first-view-file';
import type { FirstViewIndex } from '../../src/lib/domain/atlas-index';
import { runBuild } from './build-geodata';
import { ingest, type IngestReport } from './ingest';

const FIXTURES = 'tests/fixtures/ingest';
let work: string;
let report: IngestReport;
let built: FirstViewIndex;

beforeAll(async () => {
	work = await mkdtemp(join(tmpdir(), 'atlas-ingest-'));
	for (const f of ['articles', 'gazetteer.json', 'actors.json', 'events.json', 'corpus.json']) await cp(join('geodata', f), join(work, 'geodata', f), { recursive: true });
	report = await ingest(
		[join(FIXTURES, 'floods-lagos.html'), join(FIXTURES, 'sinjar-convoys.md'), join(FIXTURES, 'scan.txt'), 'geodata/articles/003_bbfa1784b879b3b7.txt', join(FIXTURES, 'missing.txt')],
		join(work, 'geodata'),
		{},
		'2026-12-01'
	);
	await runBuild(join(work, 'geodata'), join(work, 'data'));
	built = unpackFirstView(JSON.parse(await readFile(join(work, 'data', 'index.json'), 'utf8')));
}, 60_000);

afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

describe('npm run ingest', () => {
	it('adds the HTML page and the Markdown note as unreviewed drafts, with the places the map will show', () => {
		expect(report.added.map((a) => a.title)).toEqual([expect.stringContaining('Floods cut roads north of Lagos'), 'Convoys seen near Sinjar']);
		expect(report.added[0]!.places).toEqual(expect.arrayContaining(['Lagos', 'Ibadan', 'Abeokuta']));
		// Mosul from the curated gazetteer; the others from the geoparser, under their GeoNames names.
		expect(report.added[1]!.places).toEqual(expect.arrayContaining(['Mosul', 'Sinjār', 'Tall ‘Afar', 'Dihok']));
	});

	it('names each input it refuses and why, and adds the rest', () => {
		expect(report.refused).toEqual([
			{ source: join(FIXTURES, 'missing.txt'), reason: 'does not exist.' },
			{ source: join(FIXTURES, 'scan.txt'), reason: expect.stringContaining('is not a text file (it contains binary data)') },
			{ source: 'geodata/articles/003_bbfa1784b879b3b7.txt', reason: expect.stringMatching(/^is already in the atlas as "[a-z0-9-]+" \(.*003_bbfa1784b879b3b7\.txt\)\.$/) }
		]);
	});

	it('writes the text and a metadata record beside each other, and the build shows the new places as machine-found', async () => {
		const files = (await readdir(join(work, 'geodata', 'articles'))).filter((f) => f.startsWith('user_'));
		expect(files.sort()).toHaveLength(4);
		const lagosArticle = built.articles.find((a) => a.title.includes('Floods cut roads north of Lagos'))!;
		expect(lagosArticle).toMatchObject({ review: 'unreviewed', outlet: { name: 'Coastal Herald' }, published: { date: '2024-07-03', precision: 'day' } });
		const lagos = built.places.find((p) => p.name === 'Lagos')!;
		expect(lagos).toMatchObject({ unreviewed: true, country: 'NG' });
		expect(lagos.articles).toEqual([lagosArticle.id]);
		// Found as written, so a search for the article's spelling finds it.
		expect(built.places.find((p) => p.name === 'Tall ‘Afar')!.aliases).toContain('Tal Afar');
		// Places the curated articles name stay reviewed.
		expect(built.places.find((p) => p.id === 'baghdad')!.unreviewed).toBeUndefined();
	});

	it('recognises an article added twice, however it arrives', async () => {
		const again = await ingest([join(FIXTURES, 'floods-lagos.html')], join(work, 'geodata'), {}, '2026-12-02');
		expect(again.added).toEqual([]);
		expect(again.refused[0]!.reason).toMatch(/^is already in the atlas as "floods-cut-roads-north-of-lagos/);
	});
});
