import { describe, expect, it } from 'vitest';
import { frameStep } from './frame-step';
import { clearOf } from './clear-of';

/** Where [lon, lat] lands on a map of `size` with `camera` centred in the padded area (Web Mercator, 512 px tiles). */
function screen([lon, lat]: readonly [number, number], camera: { lon: number; lat: number; zoom: number }, size: { width: number; height: number }, pad: { top: number; right: number; bottom: number; left: number }) {
	const s = 512 * 2 ** camera.zoom;
	const x = (l: number) => ((l + 180) / 360) * s;
	const y = (a: number) => ((1 - Math.log(Math.tan((a * Math.PI) / 180) + 1 / Math.cos((a * Math.PI) / 180)) / Math.PI) / 2) * s;
	const cx = pad.left + (size.width - pad.left - pad.right) / 2;
	const cy = pad.top + (size.height - pad.top - pad.bottom) / 2;
	return { x: cx + x(lon) - x(camera.lon), y: cy + y(lat) - y(camera.lat) };
}

const SIZE = { width: 1280, height: 720 };
const CARD = { left: 20, top: 20, right: 560, bottom: 480 };
const CONTROLS = { left: 240, top: 660, right: 1040, bottom: 700 };

describe('frameStep', () => {
	it('keeps the saved view when its places already stand clear of the card', () => {
		const pad = clearOf({ left: 0, top: 0, right: 1280, bottom: 720 }, [CARD, CONTROLS]);
		const view = { lon: 44.6, lat: 34.7, zoom: 7.2 };
		expect(frameStep(view, [[44.5875, 34.725]], SIZE, pad)).toEqual(view);
	});

	it("brings step 5's origin (Iraq) out from under the card at 1280×720, Iran still in view", () => {
		const pad = clearOf({ left: 0, top: 0, right: 1280, bottom: 720 }, [CARD, CONTROLS]);
		const places: [number, number][] = [[44, 33], [53, 32]];
		const camera = frameStep({ lon: 48, lat: 34, zoom: 4.8 }, places, SIZE, pad, 40);
		for (const p of places) {
			const at = screen(p, camera, SIZE, pad);
			expect(at.x).toBeGreaterThanOrEqual(CARD.right + 40 - 0.5);
			expect(at.x).toBeLessThanOrEqual(SIZE.width - 40 + 0.5);
			expect(at.y).toBeLessThanOrEqual(CONTROLS.top - 40 + 0.5);
		}
		expect(camera.zoom).toBeLessThanOrEqual(4.8);
	});

	it('zooms out when the places are spread wider than the free area', () => {
		const pad = { top: 0, right: 0, bottom: 0, left: 900 };
		const camera = frameStep({ lon: 48, lat: 34, zoom: 6 }, [[44, 33], [53, 32]], SIZE, pad, 20);
		expect(camera.zoom).toBeLessThan(6);
		const a = screen([44, 33], camera, SIZE, pad);
		const b = screen([53, 32], camera, SIZE, pad);
		expect(b.x - a.x).toBeLessThanOrEqual(1280 - 900 - 40 + 0.5);
	});
});

describe('clearOf', () => {
	it('gives up the side of the map the card covers, and the strip under the step controls', () => {
		expect(clearOf({ left: 0, top: 0, right: 1280, bottom: 720 }, [CARD, CONTROLS], 10)).toEqual({ top: 10, right: 10, bottom: 70, left: 570 });
	});

	it('ignores what is drawn outside the map (the phone stacks card and map)', () => {
		expect(clearOf({ left: 0, top: 0, right: 375, bottom: 400 }, [{ left: 8, top: 410, right: 367, bottom: 600 }])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
	});
});
