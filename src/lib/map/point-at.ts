/**
 * What a click, tap or hover on the map points at, read off what the map drew there. Loaded with the
 * reader's first pointer use of the map: the first view draws without it.
 */
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import {
	AREA_KINDS,
	COARSE_EVENTS_LAYER,
	CROWDED_LAYER,
	CROWDED_RADIUS,
	EVENT_DOT_RADIUS,
	EVENTS_LAYER,
	INFERRED_LINKS_LAYER,
	INTERACTIVE_LAYERS,
	LINKS_LAYER,
	PLACES_LAYER,
	RING
} from './atlas-layers';
import { pickMark, SLOP_PX, type Mark, type Pick } from './pick-mark';
import { placeMarkerRadius } from './place-marker-radius';

/**
 * What a click at `e` opens: a mark (place, event dot or count badge) nearest the pointer, a choice
 * among places drawn at one point, else a count under a country or an arc between places; undefined
 * when nothing is there.
 *
 * @example clickTarget(map, e) // { place: 'amerli' }, { place: 'iraq', event: 'karbala-raid-2007' } or { choose: ['baghdad', 'site-4'] }
 */
export function clickTarget(m: MapLibreMap, e: MapMouseEvent): Pick | undefined {
	const pick = pickMark(marksNear(m, e), e.point, isTouch(e.originalEvent) ? SLOP_PX.touch : SLOP_PX.mouse);
	if (pick) return pick;
	// Words and lines have no centre to measure: a count under a country, an arc between places.
	const box: [[number, number], [number, number]] = [
		[e.point.x - 5, e.point.y - 5],
		[e.point.x + 5, e.point.y + 5]
	];
	const hits = m.queryRenderedFeatures(box, { layers: [COARSE_EVENTS_LAYER, LINKS_LAYER, INFERRED_LINKS_LAYER].filter((l) => m.getLayer(l)) });
	const coarse = hits.find((f) => f.layer.id === COARSE_EVENTS_LAYER);
	if (coarse) return { place: String(coarse.properties.place) };
	const link = hits.find((f) => f.layer.id === LINKS_LAYER || f.layer.id === INFERRED_LINKS_LAYER);
	if (link) return { place: String(link.properties.from), event: String(link.properties.event) };
	return undefined;
}

/**
 * What a mouse at `e` hovers: whether a click there would open something (the cursor says so), and the
 * place a click would open, to outline it, so the outline never points at a neighbour.
 *
 * @example hoverTarget(map, e) // { clickable: true, place: 'amerli' }
 */
export function hoverTarget(m: MapLibreMap, e: MapMouseEvent): { clickable: boolean; place?: string } {
	const pick = pickMark(marksNear(m, e), e.point, SLOP_PX.mouse);
	if (pick) return { clickable: true, place: 'place' in pick && !pick.event ? pick.place : undefined };
	return { clickable: m.queryRenderedFeatures(e.point, { layers: INTERACTIVE_LAYERS.filter((l) => m.getLayer(l)) }).length > 0 };
}

/**
 * The event dots, place markers and count badges drawn within a finger's reach of the click, each
 * with the centre it is drawn at: a dot sits off its place on the ring, a badge on the ring's top.
 */
function marksNear(m: MapLibreMap, e: MapMouseEvent): Mark[] {
	const reach = SLOP_PX.touch;
	const layers = [EVENTS_LAYER, CROWDED_LAYER, PLACES_LAYER].filter((l) => m.getLayer(l));
	const box: [[number, number], [number, number]] = [
		[e.point.x - reach, e.point.y - reach],
		[e.point.x + reach, e.point.y + reach]
	];
	return m.queryRenderedFeatures(box, { layers }).flatMap((f): Mark[] => {
		if (f.geometry.type !== 'Point') return [];
		const [lon, lat] = f.geometry.coordinates as [number, number];
		// The copy of the world the click is in, so a place far east is not measured a world away.
		const at = m.project([lon + 360 * Math.round((e.lngLat.lng - lon) / 360), lat]);
		const p = f.properties;
		if (f.layer.id === EVENTS_LAYER) {
			const [dx, dy] = RING[Number(p.slot) % RING.length]!;
			return [{ kind: 'event', place: String(p.place), event: String(p.event), x: at.x + dx!, y: at.y + dy!, radius: EVENT_DOT_RADIUS }];
		}
		if (f.layer.id === CROWDED_LAYER) return [{ kind: 'badge', place: String(p.place), x: at.x + RING[0]![0]!, y: at.y + RING[0]![1]!, radius: CROWDED_RADIUS }];
		return [{ kind: 'place', place: String(p.id), area: AREA_KINDS.includes(String(p.kind)), x: at.x, y: at.y, radius: placeMarkerRadius(Number(p.mentionCount)) }];
	});
}

/** A tap rather than a click: the finger gets the wider reach. */
function isTouch(event: Event): boolean {
	if ('pointerType' in event && event.pointerType) return event.pointerType === 'touch' || event.pointerType === 'pen';
	return matchMedia('(pointer: coarse)').matches;
}
