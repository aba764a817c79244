/**
 * The world beyond the region, coarser and loaded after the first frame: country borders (Natural
 * Earth 50m), a label point per country and the largest cities and capitals. An article about Lagos,
 * Kyiv or Caracas then sits on a map with its country's borders and neighbours named. Inside the
 * region the finer regional layers draw over these.
 */
import { truncate } from '@turf/turf';
import type { BBox, Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { labelPoint } from './label-point';
import { localName } from './local-name';

/** 0.01° (about a kilometre): finer than a 50m border can be drawn at the zoom levels it is shown. */
const PRECISION = 2;

/** Country borders as lines, one feature per line. */
export function worldBorders(world: Topology): FeatureCollection {
	const lines = mesh(world, world.objects.countries as GeometryCollection, (a, b) => a !== b) as MultiLineString;
	const features = lines.coordinates.map(
		(coordinates): Feature => truncate({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }, { precision: PRECISION, coordinates: 2 })
	);
	return { type: 'FeatureCollection', features };
}

/**
 * A label point per country outside `skip` (the region's countries, labelled by their own layer),
 * with its ISO code, English name and, from `native`, its name in its own language where that says
 * something the English one does not.
 */
export function worldCountryLabels(
	world: Topology,
	alpha2: (numeric: string) => string | undefined,
	skip: ReadonlySet<string>,
	native: ReadonlyMap<string, string> = new Map()
): FeatureCollection<Point> {
	const countries = feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon | null, { name?: string }>;
	const features: Feature<Point>[] = [];
	for (const c of countries.features) {
		const iso = c.id === undefined ? undefined : alpha2(String(c.id));
		if (!iso || skip.has(iso) || !c.geometry) continue;
		const name = c.properties?.name ?? iso;
		const local = localName(name, native.get(iso));
		features.push({ type: 'Feature', properties: { iso, name, ...(local ? { name_local: local } : {}) }, geometry: { type: 'Point', coordinates: round(labelPoint(c.geometry)) } });
	}
	return { type: 'FeatureCollection', features: features.sort((a, b) => String(a.properties!.iso).localeCompare(String(b.properties!.iso))) };
}

export interface City {
	name: string;
	country: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

/** Capitals and cities of at least `minPopulation` outside `region`, largest first. */
export function worldCities(all: readonly City[], region: BBox, minPopulation: number): FeatureCollection<Point> {
	const inside = ([x, y]: Position) => x! >= region[0] && x! <= region[2] && y! >= region[1] && y! <= region[3];
	const seen = new Set<string>();
	const features = all
		.filter((c) => (c.featureCode === 'PPLC' || (c.population >= minPopulation && c.featureCode !== 'PPLX')) && !inside(c.loc.coordinates))
		.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
		// GeoNames lists some capitals twice (a seat and a city of the same name): keep the first.
		.filter((c) => !seen.has(`${c.country}:${c.name}`) && !!seen.add(`${c.country}:${c.name}`))
		.map(
			(c): Feature<Point> => ({
				type: 'Feature',
				properties: { name: c.name, country: c.country, population: c.population, capital: c.featureCode === 'PPLC' },
				geometry: { type: 'Point', coordinates: round(c.loc.coordinates) }
			})
		);
	return { type: 'FeatureCollection', features };
}

function round(p: Position): Position {
	return p.map((c) => Math.round(c * 100) / 100);
}
