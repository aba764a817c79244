/**
 * The world layers credit world-countries (ODbL 1.0) on the map's attribution wherever its local names
 * are drawn: MapLibre lists a source's `attribution` while a layer of that source is shown.
 */
import { readFileSync } from 'node:fs';
import type { Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { addWorldDivisions, addWorldLayers } from './world-layers';

/** A stand-in for a MapLibre map that records the sources and layers added to it. */
function recordingMap() {
	const sources = new Map<string, SourceSpecification>();
	const layers = new Map<string, { source?: string }>();
	const map = {
		getSource: (id: string) => sources.get(id),
		getLayer: (id: string) => layers.get(id),
		addSource: (id: string, spec: SourceSpecification) => void sources.set(id, spec),
		addLayer: (layer: { id: string; source?: string }) => void layers.set(layer.id, layer)
	};
	return { map: map as unknown as MapLibreMap, sources, layers };
}

describe('world layers', () => {
	it('names world-countries and its ODbL on the sources of the layers that draw its local names', () => {
		const { map, sources, layers } = recordingMap();
		addWorldLayers(map, '');
		addWorldDivisions(map, '');
		for (const id of ['world-country-labels', 'world-admin1-labels']) {
			const source = sources.get(layers.get(id)!.source!) as { attribution?: string };
			expect(source.attribution, id).toBe('world-countries (ODbL 1.0)');
		}
	});

	it('draws world-countries’ local names from the served country labels (Österreich, Brasil)', () => {
		const labels = JSON.parse(readFileSync('static/basemap/world-country-labels.geojson', 'utf8')) as { features: { properties: { iso: string; name_local?: string } }[] };
		const local = new Map(labels.features.map((f) => [f.properties.iso, f.properties.name_local]));
		expect([local.get('AT'), local.get('BR')]).toEqual(['Österreich', 'Brasil']);
	});
});
