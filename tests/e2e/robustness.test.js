/**
 * What must not break: hostile source text renders as text, broken data files and a browser without
 * WebGL give an explained state while the lists and panels keep working, the pages carry a strict CSP,
 * and no route makes a request outside its own origin. The dashboard's policy and requests are checked
 * here, on the page that renders hostile text; the presentation's, the notes' and the handout's in
 * presentation.test.js, on the pages it opens anyway.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, foreignRequests, launch, openPage } from './browser.js';
import { FIRST_DRAW_MS, assertStrictCsp, waitForFirstDraw } from './session.js';

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

/** Serves the data files from `dir` instead of the built ones. */
async function serveDataFrom(page, dir) {
	await page.route(`${BASE_URL}/data/**`, (route) => {
		const name = new URL(route.request().url()).pathname.replace(/^\/data\//, '');
		route.fulfill({ path: join(dir, name) });
	});
}

describe('robustness', () => {
	it('renders hostile article text, titles and names literally, never as HTML, under a strict Content-Security-Policy and with no request outside its origin', async () => {
		const out = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
		execFileSync(join('node_modules', '.bin', 'tsx'), ['geodata/scripts/build-geodata.ts', 'tests/fixtures/hostile-geodata', out], { stdio: 'pipe' });
		const { page, errors, requests, context } = await openPage(browser);
		await serveDataFrom(page, out);
		await page.goto(`${BASE_URL}/?place=baghdad`);
		const panel = page.locator('[data-testid="source-panel"]');
		await panel.waitFor({ timeout: FIRST_DRAW_MS });
		const text = await panel.textContent();
		assert.ok(text.includes('Officials in Baghdad said <script>window.__pwned=1</script> the talks would go on.'), text);
		assert.ok(text.includes('<a href="javascript:window.__pwned=3">Baghdad</a>'));
		assert.ok(text.includes('<img src=x onerror=window.__pwned=5>'), 'the outlet name is shown as typed');
		assert.ok(text.includes('Talks <script>window.__pwned=6</script> go on'));
		assert.ok(text.includes('citing <i>officials</i>'), 'whom the source credits is text');
		assert.ok(text.includes('The article\'s own date: <script>window.__pwned=7</script> June 2014.'), 'the editors’ reasons are text');
		assert.ok(text.includes('The <b>Bold</b> Brigade speaks in the next line'));
		assert.equal(await panel.locator('script, img, a[href^="javascript:"], b, i').count(), 0, 'no element was made from source text');
		assert.equal(await page.evaluate(() => window.__pwned), undefined);
		await page.locator('[data-testid="place-list"] tr[data-place="mosul"] button').click();
		assert.ok((await panel.textContent()).includes('<img src=x onerror="window.__pwned=2">'));
		assert.equal(await page.evaluate(() => window.__pwned), undefined);
		await assertStrictCsp(page);
		await waitForFirstDraw(page);
		assert.deepEqual(foreignRequests(requests), [], 'the dashboard requested outside its origin');
		assert.deepEqual(errors, []);
		await context.close();
		// The build copies the world gazetteer into its output: tens of megabytes a run otherwise left in /tmp.
		rmSync(out, { recursive: true, force: true });
	});

	it('explains a corrupt layer file and keeps the lists and panels working', async () => {
		const { page, context } = await openPage(browser);
		await page.route(`${BASE_URL}/data/places.geojson`, (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body: '{"type": "FeatureColl' }));
		await page.goto(`${BASE_URL}/`);
		const alert = page.getByRole('alert');
		await alert.waitFor({ timeout: FIRST_DRAW_MS });
		assert.match(await alert.textContent(), /places\.geojson is not valid JSON: the file is corrupt/);
		assert.match(await alert.textContent(), /lists and source panels below still work/);
		await page.locator('[data-testid="place-list"] tr[data-place="amerli"] button').click();
		assert.equal(await page.locator('[data-testid="source-panel"] h2').textContent(), 'Amerli');
		await context.close();
	});

	it('explains a missing index instead of showing a blank page', async () => {
		const { page, context } = await openPage(browser);
		await page.route(`${BASE_URL}/data/index.json`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
		await page.goto(`${BASE_URL}/`);
		const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
		await alert.waitFor({ timeout: FIRST_DRAW_MS });
		assert.match(await alert.textContent(), /index\.json: the server answered 404.*npm run geodata/s);
		await context.close();
	});

	it('works without WebGL: the map says why it is missing, the list and panel still work', async () => {
		const noGl = await launch(['--disable-webgl', '--disable-webgl2', '--disable-3d-apis']);
		try {
			const { page, errors } = await openPage(noGl);
			await page.goto(`${BASE_URL}/`);
			const alert = page.getByRole('alert').filter({ hasText: 'cannot be shown' });
			await alert.waitFor({ timeout: FIRST_DRAW_MS });
			assert.match(await alert.textContent(), /WebGL is not available/);
			await page.locator('[data-testid="place-list"] tr[data-place="kobane"] button').click();
			assert.equal(await page.locator('[data-testid="source-panel"] h2').textContent(), 'Kobane');
			assert.deepEqual(errors, []);
		} finally {
			await noGl.close();
		}
	});

	it('ships no inline script whose hash the policy does not list', () => {
		for (const file of ['build/index.html', 'build/present.html']) {
			const html = readFileSync(file, 'utf8');
			const policy = html.match(/http-equiv="content-security-policy" content="([^"]+)"/)[1];
			const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
			assert.ok(inline.length > 0, `${file} has SvelteKit's start-up script`);
			for (const body of inline) {
				const hash = createHash('sha256').update(body).digest('base64');
				assert.ok(policy.includes(`'sha256-${hash}'`), `${file}: an inline script is not allowed by the policy`);
			}
		}
	});
});
