import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { articlesZip, GAZETTEER_CREDIT } from './articles-zip';

const draft = { meta: { file: 'user_abc.txt', id: 'user-abc' }, text: 'Troops reached Mosul on Tuesday.' } as Parameters<typeof articlesZip>[0][number];
const records = { gazetteer: { places: [{ id: 'mosul', coordSource: { kind: 'geonames', id: '99072' } }] }, events: { events: [] } };

/** The comment at the end of a zip, as its end-of-central-directory record (the last 22 bytes before it) gives its length. */
function zipComment(zip: Uint8Array): string {
	for (let at = zip.length - 22; at >= 0; at--) {
		if (zip[at] === 0x50 && zip[at + 1] === 0x4b && zip[at + 2] === 0x05 && zip[at + 3] === 0x06) return strFromU8(zip.subarray(at + 22, at + 22 + (zip[at + 20]! | (zip[at + 21]! << 8))));
	}
	throw new Error('no end-of-central-directory record');
}

describe('articlesZip', () => {
	it('credits GeoNames in the zip’s comment when it carries the gazetteer, and the files still unzip', () => {
		const zip = articlesZip([draft], records);
		expect(zipComment(zip)).toBe(GAZETTEER_CREDIT);
		expect(GAZETTEER_CREDIT).toContain('GeoNames, CC BY 4.0, https://www.geonames.org/');
		const files = unzipSync(zip);
		expect(Object.keys(files).sort()).toEqual(['geodata/articles/user_abc.meta.json', 'geodata/articles/user_abc.txt', 'geodata/events.json', 'geodata/gazetteer.json']);
		expect(JSON.parse(strFromU8(files['geodata/gazetteer.json']!))).toEqual(records.gazetteer);
	});

	it('shows the credit to Info-ZIP’s unzip, which prints a zip’s comment', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-zip-'));
		try {
			writeFileSync(join(dir, 'a.zip'), articlesZip([draft], records));
			expect(execFileSync('unzip', ['-z', join(dir, 'a.zip')], { encoding: 'utf8' })).toContain(GAZETTEER_CREDIT);
			expect(execFileSync('unzip', ['-t', join(dir, 'a.zip')], { encoding: 'utf8' })).toMatch(/No errors detected/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('adds no comment to a zip of articles alone, which carries no GeoNames data', () => {
		expect(zipComment(articlesZip([draft]))).toBe('');
	});
});
