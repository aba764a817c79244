/** The world gazetteer's parts are served to browsers: each names the sources of its rows and their licences. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GazetteerPart } from '../../src/lib/domain/geoparse/world-gazetteer';
import { ensureWorldGazetteer } from './load-world-gazetteer';

describe('the world gazetteer artefact', () => {
	const [core, local] = ensureWorldGazetteer().map((f) => JSON.parse(readFileSync(f, 'utf8')) as GazetteerPart);

	it('credits world-countries (ODbL) in the part that holds its country rows, and GeoNames (CC BY 4.0) in both', () => {
		const ukraine = core!.places.find((p) => p[0] === 'country-UA')!;
		expect(ukraine[1]).toBe('Ukraine');
		expect(core!.credit).toMatch(/world-countries \(https:\/\/github\.com\/mledoze\/countries\), ODbL 1\.0/);
		expect(local!.places.some((p) => typeof p[0] === 'string' && p[0].startsWith('country-'))).toBe(false);
		for (const part of [core!, local!]) expect(part.credit).toMatch(/GeoNames \(https:\/\/www\.geonames\.org\/\), CC BY 4\.0/);
	});
});
