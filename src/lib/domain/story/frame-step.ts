/**
 * Where a presentation step puts its camera: the author's view, moved and zoomed out only as far as
 * needed for every place of the step to stand in the part of the map the text card leaves free.
 * Web Mercator with MapLibre's 512 px tiles; no map library needed.
 */

/** Pixels kept clear on each side of the map (what the card and the controls cover). */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A camera: centre of the free area, and zoom. */
export interface StepCamera {
	lon: number;
	lat: number;
	zoom: number;
}

const TILE = 512;
const MAX_LAT = 85.0511;

const worldX = (lon: number, scale: number) => ((lon + 180) / 360) * scale;
function worldY(lat: number, scale: number) {
	const r = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
	return ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * scale;
}
const lonOf = (x: number, scale: number) => (x / scale) * 360 - 180;
const latOf = (y: number, scale: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / scale))) * 180) / Math.PI;

/**
 * Frames a step: keeps `view` when its places already fall inside the free area (less `inset` px on
 * each side), otherwise pans the least distance that brings them in, zooming out first if they are
 * spread wider than the free area.
 *
 * @param view the camera the step was saved with
 * @param places the step's places, as [lon, lat]
 * @param size the map's width and height in px
 * @param padding what the card and controls cover, in px from each edge
 * @param inset room kept round each place for its mark and label
 * @example frameStep({ lon: 48, lat: 34, zoom: 4.8 }, [[44, 33], [53, 32]], { width: 1280, height: 720 }, { top: 0, right: 0, bottom: 80, left: 560 }, 40)
 */
export function frameStep(
	view: StepCamera,
	places: readonly (readonly [number, number])[],
	size: { width: number; height: number },
	padding: Padding,
	inset = 40
): StepCamera {
	if (!places.length) return view;
	const free = {
		width: Math.max(1, size.width - padding.left - padding.right - 2 * inset),
		height: Math.max(1, size.height - padding.top - padding.bottom - 2 * inset)
	};
	// Longitudes taken on the side of the view's centre they are nearest (across the antimeridian if need be).
	const lons = places.map(([lon]) => view.lon + ((((lon - view.lon) % 360) + 540) % 360) - 180);
	const lats = places.map(([, lat]) => lat);
	let zoom = view.zoom;
	let scale = TILE * 2 ** zoom;
	const spread = (s: number) => ({
		x: worldX(Math.max(...lons), s) - worldX(Math.min(...lons), s),
		y: worldY(Math.min(...lats), s) - worldY(Math.max(...lats), s)
	});
	const { x, y } = spread(scale);
	const over = Math.max(x / free.width, y / free.height);
	if (over > 1) {
		zoom -= Math.log2(over);
		scale = TILE * 2 ** zoom;
	}
	const xs = lons.map((lon) => worldX(lon, scale));
	const ys = lats.map((lat) => worldY(lat, scale));
	const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
	const vx = worldX(view.lon, scale);
	const vy = worldY(view.lat, scale);
	const cx = clamp(vx, Math.max(...xs) - free.width / 2, Math.min(...xs) + free.width / 2);
	const cy = clamp(vy, Math.max(...ys) - free.height / 2, Math.min(...ys) + free.height / 2);
	return { lon: cx === vx ? view.lon : lonOf(cx, scale), lat: cy === vy ? view.lat : latOf(cy, scale), zoom };
}
