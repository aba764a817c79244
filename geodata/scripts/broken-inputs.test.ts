/**
 * Feeds the build broken inputs and checks the messages name the file, the record and the field, and
 * that nothing already built is lost.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFromFolder, runBuild } from './build-geodata';

let dir: string;
let out: string;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'atlas-broken-'));
	out = await mkdtemp(join(tmpdir(), 'atlas-out-'));
	await cp('geodata/articles', join(dir, 'articles'), { recursive: true });
	for (const f of ['gazetteer.json', 'actors.json', 'events.json']) await cp(join('geodata', f), join(dir, f));
	await cp('geodata/stories', join(dir, 'stories'), { recursive: true });
});

// Each test's copy of the corpus and its outputs go when it ends: hundreds of builds a day otherwise fill the disk.
afterEach(() => Promise.all([dir, out].map((d) => rm(d, { recursive: true, force: true }))));

const STORY = 'stories/iran-reach-2005-2015.yaml';

async function editText(file: string, change: (text: string) => string) {
	const path = join(dir, file);
	await writeFile(path, change(await readFile(path, 'utf8')));
}

async function edit<T>(file: string, change: (data: T) => void) {
	const path = join(dir, file);
	const data = JSON.parse(await readFile(path, 'utf8')) as T;
	change(data);
	await writeFile(path, JSON.stringify(data, null, 2));
}

async function failure(): Promise<string> {
	try {
		await runBuild(dir, out);
	} catch (e) {
		return (e as Error).message;
	}
	throw new Error('the build succeeded on broken input');
}

type EventsFile = { events: { id: string; places: { place: string }[]; claims: { quote: string }[]; date: { start: string } }[] };

describe('broken inputs', () => {
	it('names the event, claim and article when a quote is not in the text', async () => {
		let id = '';
		await edit<EventsFile>('events.json', (d) => {
			id = d.events[0]!.id;
			d.events[0]!.claims[0]!.quote = 'Amerli was liberated by the Swiss Guard.';
		});
		const message = await failure();
		expect(message).toContain('events.json');
		expect(message).toContain(`event "${id}" (#1) › claims[0].quote`);
		expect(message).toContain('does not occur verbatim in the article');
	});

	it('names an unknown place id and where to add it', async () => {
		await edit<EventsFile>('events.json', (d) => (d.events[1]!.places[0]!.place = 'atlantis'));
		expect(await failure()).toMatch(/events\.json: event "[a-z0-9-]+" \(#2\) › places\[0\]\.place: no place "atlantis" in .*gazetteer\.json/);
	});

	it('refuses to put an event where none of its quotes names the place (no quote, no claim)', async () => {
		await edit<EventsFile>('events.json', (d) => {
			const mosul = d.events.find((e) => e.id === 'fall-of-mosul-2014')!;
			mosul.places.push({ place: 'tehran', role: 'location', quoted: 'in Tehran' } as { place: string });
		});
		expect(await failure()).toMatch(/event "fall-of-mosul-2014" \(#\d+\) › places\[1\]: "in Tehran" is not in any of the event's quotes/);
	});

	it('reports malformed metadata field by field', async () => {
		await edit<Record<string, unknown>>('articles/002_618452ce6f7ba7e6.meta.json', (m) => {
			delete m.title;
			(m.published as { date: string }).date = '2005-07-32';
		});
		const message = await failure();
		expect(message).toContain('002_618452ce6f7ba7e6.meta.json: title');
		await edit<Record<string, unknown>>('articles/002_618452ce6f7ba7e6.meta.json', (m) => (m.title = 'Iraq, Iran Announce Military Cooperation'));
		expect(await failure()).toContain('002_618452ce6f7ba7e6.meta.json: published.date: 2005-07-32 is not a date: July 2005 has no day 32');
	});

	it('refuses an empty and a binary article in the same run, naming both', async () => {
		await writeFile(join(dir, 'articles/000_f87906550f33b60b.txt'), '');
		await writeFile(join(dir, 'articles/003_bbfa1784b879b3b7.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
		const message = await failure();
		expect(message).toContain('000_f87906550f33b60b.txt: the file is empty');
		expect(message).toContain('003_bbfa1784b879b3b7.txt: the file is binary');
	});

	it('refuses invalid UTF-8 and says where', async () => {
		await writeFile(join(dir, 'articles/002_618452ce6f7ba7e6.txt'), Buffer.concat([Buffer.from('Iraq and Iran '), Buffer.from([0xc3, 0x28])]));
		expect(await failure()).toContain('002_618452ce6f7ba7e6.txt: the file is not valid UTF-8 (first bad byte at offset 14); re-save it as UTF-8');
	});

	it('points at the line of a JSON syntax error', async () => {
		const path = join(dir, 'gazetteer.json');
		const text = await readFile(path, 'utf8');
		await writeFile(path, text.replace('"places"', '"places":,'));
		expect(await failure()).toMatch(/gazetteer\.json: line \d+, column \d+: not valid JSON/);
	});

	it('refuses duplicate ids and a not-body text that is not in the article', async () => {
		await edit<{ places: { id: string }[] }>('gazetteer.json', (g) => g.places.push({ ...g.places[0]! }));
		await edit<{ notBody: { text: string }[] }>('articles/004_71f5d9486d426034.meta.json', (m) => (m.notBody[0]!.text = 'no such tag line'));
		const message = await failure();
		expect(message).toMatch(/gazetteer\.json: place "iraq" \(#\d+\): duplicate id/);
		expect(message).toContain('004_71f5d9486d426034.meta.json: notBody[0]: its text "no such tag line" does not occur in the article');
	});

	it('names the story file, the step and the problem for a view that names an unknown place', async () => {
		await editText(STORY, (t) => t.replace('place=karbala', 'place=karbalaa'));
		expect(await failure()).toMatch(
			/iran-reach-2005-2015\.yaml: steps\[2\] \(step 3, "2007: the Karbala raid"\) › view: Ignored “place=karbalaa”: no such place\./
		);
	});

	it('names the story step whose citation is not verbatim, or that has none', async () => {
		await editText(STORY, (t) => t.replace('ISIS was driven from Jurf al-Sakher', 'ISIS was chased from Jurf al-Sakher'));
		expect(await failure()).toMatch(/steps\[8\] \(step 9, "October 2014: Jurf al-Sakher becomes Jurf al-Nasr"\) › citations\[0\]\.quote: the quote does not occur verbatim/);
		await cp('geodata/stories', join(dir, 'stories'), { recursive: true });
		await editText(STORY, (t) => t.replace(/(- heading: "Rasheed Air Base: barrel bombs"[\s\S]*?)citations:\n(\s+- article: [^\n]+\n\s+quote: [^\n]+\n)/, '$1citations: []\n'));
		expect(await failure()).toContain('steps[9] (step 10, "Rasheed Air Base: barrel bombs") › citations: every step rests on at least one citation');
	});

	it('points at the line of a YAML syntax error in a story', async () => {
		await editText(STORY, (t) => t.replace('steps:\n', 'steps:\n  - heading: [unclosed\n'));
		expect(await failure()).toMatch(/iran-reach-2005-2015\.yaml: line \d+, column \d+: not valid YAML/);
	});

	it('leaves the previous outputs untouched when a build fails', async () => {
		await runBuild(dir, out);
		const before = await readFile(join(out, 'places.geojson'), 'utf8');
		await edit<EventsFile>('events.json', (d) => (d.events[0]!.date.start = '2014-02-30'));
		expect(await failure()).toContain('2014-02-30 is not a date: February 2014 has no day 30');
		expect(await readFile(join(out, 'places.geojson'), 'utf8')).toBe(before);
		expect((await readdir(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});
});

/**
 * The matrix: every input kind against the usual ways files go wrong. Each row breaks one thing in a
 * fresh copy of the real inputs and names the message it must produce.
 */
type Case = [kind: string, fault: string, breakIt: () => Promise<void>, message: RegExp];

const A = 'articles/001_b9cf90a40f7584f5';
const MATRIX: Case[] = [
	['article', 'empty file', () => writeFile(join(dir, `${A}.txt`), ''), /001_b9cf90a40f7584f5\.txt: the file is empty; restore its text/],
	['article', 'binary file', () => writeFile(join(dir, `${A}.txt`), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])), /001_b9cf90a40f7584f5\.txt: the file is binary/],
	['article', 'invalid UTF-8', () => writeFile(join(dir, `${A}.txt`), Buffer.from([0x49, 0x72, 0x61, 0x71, 0xe2, 0x28, 0xa1])), /001_b9cf90a40f7584f5\.txt: the file is not valid UTF-8 \(first bad byte at offset 4\)/],
	['article', 'a 50 MB article', () => writeFile(join(dir, `${A}.txt`), Buffer.alloc(50 * 1024 * 1024, 0x61)), /001_b9cf90a40f7584f5\.txt: the file is 50\.0 MB, over the 5 MB an article may have/],
	['article', 'text without its metadata', () => rm(join(dir, `${A}.meta.json`)), /001_b9cf90a40f7584f5\.txt: no metadata record beside it; add .*001_b9cf90a40f7584f5\.meta\.json/],
	['metadata', 'JSON syntax error', () => editText(`${A}.meta.json`, (t) => t.replace('"title"', '"title" "')), /001_b9cf90a40f7584f5\.meta\.json: line \d+, column \d+: not valid JSON/],
	['metadata', 'unknown field', () => edit<Record<string, unknown>>(`${A}.meta.json`, (m) => (m.tittle = 'x')), /001_b9cf90a40f7584f5\.meta\.json: \(top level\): Unrecognized key: "tittle"/],
	['metadata', 'date that does not exist', () => edit<{ published: { date: string } }>(`${A}.meta.json`, (m) => (m.published.date = '2014-02-30')), /published\.date: 2014-02-30 is not a date: February 2014 has no day 30/],
	['gazetteer', 'JSON syntax error', () => editText('gazetteer.json', (t) => t.replace(/\}\s*$/, '')), /gazetteer\.json: line \d+, column \d+: not valid JSON/],
	['gazetteer', 'latitude out of range', () => edit<{ places: { id: string; lat: number }[] }>('gazetteer.json', (g) => (g.places.find((p) => p.id === 'amerli')!.lat = 134.7)), /gazetteer\.json: places\[\d+\] "amerli" › lat: latitude must be between -90 and 90; are lat and lon swapped\?/],
	['gazetteer', 'swapped coordinates', () => edit<{ places: { id: string; lat: number; lon: number }[] }>('gazetteer.json', (g) => {
		const p = g.places.find((x) => x.id === 'mosul')!;
		[p.lat, p.lon] = [p.lon, p.lat];
	}), /gazetteer\.json: place "mosul" \(#\d+\) › lat, lon: \(43\.1189, 36\.335\) lies outside IQ, but \(36\.335, 43\.1189\) lies inside: lat and lon look swapped/],
	['gazetteer', 'unknown region id', () => edit<{ places: { id: string; within?: string }[] }>('gazetteer.json', (g) => (g.places.find((x) => x.id === 'amerli')!.within = 'salahuddin')), /place "amerli" \(#\d+\) › within: no place "salahuddin" in the gazetteer/],
	['actors', 'unknown parent group', () => edit<{ groups: { id: string; parents: { group: string }[] }[] }>('actors.json', (a) => (a.groups.find((g) => g.id === 'quds-force')!.parents[0]!.group = 'irgcc')), /actors\.json: group "quds-force" \(#\d+\) › parents\[0\]\.group: no group "irgcc"/],
	['actors', 'duplicate id', () => edit<{ groups: { id: string }[] }>('actors.json', (a) => a.groups.push({ ...a.groups.find((g) => g.id === 'badr-corps')! })), /actors\.json: group "badr-corps" \(#\d+\): duplicate id/],
	['actors', 'person in an unknown group', () => edit<{ people: { id: string; roles: { group: string }[] }[] }>('actors.json', (a) => (a.people.find((p) => p.id === 'hadi-al-amiri')!.roles[0]!.group = 'badr')), /person "hadi-al-amiri" \(#\d+\) › roles\[0\]\.group: no group "badr"/],
	['events', 'unknown actor', () => edit<EventsFile & { events: { participants: { actor: string }[] }[] }>('events.json', (d) => (d.events[0]!.participants[0]!.actor = 'zebarii')), /participants\[0\]\.actor: no group or person "zebarii"/],
	['events', 'duplicate id', () => edit<EventsFile>('events.json', (d) => d.events.push(structuredClone(d.events[3]!))), /events\.json: event "[a-z0-9-]+" \(#\d+\): duplicate id/],
	['events', 'end before start', () => edit<EventsFile & { events: { date: { end?: string } }[] }>('events.json', (d) => (d.events[0]!.date.end = '1999')), /date\.end: ends \(1999\) before it starts/],
	['stories', 'empty file', () => writeFile(join(dir, STORY), ''), /iran-reach-2005-2015\.yaml: the file is empty; a story needs a title and steps/],
	['stories', 'step without a view', () => editText(STORY, (t) => t.replace(/\n    view: "\?at=4\.6\/33\.4\/44\.6"/, '')), /steps\[0\] \(step 1, "Five articles, one decade"\) › view: Invalid input: expected string, received undefined/]
];

describe('the input matrix', () => {
	it.each(MATRIX)('%s: %s', async (_kind, _fault, breakIt, message) => {
		await breakIt();
		expect(await failure()).toMatch(message);
	});

	it('reports a broken article and a broken gazetteer entry in the same run', async () => {
		await writeFile(join(dir, `${A}.txt`), '');
		await edit<{ places: { id: string; lat: number }[] }>('gazetteer.json', (g) => (g.places[0]!.lat = -91));
		const message = await failure();
		expect(message).toContain('001_b9cf90a40f7584f5.txt: the file is empty');
		expect(message).toMatch(/gazetteer\.json: places\[0\] "iraq" › lat/);
	});

	it('accepts a byte-order mark and Windows line ends, with offsets into the text as read', async () => {
		const original = await readFile(join(dir, `${A}.txt`), 'utf8');
		await writeFile(join(dir, `${A}.txt`), `\uFEFF${original.replace(/\n/g, '\r\n')}`);
		await runBuild(dir, out);
		const { index } = (await buildFromFolder(dir)).out;
		const crlf = original.replace(/\n/g, '\r\n');
		const mentions = index.mentions.filter((m) => m.article === 'trumpet-2014-abadi-visit');
		expect(mentions.length).toBeGreaterThan(20);
		for (const m of mentions) expect(crlf.slice(m.start, m.end)).toBe(m.text);
		expect(index.sentences.filter((s) => s.article === 'trumpet-2014-abadi-visit').some((s) => s.text.includes('\r'))).toBe(false);
	});
});
