/**
 * Every step of the shipped story, framed at the four screen sizes a room presents on: its places land
 * inside the map and clear of the step card, the step controls and the map's own controls. The boxes
 * are those the presentation lays out at each size (measured in Chromium at step 5); the browser test
 * (tests/e2e/presentation-room.test.js) checks the live layout on the steps whose places lie far apart.
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

/** What covers the map at each size: the card, the step controls, and MapLibre's zoom, scale and attribution. */
const LAYOUTS: { name: string; map: Box; covers: Box[] }[] = [
	{
		name: '1920×1080',
		map: { left: 0, top: 0, right: 1920, bottom: 1080 },
		covers: [
			{ left: 29, top: 29, right: 835, bottom: 640 },
			{ left: 388, top: 996, right: 1532, bottom: 1051 },
			{ left: 1881, top: 10, right: 1910, bottom: 68 },
			{ left: 1565, top: 920, right: 1910, bottom: 944 },
			{ left: 1826, top: 954, right: 1910, bottom: 976 }
		]
	},
	{
		name: '1280×720',
		map: { left: 0, top: 0, right: 1280, bottom: 720 },
		covers: [
			{ left: 21, top: 21, right: 559, bottom: 489 },
			{ left: 199, top: 659, right: 1081, bottom: 699 },
			{ left: 1241, top: 10, right: 1270, bottom: 68 },
			{ left: 925, top: 586, right: 1270, bottom: 610 },
			{ left: 1185, top: 620, right: 1270, bottom: 642 }
		]
	},
	{
		name: '1024×600',
		map: { left: 0, top: 0, right: 1024, bottom: 600 },
		covers: [
			{ left: 19, top: 19, right: 449, bottom: 500 },
			{ left: 95, top: 544, right: 929, bottom: 581 },
			{ left: 985, top: 10, right: 1014, bottom: 68 },
			{ left: 669, top: 472, right: 1014, bottom: 496 },
			{ left: 929, top: 506, right: 1014, bottom: 528 }
		]
	},
	{
		// The phone stacks the map over the card and the controls.
		name: 'phone 375×667',
		map: { left: 0, top: 0, right: 375, bottom: 330 },
		covers: [
			{ left: 0, top: 330, right: 375, bottom: 564 },
			{ left: 0, top: 564, right: 375, bottom: 667 },
			{ left: 336, top: 10, right: 365, bottom: 68 },
			{ left: 341, top: 264, right: 365, bottom: 288 },
			{ left: 297, top: 298, right: 365, bottom: 320 }
		]
	}
];

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
