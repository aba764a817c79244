/**
 * The dashboard on a corpus sixteen times the shipped one (80 articles, 992 events), built fresh into a
 * copy of the site: the place with the most sources opens a page of them at a time, "Show more
 * sources" brings the next, and a link to an event deep in the list loads up to its page.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { serve } from '../../scripts/serve.js';
import { launch, openPage, waitForMapIdle } from './browser.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let browser;
let server;
let site;
let base;
before(async () => {
	site = mkdtempSync(join(tmpdir(), 'atlas-scale-site-'));
	execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/bench/synthetic-site.ts'), '16', site], { cwd: root, stdio: 'inherit' });
	server = await serve({ port: 0, host: '127.0.0.1', dir: site });
	base = `http://127.0.0.1:${server.address().port}`;
	browser = await launch();
});
after(async () => {
	await browser?.close();
	server?.close();
	rmSync(site, { recursive: true, force: true });
});

describe('at sixteen times the corpus', () => {
	it('opens Iraq a page of sources at a time and shows more on request', async () => {
		const { page, errors, context } = await openPage(browser);
		await page.goto(`${base}/?place=iraq`);
		await waitForMapIdle(page);
		const panel = page.locator('[data-testid="source-panel"]');
		await panel.locator('h2').waitFor();
		assert.match(await panel.locator('h3').first().textContent(), /^Named in 80 article\(s\), \d+ sentence\(s\)$/);
		const articles = () => panel.locator('article.source').count();
		const firstPage = await articles();
		assert.equal(firstPage, 25);
		assert.match(await panel.getByTestId('more-sources').first().textContent(), /\d+ of 80 articles shown\./);
		await panel.getByRole('button', { name: 'Show more sources' }).first().click();
		await page.waitForFunction((n) => document.querySelectorAll('[data-testid="source-panel"] article.source').length > n, firstPage);
		assert.equal(await articles(), 50);
		assert.deepEqual(errors, []);
		await context.close();
	});

	it('loads up to the page of an event the link selects, and shows it', async () => {
		const { page, errors, requests, context } = await openPage(browser);
		// The sixteenth copy of the 2011 withdrawal, hundreds of events into Iraq's list.
		await page.goto(`${base}/?place=iraq&event=us-troops-leave-iraq-2011-k15`);
		const event = page.locator('[data-testid="source-panel"] article.event[data-event="us-troops-leave-iraq-2011-k15"]');
		await event.waitFor({ timeout: 20_000 });
		assert.ok(await event.isVisible());
		assert.ok(requests.some((u) => /\/data\/places\/iraq\.page-\d+\.json$/.test(u)), 'a later page of the bundle was fetched');
		assert.deepEqual(errors, []);
		await context.close();
	});
});
