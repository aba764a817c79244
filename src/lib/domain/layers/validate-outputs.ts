/** Checks the layers before they are written: valid GeoJSON (geojson-validation) and the shape the app reads. */
import gjv from 'geojson-validation';
import { z } from 'zod';
import type { GeodataOutputs } from '../build-geodata';

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
export function validateOutputs(out: GeodataOutputs): string[] {
	const faults: string[] = [];
	const layers = [
		['places.geojson', out.places, PlaceProps],
		['events.geojson', out.events, EventProps],
		['links.geojson', out.links, LinkProps]
	] as const;
	for (const [name, fc, props] of layers) {
		const errors = gjv.isFeatureCollection(fc, true) as string[];
		faults.push(...errors.map((e) => `${name}: not valid GeoJSON: ${e}`));
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
