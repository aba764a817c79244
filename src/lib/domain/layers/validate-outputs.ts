/**
 * Checks the layers before they are written: GeoJSON of the shape the layers use (zod, here, so that
 * the browser's worker runs the same check) and the properties the app reads. The Node build adds a
 * full GeoJSON validator through `checkGeoJson` (geojson-validation, LGPL-3.0, kept out of the browser
 * bundle: see THIRD_PARTY.md).
 */
import type { FeatureCollection } from 'geojson';
import { z } from 'zod';
import type { GeodataOutputs } from '../build-geodata';

/** A further GeoJSON check of one layer: one message per fault, none when it is valid. */
export type GeoJsonCheck = (layer: FeatureCollection) => string[];

const Position = z.array(z.number()).min(2).max(3);
const Geometry = z.discriminatedUnion('type', [
	z.looseObject({ type: z.literal('Point'), coordinates: Position }),
	z.looseObject({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) })
]);
// Loose: RFC 7946 allows foreign members (the layers carry their sources' credit in one).
const Layer = z.looseObject({
	type: z.literal('FeatureCollection'),
	features: z.array(
		z.looseObject({
			type: z.literal('Feature'),
			id: z.union([z.string(), z.number()]),
			geometry: Geometry,
			properties: z.record(z.string(), z.unknown())
		})
	)
});

const Lon = z.number().min(-180).max(180);
// A link across the antimeridian runs on past ±180° (see unwrapLongitudes), never by more than a turn.
const LinkLon = z.number().min(-540).max(540);
const Lat = z.number().min(-90).max(90);
const PlaceProps = z.looseObject({
	id: z.string().min(1),
	name: z.string().min(1),
	kind: z.string().min(1),
	mentionCount: z.number().int().min(0),
	articleCount: z.number().int().min(1)
});
const EventProps = z.looseObject({
	id: z.string().min(1),
	event: z.string().min(1),
	place: z.string().min(1),
	type: z.string(),
	t0: z.number(),
	t1: z.number(),
	placeInferred: z.boolean()
});
const LinkProps = z.looseObject({ id: z.string(), event: z.string(), from: z.string(), to: z.string(), t0: z.number(), t1: z.number() });

/** Returns one message per fault in the outputs; an empty list means they may be written. */
export function validateOutputs(out: GeodataOutputs, checkGeoJson?: GeoJsonCheck): string[] {
	const faults: string[] = [];
	const layers = [
		['places.geojson', out.places, PlaceProps],
		['events.geojson', out.events, EventProps],
		['links.geojson', out.links, LinkProps]
	] as const;
	for (const [name, fc, props] of layers) {
		faults.push(...(checkGeoJson?.(fc) ?? []).map((e) => `${name}: not valid GeoJSON: ${e}`));
		const shape = Layer.safeParse(fc);
		if (!shape.success) {
			// The checks below read geometries and properties: they cannot run on a layer of another shape.
			faults.push(...shape.error.issues.map((i) => `${name}: not valid GeoJSON: at ${i.path.join('.') || 'the top'}: ${i.message}`));
			continue;
		}
		const ids = new Set<string>();
		fc.features.forEach((f, n) => {
			const parsed = props.safeParse(f.properties);
			if (!parsed.success) faults.push(`${name}: feature ${n} (${String(f.id)}): ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
			if (ids.has(String(f.id))) faults.push(`${name}: duplicate feature id ${String(f.id)}`);
			ids.add(String(f.id));
			const coords = f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates;
			const lon = f.geometry.type === 'Point' ? Lon : LinkLon;
			for (const [x, y] of coords as number[][]) {
				if (!lon.safeParse(x).success || !Lat.safeParse(y).success) faults.push(`${name}: feature ${String(f.id)} has a coordinate out of range (${x}, ${y})`);
			}
		});
	}
	return faults;
}
