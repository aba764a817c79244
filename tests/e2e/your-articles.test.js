/**
 * Bringing your own article: paste text or drop a file, and the atlas rebuilds with it in the browser
 * (a worker, the same build as `npm run geodata`); its places join the map, the list and the source
 * panel as unreviewed, go again with "Remove" (and come back with "Undo"), can be read in context,
 * reviewed, moved by hand, and turned into events; bad input is named, and what the reader typed stays.
 *
 * One page at 1280×720 carries the whole session, as a reader would: the tests below continue on it in
 * order, and one reload checks that everything the reader did (the review, the hand placing, a second
 * article's event) is kept in the browser; bad input, a proposed group and a dropped page come after it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { foreignRequests, launch, waitForMapIdle } from './browser.js';
import { FIRST_DRAW_MS, SIZES, openAt, visit, waitForFirstDraw } from './session.js';

const fixture = (name) => fileURLToPath(new URL(`../fixtures/ingest/${name}`, import.meta.url));
const KYIV = 'Protesters gathered in Kyiv on Monday while officials in Lviv and Odesa said the power cuts would continue.\n\nA delegation later travelled to Warsaw for talks.';
/** The article the session adds: Kyiv, Lviv, Odesa and Warsaw by name, and "the capital" the machine misses. */
const TEXT = `${KYIV} Officials in the capital said talks would resume.`;
const FIRST_SENTENCE = KYIV.split('\n')[0];
/** A second article: a hedged account ("said") of the same power cuts, naming Kyiv and Kharkiv outside the quote. */
const HEDGED = 'Officials in Lviv and Odesa said on Monday that the power cuts would continue, as protesters gathered in Kyiv and Kharkiv.';

let browser;
let session;
/** What the session leaves to be checked after the reload. */
const kept = {};
before(async () => {
	browser = await launch();
	session = await openAt(browser, SIZES.laptop, '/');
	await waitForFirstDraw(session.page);
});
after(async () => {
	await browser?.close();
});

/** Opens the "Add an article" dialog. */
async function openDialog(page) {
	await page.getByRole('button', { name: 'Add an article' }).click();
	const dialog = page.getByTestId('add-article');
	await dialog.waitFor();
	return dialog;
}

/** Submits the form and waits for its answer: the result, or the problems. */
async function submit(dialog) {
	await dialog.getByRole('button', { name: 'Add to the map' }).click();
	const answer = dialog.getByTestId('add-result').or(dialog.getByTestId('add-problems'));
	await answer.first().waitFor({ timeout: 120_000 });
	return (await answer.first().textContent()).replace(/\s+/g, ' ');
}

/** Ends a placing, closes the dialog, the reader and the panel if open: the map as a reader comes back to it. */
async function backToMap(page) {
	if (await page.getByTestId('placing-bar').count()) {
		await page.keyboard.press('Escape');
		await page.getByTestId('placing-bar').waitFor({ state: 'detached' });
	}
	const close = page.getByTestId('add-article').getByRole('button', { name: 'Close' }).first();
	if (await close.isVisible()) await close.click();
	await page.getByTestId('add-article').waitFor({ state: 'hidden' });
	if (await page.locator('[data-testid="reader"]').count()) {
		await page.keyboard.press('Escape');
		await page.locator('[data-testid="reader"]').waitFor({ state: 'detached' });
	}
	if (await page.locator('[data-testid="source-panel"]').count()) {
		await page.keyboard.press('Escape');
		await page.locator('[data-testid="source-panel"]').waitFor({ state: 'detached' });
	}
}

/** Selects `words` in the review's text, as a reader does with the mouse. */
function selectWords(page, words) {
	return page.evaluate((words) => {
		const box = document.querySelector('[data-testid="review-text"]');
		const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
		const nodes = [];
		for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
		const whole = nodes.map((n) => n.data).join('');
		const at = (offset) => {
			for (const n of nodes) {
				if (offset <= n.data.length) return [n, offset];
				offset -= n.data.length;
			}
		};
		const start = whole.indexOf(words);
		const range = document.createRange();
		range.setStart(...at(start));
		range.setEnd(...at(start + words.length));
		getSelection().removeAllRanges();
		getSelection().addRange(range);
	}, words);
}

/** The places and events the counts line gives, e.g. { shown: 33, places: 33, events: 63 }. */
async function counts(page) {
	const text = (await page.getByTestId('counts').textContent()).replace(/\s+/g, ' ');
	const [, shown, places] = text.match(/(\d+) of (\d+) places/);
	const [, events] = text.match(/of (\d+) events/);
	return { shown: Number(shown), places: Number(places), events: Number(events), text };
}

/** The review of the session's article, opened from its dialog. */
async function openReview(page) {
	const dialog = await openDialog(page);
	await dialog.getByRole('button', { name: /^Review Protesters/ }).click();
	const review = dialog.getByTestId('review-article');
	await review.waitFor();
	return { dialog, review };
}

describe('your own articles, one session', () => {
	it('loads neither the gazetteer nor the world’s provinces with the dashboard', async () => {
		const { requests } = session;
		assert.equal(requests.filter((u) => u.includes('/data/gazetteer/')).length, 0, 'the gazetteer is not loaded with the dashboard');
		assert.deepEqual(requests.filter((u) => u.includes('/basemap/world-admin1-')), [], 'the first view does not load the world\'s provinces');
	});

	it("puts a place far from the region on a world map: Nigeria's states around Lagos, Ukraine's oblasts named in Ukrainian too, loaded only when zoomed in there", async () => {
		const { page, requests, errors } = session;
		const divisions = () => requests.filter((u) => u.includes('/basemap/world-admin1-'));
		const drawn = (layer) => page.evaluate((id) => window.__atlas.map.queryRenderedFeatures({ layers: [id] }).map((f) => f.properties), layer);
		await visit(page, '?at=7/6.8/3.6');
		assert.equal(divisions().length, 2, 'zoomed in on Nigeria, the borders and names of its states load');
		assert.ok((await drawn('world-admin1-borders')).length > 0, 'the lines between Lagos, Ogun and Oyo are drawn');
		const states = (await drawn('world-admin1-labels')).map((p) => p.name);
		assert.ok(states.includes('Ogun State'), states.join(', '));
		assert.ok((await drawn('world-city-labels')).some((p) => p.name === 'Lagos'), 'Lagos, the city, keeps its name over its state');

		await visit(page, '?at=6.5/49.4/34');
		const oblasts = await drawn('world-admin1-labels');
		assert.ok(oblasts.some((p) => p.name === 'Kharkiv' && p.name_local === 'Харківська область'), JSON.stringify(oblasts));
		await visit(page, '');
		assert.deepEqual(errors, []);
	});

	it('pastes an unseen article and shows its places as unreviewed; names what is missing; removes it and undoes that', async () => {
		const { page, requests, errors } = session;
		await backToMap(page);
		const dialog = await openDialog(page);
		// Nothing to add, and a date that is not one: named, and nothing is lost.
		assert.match(await submit(dialog), /Paste the article’s text, or choose or drop/);
		await page.getByLabel('Paste the article').fill(TEXT);
		await dialog.getByLabel('Published').fill('last Monday');
		assert.match(await submit(dialog), /Published: “last Monday” is not a date/);
		assert.equal(await page.getByLabel('Paste the article').inputValue(), TEXT, 'the pasted text is still there');

		await dialog.getByLabel('Published').fill('2026-11-30');
		await dialog.getByLabel('Outlet').fill('Test Wire');
		const result = await submit(dialog);
		assert.match(result, /The machine found 4 places: .*Kyiv/);
		for (const name of ['Lviv', 'Odesa', 'Warsaw']) assert.ok(result.includes(name), result);
		assert.ok(requests.some((u) => u.endsWith('/data/gazetteer/world-core.json')), 'the gazetteer loads on first use');
		assert.equal(await dialog.getByTestId('your-articles').locator('li').count(), 1);

		assert.ok(await dialog.getByRole('button', { name: 'Show on the map' }).isVisible(), 'the new places can be shown on the map');

		// The same text again is recognised, and adds nothing.
		await page.getByLabel('Paste the article').fill(`  ${TEXT}\n`);
		assert.match(await submit(dialog), /is already in the atlas as “Protesters gathered in Kyiv/);
		assert.equal(await dialog.getByRole('button', { name: 'Show on the map' }).count(), 0);
		await dialog.getByRole('button', { name: 'Close' }).first().click();
		await waitForMapIdle(page);
		assert.match(await page.getByTestId('counts').textContent(), /33\s+of 33 places/);
		const row = page.locator('[data-testid="place-list"] tr', { hasText: 'Kyiv' });
		await row.locator('button').click();
		const panel = page.locator('[data-testid="source-panel"]');
		await panel.waitFor();
		assert.match(await panel.locator('h2').textContent(), /Kyiv/);
		const text = (await panel.textContent()).replace(/\s+/g, ' ');
		assert.ok(text.includes('machine-found, unreviewed'), text);
		assert.ok(text.includes('Test Wire'));
		assert.ok(text.includes(FIRST_SENTENCE), text);

		// "Only reviewed places" hides it, and the link says so.
		await page.keyboard.press('Escape');
		await page.getByLabel('Hide places only unreviewed, machine-read articles name').check();
		assert.match(await page.getByTestId('counts').textContent(), /29\s+of 33 places/);
		assert.match(page.url(), /reviewed=1/);
		await page.getByLabel('Hide places only unreviewed, machine-read articles name').uncheck();

		// "Remove" takes it off the map, "Undo" brings it back.
		const again = await openDialog(page);
		await again.getByRole('button', { name: /^Remove Protesters gathered in Kyiv/ }).click();
		await again.getByText('Removed', { exact: false }).waitFor();
		assert.equal(await again.getByTestId('your-articles').count(), 0);
		assert.match(await page.getByTestId('counts').textContent(), /29\s+of 29 places/);
		await again.getByRole('button', { name: 'Undo' }).click();
		await again.getByTestId('your-articles').waitFor();
		assert.match(await page.getByTestId('counts').textContent(), /33\s+of 33 places/);
		await backToMap(page);
		assert.deepEqual(errors, []);
	});

	it('reads the added article in context, its places marked', async () => {
		const { page, errors } = session;
		await backToMap(page);
		await page.locator('[data-testid="place-list"] tr', { hasText: 'Kyiv' }).locator('button').click();
		await page.locator('[data-testid="source-panel"]').waitFor();
		await page.locator('[data-testid="source-panel"] [data-testid="read-in-context"]').first().click();
		await page.locator('[data-testid="reader-quote"]').waitFor();
		assert.equal(await page.locator('[data-testid="reader-quote"]').textContent(), FIRST_SENTENCE);
		const marked = await page.locator('[data-testid="reader-text"] .name.place').allTextContents();
		for (const name of ['Kyiv', 'Lviv', 'Odesa', 'Warsaw']) assert.ok(marked.includes(name), `${name} marked: ${marked}`);
		assert.match(await page.locator('[data-testid="reader"] .kicker').textContent(), /Test Wire/);
		await page.keyboard.press('Escape');
		await page.locator('[data-testid="reader"]').waitFor({ state: 'detached' });
		await backToMap(page);
		assert.deepEqual(errors, []);
	});

	it('reviews what the machine found: "not a place" takes Warsaw off the map, another candidate replaces Odesa, a place it missed is added', async () => {
		const { page, errors } = session;
		await backToMap(page);
		const { review } = await openReview(page);
		for (const words of ['Kyiv', 'Lviv', 'Odesa', 'Warsaw']) await review.locator(`[data-testid="toponym"][data-words="${words}"]`).waitFor();
		assert.equal(await review.getByTestId('toponym').count(), 4);
		assert.equal(await review.getByTestId('review-text').textContent(), TEXT, 'the text is shown as it is stored');
		assert.equal(await review.getByTestId('review-text').locator('mark').count(), 4);

		const warsaw = review.locator('[data-testid="toponym"][data-words="Warsaw"]');
		assert.match(await warsaw.textContent(), /Confidence \d+%\. Why: /);
		await warsaw.getByRole('button', { name: 'Not a place' }).click();
		await warsaw.getByText('not a place', { exact: true }).waitFor();
		await waitForMapIdle(page);
		assert.match(await page.getByTestId('counts').textContent(), /32\s+of 32 places/);

		const odesa = review.locator('[data-testid="toponym"][data-words="Odesa"]');
		const other = odesa.getByRole('list', { name: 'Other candidates for Odesa' }).locator('li').first();
		const candidate = (await other.textContent()).split(' · ')[0].trim();
		await other.getByRole('button', { name: 'use this' }).click();
		await odesa.getByText(`changed to ${candidate}`).waitFor();
		assert.match((await odesa.locator('p').first().textContent()).replace(/\s+/g, ' '), new RegExp(`→ ${candidate} \\(the machine chose Odesa\\)`));
		await waitForMapIdle(page);
		const name = candidate.split(',')[0];
		assert.ok(await page.locator('[data-testid="place-list"] tr', { hasText: name }).count(), `${name} is in the list`);

		// A place the machine missed: "the capital", which the reader knows is Kyiv.
		await selectWords(page, 'the capital');
		await review.getByRole('button', { name: 'Add the selected words as a place' }).click();
		const results = review.getByTestId('add-place-results');
		await results.waitFor();
		await results.getByLabel(/Place for “the capital”/).fill('Kiev');
		await results.getByRole('button', { name: 'Search the gazetteer' }).click();
		const kyiv = results.getByRole('list', { name: 'Places named Kiev' }).locator('li', { hasText: 'UA' }).first();
		await kyiv.getByRole('button', { name: 'use this' }).click();
		await review.getByTestId('added-places').waitFor();
		assert.match(await review.getByTestId('added-places').textContent(), /“the capital” → Kyiv/);
		const added = review.getByTestId('review-text').locator('mark.added');
		assert.equal(await added.textContent(), 'the capital', 'the added place is marked in the text');
		assert.match(await added.getAttribute('title'), /^Kyiv — added by you$/);
		await waitForMapIdle(page);
		await backToMap(page);
		assert.deepEqual(errors, []);
	});

	it('moves a place the machine put wrong by dragging its marker on the map, or with the keys; shown as placed by hand', async () => {
		const { page, errors } = session;
		await backToMap(page);
		const { dialog } = await openReview(page);
		const odesa = dialog.locator('[data-testid="toponym"][data-words="Odesa"]');

		// The dialog steps aside; the map centres on Odesa (the candidate the review chose) with a pin the reader drags.
		await odesa.getByRole('button', { name: 'Move on the map' }).click();
		const bar = page.getByTestId('placing-bar');
		await bar.waitFor();
		assert.equal(await dialog.isVisible(), false, 'the dialog is out of the way of the map');
		await waitForMapIdle(page);
		const marker = page.getByTestId('placing-marker');
		assert.match(await marker.getAttribute('aria-label'), /Where “Odesa” is: drag it, or move it with the arrow keys/);
		const [dx, dy] = [-150, -90];
		const expected = await page.evaluate(([x, y]) => {
			const map = window.__atlas.map;
			const at = map.project(map.getCenter());
			return map.unproject([at.x + x, at.y + y]);
		}, [dx, dy]);
		const box = await marker.boundingBox();
		const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		await page.mouse.move(from.x, from.y);
		await page.mouse.down();
		await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 6 });
		await page.mouse.move(from.x + dx, from.y + dy, { steps: 6 });
		await page.mouse.up();
		const near = (text) => {
			const [, lat, ns, lon, ew] = text.match(/([\d.]+)°([NS]), ([\d.]+)°([EW])/);
			const got = { lat: Number(lat) * (ns === 'S' ? -1 : 1), lon: Number(lon) * (ew === 'W' ? -1 : 1) };
			return Math.abs(got.lat - expected.lat) < 0.03 && Math.abs(got.lon - expected.lng) < 0.03;
		};
		const placedAt = await bar.getByTestId('placing-at').textContent();
		assert.ok(near(placedAt), `the pin is where it was dropped: ${placedAt}, expected ${expected.lat}, ${expected.lng}`);
		await bar.getByRole('button', { name: 'Place here' }).click();
		await odesa.getByText('placed by hand', { exact: true }).waitFor({ timeout: 60_000 });
		assert.equal(await dialog.isVisible(), true, 'the dialog is back');
		assert.equal(await odesa.getByTestId('placed-at').textContent(), placedAt);
		await waitForMapIdle(page);

		// Without a mouse: the pin has focus, the arrow keys move it, Esc cancels and nothing changes.
		await odesa.getByRole('button', { name: 'Move on the map' }).click();
		await bar.waitFor();
		await waitForMapIdle(page);
		assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'placing-marker', 'the pin has the focus');
		for (let n = 0; n < 4; n++) await page.keyboard.press('Shift+ArrowRight');
		await page.waitForFunction((before) => document.querySelector('[data-testid="placing-at"]')?.textContent !== before, placedAt);
		await page.keyboard.press('Escape');
		await bar.waitFor({ state: 'detached' });
		assert.equal(await dialog.isVisible(), true);
		assert.equal(await odesa.getByTestId('placed-at').textContent(), placedAt, 'a cancelled move changes nothing');

		// The list and the panel show Odesa where the reader put it, as placed by hand (after the reload too, below).
		await dialog.getByRole('button', { name: 'Close' }).click();
		kept.placedAt = placedAt;
		await assertPlacedByHand(page, placedAt, 'now');
		await backToMap(page);
		assert.deepEqual(errors, []);
	});

	it('records an event from selected words: the build checks it like the shipped corpus, and it joins the map', async () => {
		const { page, errors } = session;
		await backToMap(page);
		const eventsBefore = (await counts(page)).events;
		// A second article: the first stays as its review left it.
		const dialog = await openDialog(page);
		await page.getByLabel('Paste the article').fill(HEDGED);
		await dialog.getByLabel('Published').fill('2026-11-30');
		assert.match(await submit(dialog), /found 4 places/);
		await dialog.getByRole('button', { name: 'Review what it found' }).click();
		const review = dialog.getByTestId('review-article');

		await review.getByRole('button', { name: 'Record an event from the selected words' }).click();
		assert.match(await review.getByRole('alert').textContent(), /Select the words of the article/);

		const quote = 'Officials in Lviv and Odesa said on Monday that the power cuts would continue';
		await selectWords(page, quote);
		await review.getByRole('button', { name: 'Record an event from the selected words' }).click();
		const form = review.getByTestId('record-event');
		assert.equal(await form.getByTestId('record-quote').textContent(), quote);
		assert.equal(await form.getByLabel('Role of Lviv').inputValue(), 'location', 'the places the quote names are ticked');
		assert.equal(await form.getByLabel('Role of Kharkiv').inputValue(), '');

		// The source hedges ("said"): a title stating it as fact is refused, with the build's reason.
		await form.getByLabel(/^Title/).fill('Power cuts continue');
		await form.getByLabel('Type').selectOption('statement');
		await form.getByRole('button', { name: 'Record the event' }).click();
		await form.getByTestId('record-problems').waitFor({ timeout: 60_000 });
		assert.match(await form.getByTestId('record-problems').textContent(), /the title must say whose account it is/);

		await form.getByLabel(/^Title/).fill('Officials say power cuts will continue');
		await form.getByRole('button', { name: 'Record the event' }).click();
		await review.getByTestId('recorded-events').waitFor({ timeout: 60_000 });
		assert.match(await review.getByTestId('recorded-events').textContent(), /Officials say power cuts will continue/);
		await waitForMapIdle(page);
		assert.match(await page.getByTestId('counts').textContent(), new RegExp(`${eventsBefore + 1}\\s+of ${eventsBefore + 1} events`));
		kept.events = eventsBefore + 1;
		await backToMap(page);
		// The event stands on the Odesa this article names, which makes that Odesa a curated place: the
		// first article's Odesa stays where its reader put it by hand.
		await assertPlacedByHand(page, kept.placedAt, 'after an event at Odesa from another article');
		await backToMap(page);
		assert.deepEqual(errors, []);
	});

	it('keeps it all over a reload, without rebuilding: the reader at its quote, the event, the corrections, the hand placing; a correction can be undone', async () => {
		const { page, requests, errors } = session;
		await backToMap(page);
		// A reader open on the added article: the reload brings it back at the quote. (Two rows read Kyiv now:
		// the one the machine found and the one the review added for "the capital".)
		await page.locator('[data-testid="place-list"] tr', { hasText: 'Kyiv' }).locator('button').first().click();
		await page.locator('[data-testid="source-panel"] [data-testid="read-in-context"]').first().click();
		const quoted = await page.locator('[data-testid="reader-quote"]').textContent();
		await waitForMapIdle(page);
		const before = await counts(page);
		const sent = requests.length;

		await page.reload();
		await page.locator('[data-testid="reader-quote"]').waitFor({ timeout: FIRST_DRAW_MS });
		assert.equal(await page.locator('[data-testid="reader-quote"]').textContent(), quoted);
		await page.keyboard.press('Escape');
		await page.locator('[data-testid="reader"]').waitFor({ state: 'detached' });
		await backToMap(page);
		await waitForFirstDraw(page);
		assert.equal((await counts(page)).text, before.text, 'the articles and corrections are kept');
		assert.equal(before.events, kept.events, 'the recorded event is counted');
		assert.equal(requests.slice(sent).filter((u) => u.includes('/data/gazetteer/')).length, 0, 'a saved build is not rebuilt');
		assert.equal(await page.locator('[data-testid="place-list"] tr', { hasText: 'Warsaw' }).count(), 0, 'Warsaw stays off the map');
		await assertPlacedByHand(page, kept.placedAt, 'after a reload');
		await backToMap(page);
		await page.locator('[data-testid="place-list"] tr', { hasText: 'Lviv' }).locator('button').click();
		await page.locator('[data-testid="source-panel"]').getByText('Officials say power cuts will continue').first().waitFor();
		await backToMap(page);

		const { review } = await openReview(page);
		const warsaw = review.locator('[data-testid="toponym"][data-words="Warsaw"]');
		await warsaw.getByText('not a place', { exact: true }).waitFor();
		await warsaw.getByRole('button', { name: 'undo correction' }).click();
		await warsaw.getByText('machine’s choice, not reviewed').waitFor();
		await waitForMapIdle(page);
		assert.equal(await page.locator('[data-testid="place-list"] tr', { hasText: 'Warsaw' }).count(), 1, 'Warsaw is back');
		assert.deepEqual(foreignRequests(requests), []);
		assert.deepEqual(errors, []);
	});
	it('names bad input — nothing to add, a 5 MB paste, a binary file, a file that is not UTF-8, a page with no article — keeps what was typed, and says when no place is known', async () => {
		const { page, errors } = session;
		await backToMap(page);
		const dialog = await openDialog(page);
		await page.getByLabel('Paste the article').fill('My notes so far.');
		// A 5.4 MB paste, as the clipboard delivers it.
		await page.getByLabel('Paste the article').evaluate((el) => {
			const data = new DataTransfer();
			data.setData('text/plain', 'Reports from the capital. '.repeat(210_000));
			el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
		});
		assert.match(await dialog.getByTestId('add-problems').textContent(), /The pasted text is 5\.\d MB; an article can be at most 5\.0 MB/);
		assert.equal(await page.getByLabel('Paste the article').inputValue(), 'My notes so far.', 'what was typed is still there');
		await page.getByLabel('Paste the article').fill('');

		await dialog.locator('input[type="file"]').setInputFiles(fixture('scan.txt'));
		assert.match(await submit(dialog), /scan\.txt: is not a text file \(it contains binary data\)/);
		await dialog.getByRole('button', { name: 'use the pasted text instead' }).click();
		await dialog.locator('input[type="file"]').setInputFiles({ name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x69, 0x6e, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73]) });
		assert.match(await submit(dialog), /latin1\.txt: is not UTF-8 text/);
		await dialog.getByRole('button', { name: 'use the pasted text instead' }).click();
		await dialog.locator('input[type="file"]').setInputFiles({ name: 'empty.html', mimeType: 'text/html', buffer: Buffer.from('<html><body><script>window.x=1</script></body></html>') });
		assert.match(await submit(dialog), /empty\.html: has no readable article text/);
		await dialog.getByRole('button', { name: 'use the pasted text instead' }).click();

		await page.getByLabel('Paste the article').fill('The committee met on Monday and agreed to meet again in the spring.');
		assert.match(await submit(dialog), /found no place it knows/);
		await backToMap(page);
		assert.deepEqual(errors, []);
	});

	it('proposes an organisation the atlas does not know; added with a parent, it joins the group filter', async () => {
		const { page, errors } = session;
		await backToMap(page);
		const dialog = await openDialog(page);
		await page.getByLabel('Paste the article').fill('Fighters of the Imam Ali Brigades reached Samarra on Monday, where the Quds Force was already present, local officials said.');
		await submit(dialog);
		await dialog.getByRole('button', { name: 'Review what it found' }).click();
		const proposed = dialog.getByTestId('proposed-groups');
		await proposed.waitFor();
		assert.deepEqual(await proposed.locator('li').evaluateAll((items) => items.map((li) => li.dataset.name)), ['Imam Ali Brigades'], 'the Quds Force is known, so not proposed');
		// The text marks the group the atlas knows; once added, the new group is marked too.
		const marked = () => dialog.getByTestId('review-text').locator('mark.group').evaluateAll((ms) => ms.map((m) => `${m.textContent} | ${m.title}`));
		assert.deepEqual(await marked(), ['Quds Force | Quds Force — a group the atlas knows']);
		const item = proposed.locator('li[data-name="Imam Ali Brigades"]');
		assert.equal(await item.getByLabel('Type of Imam Ali Brigades').inputValue(), 'militia');
		await item.getByLabel('Parent of Imam Ali Brigades').selectOption('popular-mobilization-forces');
		await item.getByRole('button', { name: 'Add to the groups' }).click();
		await proposed.waitFor({ state: 'detached', timeout: 60_000 });
		assert.deepEqual(await marked(), ['Imam Ali Brigades | Imam Ali Brigades — a group the atlas knows', 'Quds Force | Quds Force — a group the atlas knows']);
		await dialog.getByRole('button', { name: 'Close' }).click();
		await page.locator('summary', { hasText: 'Groups and people' }).click();
		await page.getByRole('checkbox', { name: /^Imam Ali Brigades/ }).waitFor();
		await page.locator('summary', { hasText: 'Groups and people' }).click();
		await backToMap(page);
		assert.deepEqual(errors, []);
	});

	it('reads a dropped HTML page with Readability and runs none of its scripts', async () => {
		const { page, requests, errors } = session;
		await backToMap(page);
		const dialog = await openDialog(page);
		await dialog.locator('input[type="file"]').setInputFiles(fixture('floods-lagos.html'));
		assert.match(await dialog.getByTestId('chosen-file').textContent(), /floods-lagos\.html/);
		const result = await submit(dialog);
		assert.match(result, /Added Floods cut roads north of Lagos/);
		for (const name of ['Lagos', 'Ibadan', 'Abeokuta']) assert.ok(result.includes(name), result);
		const item = (await dialog.getByTestId('your-articles').locator('li', { hasText: 'Floods cut roads' }).textContent()).replace(/\s+/g, ' ');
		assert.ok(item.includes('Coastal Herald'), 'the outlet comes from the page');
		assert.ok(item.includes('2024-07-03'), 'and the date');
		assert.equal(await page.evaluate(() => window.stolen), undefined, 'no script of the page ran');
		assert.deepEqual(foreignRequests(requests), [], 'nothing the page links to was fetched');
		await backToMap(page);
		assert.deepEqual(errors, []);
	});

});

/** The list and the panel show Odesa (or the Odessa the review chose) at `placedAt`, placed by hand, not machine-found. */
async function assertPlacedByHand(page, placedAt, when) {
	const row = page.locator('[data-testid="place-list"] tr', { hasText: 'placed by hand' });
	assert.match(await row.textContent(), /Odes/, when);
	await row.locator('button').click();
	const panel = page.getByTestId('source-panel');
	await panel.waitFor();
	assert.equal(await panel.getByTestId('coordinates').textContent(), placedAt, when);
	assert.ok(await panel.getByTestId('placed-by-hand').isVisible(), when);
	assert.equal(await panel.getByTestId('unreviewed-place').count(), 0, `not “machine-found”: ${when}`);
	assert.match(await panel.textContent(), /officials in Lviv and Odesa said/);
}
