/**
 * Feeds the build broken inputs and checks the messages name the file, the record and the field, and
 * that nothing already built is lost.
 */
import { cp, mkdtemp, readFile, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runBuild } from './build-geodata';

let dir: string;
let out: string;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'atlas-broken-'));
	out = await mkdtemp(join(tmpdir(), 'atlas-out-'));
	await cp('geodata/articles', join(dir, 'articles'), { recursive: true });
	for (const f of ['gazetteer.json', 'actors.json', 'events.json']) await cp(join('geodata', f), join(dir, f));
	await cp('geodata/stories', join(dir, 'stories'), { recursive: true });
});

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
			mosul.places.push({ place: 'tehran', role: 'location' } as { place: string });
		});
		expect(await failure()).toMatch(/event "fall-of-mosul-2014" \(#\d+\) › places\[1\]\.place: "tehran" is not named in any of the event's quotes/);
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
