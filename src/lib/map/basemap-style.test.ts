import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
	BASEMAP_COLORS,
	BASEMAP_LABEL_LAYER_IDS,
	COUNTRY_HIGHLIGHT_LAYER_ID,
	FIRST_LABEL_LAYER_ID,
	PROVINCE_HIGHLIGHT_LAYER_ID,
	basemapStyle
} from './basemap-style';

const STATIC_DIR = join(import.meta.dirname, '../../../static');
const style = basemapStyle({ baseUrl: '' });

function layer(id: string): LayerSpecification {
	const found = style.layers.find((l) => l.id === id);
	if (!found) throw new Error(`no layer ${id}`);
	return found;
}

function matches(filter: unknown, properties: Record<string, unknown>): boolean {
	return featureFilter(filter as FilterSpecification, 'filter').filter({ zoom: 6 }, { type: 'Polygon', properties });
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		}) as [number, number, number];
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

describe('basemapStyle', () => {
	it('passes the MapLibre style validator', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('loads nothing from another origin and has no glyph server', () => {
		expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//);
		expect(style.glyphs).toBeUndefined();
	});

	it('puts every URL under the base path it is given', () => {
		const prefixed = JSON.stringify(basemapStyle({ baseUrl: '/atlas/' }));
		const urls = [...prefixed.matchAll(/"(?:data|url)":"([^"]+)"/g)].map((m) => m[1]);
		expect(urls.length).toBeGreaterThan(9);
		for (const url of urls) expect(url).toMatch(/^\/atlas\/(?:basemap|fonts)\/[^/]+$/);
	});

	it("draws the corpus's focus countries lighter, and with none given treats every country alike", () => {
		const focused = basemapStyle({ baseUrl: '', focusCountries: ['NG', 'UA'] });
		const land = (st: typeof style) => {
			const l = st.layers.find((x) => x.id === 'land');
			return l && 'paint' in l ? (l.paint as Record<string, unknown>)['fill-color'] : undefined;
		};
		expect(land(focused)).toEqual(['match', ['get', 'iso'], ['NG', 'UA'], BASEMAP_COLORS.focusLand, BASEMAP_COLORS.land]);
		expect(land(style)).toBe(BASEMAP_COLORS.land);
		expect(validateStyleMin(focused)).toEqual([]);
		expect(JSON.stringify(style)).not.toContain('"IQ"');
	});

	it('refuses a base URL on another origin', () => {
		expect(() => basemapStyle({ baseUrl: 'https://cdn.example.org' })).toThrow(/same-origin/);
		expect(() => basemapStyle({ baseUrl: '//cdn.example.org' })).toThrow(/same-origin/);
	});

	it('points every source and font face at a file the build wrote', () => {
		for (const source of Object.values(style.sources)) {
			if (source.type !== 'geojson' || typeof source.data !== 'string') throw new Error('expected GeoJSON sources by URL');
			expect(existsSync(join(STATIC_DIR, source.data)), source.data).toBe(true);
		}
		for (const faces of Object.values(style['font-faces'] ?? {})) {
			for (const face of Array.isArray(faces) ? faces : [{ url: faces }]) {
				expect(existsSync(join(STATIC_DIR, face.url)), face.url).toBe(true);
			}
		}
	});

	it('declares a font face for every font a label asks for, Arabic presentation forms included', () => {
		const declared = style['font-faces'] ?? {};
		const requested = new Set(JSON.stringify(style.layers).match(/Noto Sans \w+/g));
		for (const name of requested) expect(declared, name).toHaveProperty([name]);
		const regular = declared['Noto Sans Regular'];
		const ranges = Array.isArray(regular) ? regular.flatMap((face) => face['unicode-range'] ?? []) : [];
		expect(ranges).toEqual(expect.arrayContaining(['U+0600-06FF', 'U+FB50-FDFF', 'U+FE76-FEFC']));
	});

	it('keeps the label layers on top so data layers can go beneath them', () => {
		const ids = style.layers.map((l) => l.id);
		expect(ids.slice(-BASEMAP_LABEL_LAYER_IDS.length)).toEqual([...BASEMAP_LABEL_LAYER_IDS]);
		expect(ids.indexOf(FIRST_LABEL_LAYER_ID)).toBe(ids.length - BASEMAP_LABEL_LAYER_IDS.length);
		expect(ids[0]).toBe('sea');
	});

	it('highlights nothing at first, and a province or country once given its code', () => {
		const province = layer(PROVINCE_HIGHLIGHT_LAYER_ID);
		const country = layer(COUNTRY_HIGHLIGHT_LAYER_ID);
		expect(province.type).toBe('fill');
		expect(country.type).toBe('fill');
		if (!('filter' in province) || !('filter' in country)) throw new Error('highlight layers need a filter');
		expect(matches(province.filter, { iso: 'IQ-DI' })).toBe(false);
		expect(matches(country.filter, { iso: 'IQ' })).toBe(false);
		const selected = ['in', ['get', 'iso'], ['literal', ['IQ-DI', 'IQ-AN']]];
		expect(matches(selected, { iso: 'IQ-AN' })).toBe(true);
		expect(matches(selected, { iso: 'IQ-BG' })).toBe(false);
		expect(validateStyleMin({ ...style, layers: [...style.layers, { ...province, id: 'x', filter: selected } as LayerSpecification] })).toEqual([]);
	});

	it('draws province labels with the local name on a second line', () => {
		const labels = layer('province-labels') as SymbolLayerSpecification;
		const field = JSON.stringify(labels.layout?.['text-field']);
		expect(field).toContain('"name_local"');
		expect(field).toContain('"\\n"');
		expect(labels.minzoom).toBeGreaterThanOrEqual(5);
	});

	it('gives every label text WCAG AA contrast against the land and sea beneath it and its halo', () => {
		const grounds = [BASEMAP_COLORS.land, BASEMAP_COLORS.focusLand, BASEMAP_COLORS.sea, BASEMAP_COLORS.halo];
		for (const id of BASEMAP_LABEL_LAYER_IDS) {
			const paint = (layer(id) as SymbolLayerSpecification).paint;
			const color = paint?.['text-color'];
			expect(typeof color, `${id} text-color`).toBe('string');
			expect(paint?.['text-halo-color']).toBe(BASEMAP_COLORS.halo);
			for (const ground of grounds) expect(contrast(color as string, ground), `${id} on ${ground}`).toBeGreaterThanOrEqual(4.5);
		}
	});
});
