/**
 * Downloads: the filtered view as GeoJSON and CSV carries exactly what the filters show, each quote
 * verbatim at its span in the article file; the reader's own articles come as a zip of geodata/ files.
 * One page at 1280×720: what is downloaded does not depend on the screen.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { SIZES, foreignRequests, launch, openAtSize, waitForMapIdle } from './browser.js';

const ARTICLES = new URL('../../geodata/articles/', import.meta.url);
const textOf = new Map(
	readdirSync(ARTICLES)
		.filter((f) => f.endsWith('.meta.json'))
		.map((f) => JSON.parse(readFileSync(new URL(f, ARTICLES), 'utf8')))
		.map((meta) => [meta.id, readFileSync(new URL(meta.file, ARTICLES), 'utf8').replace(/^\uFEFF/, '')])
);

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

/** Clicks `name` in the Download menu and returns the downloaded file's name and text. */
async function downloadFromMenu(page, name) {
	await page.getByTestId('export-menu').locator('summary').click();
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
	const stream = await file.createReadStream();
	const chunks = [];
	for await (const c of stream) chunks.push(c);
	return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
}

function parseCsv(csv) {
	const rows = [];
	let row = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < csv.length; i++) {
		const ch = csv[i];
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

describe('downloads, on one laptop page (1280×720)', () => {
	let session;
	before(async () => {
		session = await openAtSize(browser, SIZES.laptop);
	});
	after(async () => {
		await session?.context.close();
	});

	it('downloads the filtered view as GeoJSON and CSV, every quote verbatim at its span', async () => {
		const { page, requests, errors } = session;
		await page.locator('summary', { hasText: 'Event types' }).click();
		await page.getByRole('checkbox', { name: 'Siege', exact: true }).check();
		await page.waitForURL((u) => u.searchParams.get('type') === 'siege');
		await waitForMapIdle(page);
		const counts = await page.getByTestId('counts').textContent();
		const shownEvents = Number(counts.match(/(\d+)\s+of \d+ events/)[1]);

		const geo = await downloadFromMenu(page, /^GeoJSON/);
		assert.match(geo.name, /^source-atlas-view-\d{4}-\d{2}-\d{2}\.geojson$/);
		const fc = JSON.parse(geo.body.toString('utf8'));
		assert.equal(fc.type, 'FeatureCollection');
		const events = fc.features.filter((f) => f.properties.layer === 'event');
		assert.ok(events.some((f) => f.properties.id === 'amerli-siege'));
		assert.ok(events.every((f) => f.properties.type === 'siege'), 'only what the filter shows');
		assert.equal(new Set(events.map((f) => f.properties.id)).size, shownEvents);
		const amerli = fc.features.find((f) => f.properties.layer === 'place' && f.properties.id === 'amerli');
		assert.deepEqual(amerli.geometry.type, 'Point');
		for (const f of fc.features) {
			for (const s of f.properties.sources ?? f.properties.claims) assert.equal(textOf.get(s.article).slice(s.start, s.end), s.text, `${f.properties.id}: ${s.text}`);
		}

		const csv = await downloadFromMenu(page, /^CSV/);
		assert.match(csv.name, /\.csv$/);
		const [head, ...rows] = parseCsv(csv.body.toString('utf8').replace(/^\uFEFF/, ''));
		const col = (n) => head.indexOf(n);
		assert.equal(rows.length, events.reduce((n, f, i, all) => (all.findIndex((g) => g.properties.id === f.properties.id) === i ? n + f.properties.claims.length : n), 0));
		for (const r of rows) {
			assert.equal(r[col('type')], 'siege');
			assert.equal(textOf.get(r[col('article')]).slice(Number(r[col('start')]), Number(r[col('end')])), r[col('quote')].replace(/^'(?=[=+\-@])/, ''));
		}
		const png = await downloadFromMenu(page, /^PNG of the map/);
		assert.match(png.name, /^source-atlas-map-.*\.png$/);
		assert.deepEqual([...png.body.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
		const mapBox = await page.getByTestId('map').boundingBox();
		const [width, height] = [png.body.readUInt32BE(16), png.body.readUInt32BE(20)];
		assert.equal(width, Math.round(mapBox.width), 'as wide as the map');
		assert.ok(height > mapBox.height + 80, `the map with a title above and the citation below (${height} px)`);
		assert.deepEqual(foreignRequests(requests), []);
		assert.deepEqual(errors, []);
	});

	it('downloads the reader’s own articles as geodata/ files', async () => {
		const { page, errors } = session;
		await page.getByRole('button', { name: 'Clear all filters' }).first().click();
		await page.waitForURL((u) => !u.searchParams.has('type'));
		await page.getByRole('button', { name: 'Add an article' }).click();
		const dialog = page.getByTestId('add-article');
		await page.getByLabel('Paste the article').fill('Officials in Caracas and Maracaibo said the border crossing to Cúcuta would reopen on Friday.');
		await dialog.getByRole('button', { name: 'Add to the map' }).click();
		await dialog.getByTestId('add-result').waitFor({ timeout: 120_000 });
		assert.match(await dialog.getByTestId('add-result').textContent(), /Caracas/);
		const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /download them as files for/ }).click()]);
		assert.match(file.suggestedFilename(), /^source-atlas-articles-.*\.zip$/);
		const chunks = [];
		for await (const c of await file.createReadStream()) chunks.push(c);
		const entries = unzipSync(new Uint8Array(Buffer.concat(chunks)));
		const names = Object.keys(entries).sort();
		assert.equal(names.length, 2);
		assert.match(names[0], /^geodata\/articles\/user_[0-9a-f]{12}\.meta\.json$/);
		assert.match(names[1], /^geodata\/articles\/user_[0-9a-f]{12}\.txt$/);
		const meta = JSON.parse(strFromU8(entries[names[0]]));
		assert.equal(meta.review, 'unreviewed');
		assert.equal(meta.file, names[1].split('/').pop());
		assert.equal(strFromU8(entries[names[1]]), 'Officials in Caracas and Maracaibo said the border crossing to Cúcuta would reopen on Friday.');
		assert.deepEqual(errors, []);
	});
});
