/**
 * Every step of the shipped story, framed at the four screen sizes a room presents on: its places land
 * inside the map and clear of the step card, the step controls and the map's own controls. The boxes
 * are those the presentation lays out at each size (tests/fixtures/presentation-layouts.json, measured
 * in Chromium at step 5); the browser test (tests/e2e/presentation-room.test.js) checks that the live
 * page still lays them out there, and frames every step live at 1280×720.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clearOf, type Box } from './clear-of';
import { frameStep, type Padding, type StepCamera } from './frame-step';
import { stepPlaces } from './step-places';

const read = (path: string) => readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8');
const story = parse(read('geodata/stories/iran-reach-2005-2015.yaml')) as { steps: { heading: string; view: string }[] };
const index = {
	places: (JSON.parse(read('geodata/gazetteer.json')) as { places: { id: string; lon: number; lat: number }[] }).places,
	events: (JSON.parse(read('geodata/events.json')) as { events: { id: string; places: { place: string }[] }[] }).events
};

/** What covers the map at each size: the card, the step controls, and MapLibre's zoom, attribution and scale. */
const LAYOUTS = (JSON.parse(read('tests/fixtures/presentation-layouts.json')) as { layouts: { name: string; map: Box; covers: Record<string, Box> }[] }).layouts.map(
	(l) => ({ name: l.name, map: l.map, covers: Object.values(l.covers) })
);

/** Where [lon, lat] is drawn on a map of `size` whose camera centres `padding`'s free area (Web Mercator, 512 px tiles). */
function screen([lon, lat]: readonly [number, number], camera: StepCamera, size: { width: number; height: number }, padding: Padding) {
	const s = 512 * 2 ** camera.zoom;
	const x = (l: number) => ((l + 180) / 360) * s;
	const y = (a: number) => ((1 - Math.log(Math.tan((a * Math.PI) / 180) + 1 / Math.cos((a * Math.PI) / 180)) / Math.PI) / 2) * s;
	const cx = padding.left + (size.width - padding.left - padding.right) / 2;
	const cy = padding.top + (size.height - padding.top - padding.bottom) / 2;
	return { x: cx + x(lon) - x(camera.lon), y: cy + y(lat) - y(camera.lat) };
}

const inside = (p: { x: number; y: number }, b: Box, margin = 0) => p.x >= b.left + margin && p.x <= b.right - margin && p.y >= b.top + margin && p.y <= b.bottom - margin;

describe('framing the shipped story', () => {
	for (const layout of LAYOUTS) {
		it(`puts every step's places inside the map and clear of the card and the controls at ${layout.name}`, () => {
			const size = { width: layout.map.right - layout.map.left, height: layout.map.bottom - layout.map.top };
			// As the presentation does (Presentation.svelte): 8 px round what covers the map, and room for a place's mark.
			const padding = clearOf(layout.map, layout.covers, 8);
			const free = Math.min(size.width - padding.left - padding.right, size.height - padding.top - padding.bottom);
			const inset = Math.max(12, Math.min(40, free / 8));
			const problems: string[] = [];
			for (const [i, step] of story.steps.entries()) {
				const view = new URLSearchParams(step.view);
				const [zoom, lat, lon] = view.get('at')!.split('/').map(Number) as [number, number, number];
				const places = stepPlaces({ place: view.get('place') ?? undefined, event: view.get('event') ?? undefined }, index);
				const camera = frameStep({ lon, lat, zoom }, places, size, padding, inset);
				// Moved and zoomed out only as far as the places need (on a big screen the step's own view is kept close).
				if (size.width >= 1280) {
					expect(camera.zoom, `step ${i + 1} zoom`).toBeLessThanOrEqual(zoom + 0.05);
					expect(camera.zoom, `step ${i + 1} zoom`).toBeGreaterThan(zoom - 1.5);
					expect(Math.abs(camera.lat - lat) < 3 && Math.abs(camera.lon - lon) < 4, `step ${i + 1} centre ${JSON.stringify(camera)}`).toBe(true);
				}
				for (const place of places) {
					const at = screen(place, camera, size, padding);
					const where = `step ${i + 1}: [${place}] at (${at.x.toFixed(0)}, ${at.y.toFixed(0)})`;
					if (!inside(at, layout.map, 4)) problems.push(`${where} is outside the map`);
					for (const cover of layout.covers) if (inside(at, cover)) problems.push(`${where} is under ${JSON.stringify(cover)}`);
				}
			}
			expect(problems).toEqual([]);
		});
	}
});
