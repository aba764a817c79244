import type { FeatureCollection, LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkGeoJson } from '../../../../geodata/scripts/check-geojson';
import type { GeodataOutputs } from '../build-geodata';
import { validateOutputs } from './validate-outputs';

const baghdad = { type: 'Feature', id: 'baghdad', geometry: { type: 'Point', coordinates: [44.4, 33.3] }, properties: { id: 'baghdad', name: 'Baghdad', kind: 'city', mentionCount: 3, articleCount: 1 } };

function outputs(places: unknown[]): GeodataOutputs {
	const empty = { type: 'FeatureCollection', features: [] };
	return {
		places: { type: 'FeatureCollection', features: places } as FeatureCollection<Point>,
		events: empty as FeatureCollection<Point>,
		links: empty as FeatureCollection<LineString>
	} as GeodataOutputs;
}

describe('validateOutputs', () => {
	it('passes a valid layer in the browser (zod alone) and in Node (with geojson-validation), credit member and all', () => {
		const out = outputs([baghdad]);
		(out.places as unknown as Record<string, unknown>).attribution = 'GeoNames (CC BY 4.0)';
		expect(validateOutputs(out)).toEqual([]);
		expect(validateOutputs(out, checkGeoJson)).toEqual([]);
	});

	it('names the file and the feature of a geometry that is not GeoJSON, without the Node validator', () => {
		const faults = validateOutputs(outputs([baghdad, { ...baghdad, id: 'basra', geometry: { type: 'Point', coordinates: ['47.8', 30.5] } }]));
		expect(faults).toEqual([expect.stringMatching(/^places\.geojson: not valid GeoJSON: at features\.1\.geometry\.coordinates\.0: /)]);
	});

	it('rejects a feature without a geometry in the browser as the Node validator does', () => {
		const out = outputs([{ type: 'Feature', id: 'mosul', properties: baghdad.properties }]);
		expect(validateOutputs(out)).toEqual([expect.stringMatching(/^places\.geojson: not valid GeoJSON: at features\.0\.geometry: /)]);
		expect(validateOutputs(out, checkGeoJson).filter((f) => !/at features\.0\.geometry/.test(f))).not.toEqual([]);
	});
});
