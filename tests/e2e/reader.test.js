/**
 * Read in context (issue 12): from a sentence, a claim or an event, the article opens over the map at
 * that spot — its whole text with places, groups and people marked, the quote highlighted, focused and
 * in view, its outlet and date — as a link that survives a reload; Esc, "Back to the map" and the
 * browser's Back return to the map exactly as it was. At four sizes, the phone by touch: one page at
 * 1280×720, resized to 1920×1080 and 1024×600 for what the screen changes (the quote in view, axe), and
 * one phone; what does not depend on the screen (the reload, Back and Forward, the keyboard, claims,
 * events, bad links, the story's citations) runs at 1280×720 only. Reading an article the reader added,
 * after a reload too, is part of their session in your-articles.test.js.
 */
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { BASE_URL, launch } from './browser.js';
import { FIRST_DRAW_MS, SIZES, openAt, sharedAt, visit, waitForFirstDraw } from './session.js';

const ARTICLE = 'nyt-2014-suleimani-iraq';
const articleMeta = await findMeta(ARTICLE);
// The text as the build reads it: a byte-order mark is not part of the offsets.
const articleText = (await readFile(new URL(`../../geodata/articles/${articleMeta.file}`, import.meta.url), 'utf8')).replace(/^\uFEFF/, '');
/** "WASHINGTON — Gen. Qassim Suleimani … flew to Iraq this week …": a sentence of Iraq's panel. */
const SENTENCE = `${ARTICLE}:3`;
/** An article whose meta file gives no original address. */
const WITHOUT_URL = 'trumpet-2014-abadi-visit';
const ORIGINAL = 'https://www.nytimes.com/2014/06/14/world/middleeast/iran-iraq.html';

/** An article's meta record, found by its id among geodata/articles/*.meta.json. */
async function findMeta(id) {
	const dir = new URL('../../geodata/articles/', import.meta.url);
	for (const f of (await readdir(dir)).filter((f) => f.endsWith('.meta.json'))) {
		const m = JSON.parse(await readFile(new URL(f, dir), 'utf8'));
		if (m.id === id) return m;
	}
	throw new Error(`no article ${id} in geodata/articles`);
}

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

/**
 * Opens the dashboard at `size` with Iraq's panel, as its link gives it, the map drawn: on a page of its
 * own, loaded after `prepare`, or else on the shared dashboard at that size.
 */
async function openIraq(size, prepare) {
	if (!prepare) {
		const session = await sharedAt(browser, size);
		await visit(session.page, '?place=iraq');
		await session.page.locator('[data-testid="source-panel"]').waitFor();
		return session;
	}
	const session = await openAt(browser, size);
	await prepare(session.page);
	await session.page.goto(`${BASE_URL}/?place=iraq`);
	await session.page.locator('[data-testid="source-panel"]').waitFor({ timeout: FIRST_DRAW_MS });
	await waitForFirstDraw(session.page);
	return session;
}

/** The "Read in context" link of the Iraq panel's sentence. */
const sentenceLink = (page) => page.locator(`blockquote[data-sentence="${SENTENCE}"] + p.sentence-by [data-testid="read-in-context"]`);

/** Clicks, or taps on a phone. */
const press = (locator, size) => (size.touch ? locator.tap() : locator.click());

/**
 * Opens the sentence in the reader and checks what the reader shows: the article, the quote as the
 * article file has it, focused and in view, its places marked, and axe finds nothing serious.
 * @returns the quote's [start, end] offsets from the address
 */
async function readSentence(page, size) {
	const link = sentenceLink(page);
	await link.scrollIntoViewIfNeeded();
	await press(link, size);
	const reader = page.locator('[data-testid="reader"]');
	await page.locator('[data-testid="reader-quote"]').waitFor();
	const url = new URL(page.url());
	assert.equal(url.searchParams.get('read'), ARTICLE);
	const [start, end] = url.searchParams.get('span').split('-').map(Number);
	assert.equal(url.searchParams.get('place'), 'iraq', 'the map behind keeps its place');
	assert.equal(await page.locator('[data-testid="reader-title"]').textContent(), articleMeta.title);
	assert.match(await reader.locator('.kicker').textContent(), new RegExp(articleMeta.outlet.name));
	const q = await quoteState(page);
	assert.equal(q.text, articleText.slice(start, end), 'the highlighted passage is the sentence, as the article file has it');
	assert.match(q.text, /^WASHINGTON — Gen\. Qassim Suleimani/);
	assert.ok(q.focused, 'the quote has focus');
	assert.ok(q.inView, `the quote is scrolled into view at ${size.name}`);
	assert.ok(q.places.includes('iraq') && q.places.includes('washington'), `places marked in the quote: ${q.places}`);
	const kinds = await reader.locator('[data-testid="reader-text"] .name').evaluateAll((ms) => [...new Set(ms.map((m) => m.dataset.kind))].sort());
	assert.deepEqual(kinds, ['group', 'person', 'place'], 'places, groups and people are all marked');
	// The whole article is there: from its headline to its last body sentence.
	const whole = await reader.locator('[data-testid="reader-text"]').textContent();
	assert.equal(whole.replace(/\s+/g, ' ').includes(articleText.slice(start, end).replace(/\s+/g, ' ')), true);
	assert.ok(whole.length > articleText.length * 0.9, 'the whole text is shown, excluded parts folded in');
	assert.deepEqual(await readerViolations(page), [], `axe in the reader at ${size.name}`);
	return [start, end];
}

/** Esc closes the reader: back to the map with the panel, and the address as it was without the reader. */
async function closeWithEsc(page) {
	const shared = page.url();
	await page.keyboard.press('Escape');
	await page.locator('[data-testid="reader"]').waitFor({ state: 'detached' });
	await page.waitForURL((u) => !u.searchParams.has('read'));
	assert.equal(new URL(page.url()).search, withoutReading(shared));
	assert.equal(await page.locator('[data-testid="source-panel"]').count(), 1, 'the place panel is still open');
	assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'BODY', 'focus lands somewhere useful');
}

/** What the screen changes: the sentence opens with its quote in view, Esc returns, a place's name in it opens the place. */
async function readAtSize(page, size) {
	await readSentence(page, size);
	await closeWithEsc(page);
	await press(sentenceLink(page), size);
	await page.locator('[data-testid="reader-quote"]').waitFor();
	await openWashingtonFromQuote(page, size);
}

/** A place's name in the quote opens that place on the map, closing the reader. */
async function openWashingtonFromQuote(page, size) {
	await press(page.locator('[data-testid="reader-quote"] .name.place[data-id="washington"]'), size);
	await page.locator('[data-testid="reader"]').waitFor({ state: 'detached' });
	assert.equal(await page.locator('[data-testid="source-panel"] h2').textContent(), 'Washington, D.C.');
	assert.equal(new URL(page.url()).searchParams.get('place'), 'washington');
	assert.equal(new URL(page.url()).searchParams.has('read'), false);
}

/** Serious and critical axe violations inside the reader, as readable lines. */
async function readerViolations(page) {
	const { violations } = await new AxeBuilder({ page }).include('[data-testid="reader"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** The reader's quote: its text, whether it has focus, and whether it lies inside the dialog's visible box. */
function quoteState(page) {
	return page.evaluate(() => {
		const q = document.querySelector('[data-testid="reader-quote"]');
		const d = document.querySelector('[data-testid="reader"]');
		if (!q || !d) return null;
		const qr = q.getBoundingClientRect();
		const dr = d.getBoundingClientRect();
		const bar = d.querySelector('.bar')?.getBoundingClientRect().bottom ?? dr.top;
		return {
			text: q.textContent,
			focused: document.activeElement === q,
			// Its first line is below the sticky bar and above the dialog's bottom edge.
			inView: qr.top >= bar - 1 && qr.top + 10 <= Math.min(dr.bottom, innerHeight),
			places: [...q.querySelectorAll('.name.place')].map((m) => m.dataset.id)
		};
	});
}

const withoutReading = (url) => {
	const u = new URL(url);
	u.searchParams.delete('read');
	u.searchParams.delete('span');
	return u.search;
};

describe('Read in context at 1280×720', () => {
	let session;
	before(async () => {
		// The corpus records no original address yet: give one article one, as a curator would in its meta file.
		session = await openIraq(SIZES.laptop, (page) =>
			page.route('**/data/index.json', async (route) => {
				const res = await route.fetch();
				const index = await res.json();
				for (const a of index.articles) if (a.id === ARTICLE) a.url = ORIGINAL;
				await route.fulfill({ response: res, json: index });
			})
		);
	});
	after(async () => {
		await session?.context.close();
	});

	it("opens a sentence of Iraq's panel in its article, survives a reload, Esc and Back return to the map, a place's name opens it", async () => {
		const { page, errors } = session;
		const size = SIZES.laptop;
		const [start, end] = await readSentence(page, size);

		// A reload restores the reader at the quote.
		const shared = page.url();
		await page.reload();
		await page.locator('[data-testid="reader-quote"]').waitFor({ timeout: FIRST_DRAW_MS });
		assert.equal(page.url(), shared);
		const again = await quoteState(page);
		assert.equal(again.text, articleText.slice(start, end));
		assert.ok(again.focused && again.inView, 'after a reload the quote is in view and focused');
		await waitForFirstDraw(page);
		await closeWithEsc(page);

		// The browser's Back closes a reader opened from the panel, and Forward opens it again.
		const mapUrl = page.url();
		await sentenceLink(page).click();
		await page.locator('[data-testid="reader-quote"]').waitFor();
		await page.goBack();
		await page.locator('[data-testid="reader"]').waitFor({ state: 'detached' });
		assert.equal(page.url(), mapUrl);
		await page.goForward();
		await page.locator('[data-testid="reader-quote"]').waitFor();
		assert.equal(new URL(page.url()).searchParams.get('span'), `${start}-${end}`);

		await openWashingtonFromQuote(page, size);
		assert.deepEqual(errors, []);
	});

	it('works from the keyboard alone: Tab to a sentence’s link, Enter, the quote has focus, Esc gives focus back to the link; Tab and Enter on a place it names open it', async () => {
		const { page, errors } = session;
		await visit(page, '?place=iraq');
		await page.locator('#source-panel-title', { hasText: 'Iraq' }).waitFor();
		await page.locator('#source-panel-title').focus();
		let reached = false;
		for (let i = 0; i < 200 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate((id) => document.activeElement?.closest('p.sentence-by')?.previousElementSibling?.getAttribute('data-sentence') === id, SENTENCE);
		}
		assert.ok(reached, 'the sentence’s "Read in context" link is reached by Tab');
		assert.match(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), /^Read in context: sentence \d+ in “/);
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="reader-quote"]').waitFor();
		assert.ok((await quoteState(page)).focused);
		// Tab stays inside the reader (it is modal): the map behind cannot take focus.
		for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
		assert.ok(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="reader"]')));
		await page.keyboard.press('Escape');
		await page.locator('[data-testid="reader"]').waitFor({ state: 'detached' });
		assert.equal(await page.evaluate((id) => document.activeElement?.closest('p.sentence-by')?.previousElementSibling?.getAttribute('data-sentence'), SENTENCE), SENTENCE, 'focus is back on the link that opened it');
		assert.equal(await page.locator('[data-testid="source-panel"]').count(), 1);

		// Enter at once on the link opens the reader again; the places the article names are buttons too:
		// Tab to one, Enter, and its panel opens.
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="reader-quote"]').waitFor();
		let onPlace = false;
		for (let i = 0; i < 60 && !onPlace; i++) {
			await page.keyboard.press('Tab');
			onPlace = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Open Washington, D.C. on the map');
		}
		assert.ok(onPlace, 'Tab reaches Washington among the places the article names');
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="reader"]').waitFor({ state: 'detached' });
		assert.equal(await page.locator('[data-testid="source-panel"] h2').textContent(), 'Washington, D.C.');
		assert.deepEqual(errors, []);
	});

	it('opens a disputed claim with who disputes it and what it is cited for, and an event of the list at its first source', async () => {
		const { page, errors } = session;
		await visit(page, '?place=iraq&event=quds-force-troops-reported-in-iraq-2014', { map: false });
		await page.locator('[data-testid="source-panel"]').waitFor();
		const claim = page.locator('[data-event="quds-force-troops-reported-in-iraq-2014"] figure.claim[data-stance="disputes"]').first();
		const quote = (await claim.locator('blockquote').textContent()).trim();
		await claim.locator('[data-testid="read-in-context"]').click();
		await page.locator('[data-testid="reader-quote"]').waitFor();
		assert.equal((await quoteState(page)).text.trim(), quote, 'the reader highlights the quote the panel shows');
		const about = await page.locator('[data-testid="reader-about-quote"]').textContent();
		assert.match(about, /by Eric Schmitt, .*\(The New York Times\), republished by News On Iran/s);
		assert.match(about, /Cited for “[^”]+” — the source disputes it/);
		await page.getByRole('button', { name: 'Back to the map' }).first().click();
		await page.locator('[data-testid="reader"]').waitFor({ state: 'detached' });

		// The events list: "Read the source" opens the event's first claim.
		await page.getByRole('tab', { name: /Events/ }).click();
		const row = page.locator('[data-testid="event-list"] tr[data-event="quds-force-troops-reported-in-iraq-2014"]');
		const span = await row.locator('[data-testid="read-in-context"]').getAttribute('data-span');
		await row.locator('[data-testid="read-in-context"]').click();
		await page.locator('[data-testid="reader-quote"]').waitFor();
		const [s, e] = span.split('-').map(Number);
		assert.equal((await quoteState(page)).text, articleText.slice(s, e));
		await page.keyboard.press('Escape');
		await page.locator('[data-testid="reader"]').waitFor({ state: 'detached' });
		await page.getByRole('tab', { name: /Places/ }).click();
		assert.deepEqual(errors, []);
	});

	it('shows the original address as a link that opens in a new tab, and says so when it is not known', async () => {
		const { page, errors } = session;
		await visit(page, `?read=${WITHOUT_URL}`, { map: false });
		await page.locator('[data-testid="reader-text"]').waitFor();
		assert.equal(await page.locator('[data-testid="reader-original-unknown"]').textContent(), 'Original address not known');
		assert.equal(await page.evaluate(() => document.activeElement?.id), 'reader-title', 'without a quote, the title has focus');
		await page.keyboard.press('Escape');
		await page.locator('[data-testid="reader"]').waitFor({ state: 'detached' });

		await visit(page, `?read=${ARTICLE}`, { map: false });
		const original = page.locator('[data-testid="reader-original"]');
		await original.waitFor();
		assert.equal(await original.getAttribute('href'), ORIGINAL);
		assert.equal(await original.getAttribute('target'), '_blank');
		assert.match(await original.getAttribute('rel'), /noopener/);
		await page.keyboard.press('Escape');
		await page.locator('[data-testid="reader"]').waitFor({ state: 'detached' });
		assert.deepEqual(errors, []);
	});

	it('says so when a link’s passage lies past the end of the article, and names a malformed span', async () => {
		const { page } = session;
		await visit(page, `?read=${ARTICLE}&span=900000-900010`, { map: false });
		await page.locator('[data-testid="reader-about-quote"]', { hasText: 'lies past the end' }).waitFor();
		assert.match(await page.locator('[data-testid="reader-about-quote"]').textContent(), /lies past the end of this article’s text/);
		assert.equal(await page.locator('[data-testid="reader-quote"]').count(), 0);
		await page.keyboard.press('Escape');
		await page.locator('[data-testid="reader"]').waitFor({ state: 'detached' });
		await visit(page, `?read=${ARTICLE}&span=abc`, { map: false });
		await page.locator('[data-testid="reader-text"]').waitFor();
		assert.match(await page.locator('[data-testid="reader"] .reader-notices').textContent(), /Ignored “span=abc”: expected the quote’s first and last character offsets/);
		await page.keyboard.press('Escape');
		assert.match(await page.locator('.notices').textContent(), /Ignored “span=abc”/);
	});

	for (const size of [SIZES.wide, SIZES.small]) {
		it(`opens the sentence with the quote in view at ${size.name}, Esc returns to the map, a place's name opens it`, async () => {
			const { page, errors } = session;
			await page.setViewportSize(size);
			try {
				await visit(page, '?place=iraq');
				await readAtSize(page, size);
			} finally {
				await page.setViewportSize(SIZES.laptop);
			}
			assert.deepEqual(errors, []);
		});
	}

	// Last: it leaves the dashboard for the presentation and comes back by a citation.
	it('opens a story citation from the presentation in the dashboard reader, at the quote', async () => {
		const { page, errors } = session;
		await visit(page, '');
		await page.getByRole('link', { name: 'Present the story' }).click();
		await page.locator('[data-testid="citations"]').waitFor();
		const quote = (await page.locator('[data-testid="citations"] blockquote').first().textContent()).trim();
		await page.locator('[data-testid="citation-read"]').first().click();
		await page.locator('[data-testid="reader-quote"]').waitFor();
		assert.equal((await quoteState(page)).text.trim(), quote);
		assert.deepEqual(errors, []);
	});
});

describe(`Read in context on a ${SIZES.phone.name}`, () => {
	it("opens a sentence of Iraq's panel in its article with the quote in view, Esc returns to the map, a place's name opens it, all by touch", async () => {
		const { page, context, errors } = await openIraq(SIZES.phone);
		await readAtSize(page, SIZES.phone);
		assert.deepEqual(errors, []);
		await context.close();
	});
});
