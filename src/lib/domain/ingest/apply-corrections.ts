/**
 * A person's corrections applied to the geoparser's reading of an unreviewed article, the same way in
 * `npm run geodata` and in the dashboard's worker: a span that is not a place is dropped, another
 * candidate replaces the machine's choice, a confirmed one stays and says so, a moved one stands where
 * a person put it by hand. Each correction names its words; one that no longer fits the text is
 * reported, naming the file and the correction.
 */
import type { GeoparsedToponym } from '../geoparse/geoparse-text';
import type { WorldPlace } from '../geoparse/world-gazetteer';
import type { InputProblem } from '../records/input-problem';
import type { MachineCorrection } from '../records/schema';

/**
 * The reading with `corrections` applied, and a problem for each correction that does not fit.
 *
 * @param file the metadata file the corrections are in, for messages
 * @param placeById the world gazetteer's place with a GeoNames id, for a place chosen by search or added
 */
export function applyCorrections(
	text: string,
	reading: readonly GeoparsedToponym[],
	corrections: readonly MachineCorrection[],
	file: string,
	placeById: (id: number) => WorldPlace | undefined = () => undefined
): { reading: GeoparsedToponym[]; problems: InputProblem[] } {
	const problems: InputProblem[] = [];
	let out = [...reading];
	corrections.forEach((c, i) => {
		const where = `corrections[${i}]`;
		const words = text.slice(c.start, c.end);
		if (words !== c.text) {
			problems.push({ file, where, message: `the text at ${c.start}–${c.end} is “${words}”, not “${c.text}”: the article changed; correct the place again` });
			return;
		}
		const at = out.findIndex((t) => t.start === c.start && t.end === c.end);
		if (c.action === 'not-a-place') {
			out = out.filter((t) => t.end <= c.start || t.start >= c.end);
			return;
		}
		if (c.action === 'add') {
			const w = c.geonameId === undefined ? undefined : placeById(c.geonameId);
			const overlap = out.find((t) => t.start < c.end && c.start < t.end);
			if (!w) problems.push({ file, where, message: `geonameId ${c.geonameId ?? '(missing)'} is not in the world gazetteer` });
			else if (overlap) problems.push({ file, where, message: `“${c.text}” overlaps “${overlap.text}”, which the machine found; correct that one instead` });
			else out = [...out, placed({ start: c.start, end: c.end, text: c.text, type: 'literal', candidates: [], confidence: 1, reason: '' }, w, 'added by a person: the machine did not find it')].sort((a, b) => a.start - b.start);
			return;
		}
		if (at < 0) {
			problems.push({ file, where, message: `the machine found no place at “${c.text}” (${c.start}–${c.end}) to ${c.action}` });
			return;
		}
		const t = out[at]!;
		if (c.action === 'confirm') {
			out[at] = { ...t, reason: `${t.reason}; confirmed by a person` };
			return;
		}
		if (c.action === 'move') {
			if (c.lat === undefined || c.lon === undefined) problems.push({ file, where, message: `a "move" needs the new position: add "lat" and "lon"` });
			else out[at] = placedByHand(t, c.lat, c.lon);
			return;
		}
		const pick = t.candidates.find((k) => k.id === c.geonameId);
		const found = c.geonameId === undefined ? undefined : placeById(c.geonameId);
		if (pick && typeof pick.id === 'number') {
			out[at] = placed(t, { id: pick.id, name: pick.name, lat: pick.lat, lon: pick.lon, kind: pick.kind, country: pick.country }, `chosen by a person from the geoparser's candidates (the machine had ${t.name ?? 'none'})`);
		} else if (found) {
			out[at] = placed(t, found, `chosen by a person from the gazetteer (the machine had ${t.name ?? 'none'})`);
		} else {
			problems.push({ file, where, message: `geonameId ${c.geonameId ?? '(missing)'} is neither one of the candidates for “${c.text}” (${t.candidates.map((k) => k.id).join(', ')}) nor in the world gazetteer` });
		}
	});
	return { reading: out, problems };
}

/** The toponym `t` resolved to place `p` by a person. */
function placed(
	t: Omit<GeoparsedToponym, 'name' | 'lat' | 'lon' | 'kind' | 'country' | 'admin1'> & Partial<GeoparsedToponym>,
	p: Pick<WorldPlace, 'name' | 'lat' | 'lon' | 'kind' | 'country'> & { id: number | string },
	reason: string
): GeoparsedToponym {
	const { placeId: _curated, ...machine } = t;
	return { ...machine, type: 'literal', geonameId: p.id as number, name: p.name, lat: p.lat, lon: p.lon, kind: p.kind, country: p.country || null, admin1: null, confidence: 1, reason };
}

/**
 * The toponym `t` where a person put it on the map. It keeps the article's words as its name and the
 * machine's kind, but no GeoNames id, country or region: the point is theirs, and no gazetteer says
 * which place of that name, if any, stands there.
 */
function placedByHand(t: GeoparsedToponym, lat: number, lon: number): GeoparsedToponym {
	const { placeId: _curated, geonameId: _geonames, ...machine } = t;
	const had = t.name ? `${t.name}${t.country ? `, ${t.country}` : ''}` : 'no place';
	return { ...machine, type: 'literal', name: t.text, lat, lon, country: null, admin1: null, confidence: 1, byHand: true, reason: `placed by hand by a person at ${lat}, ${lon} (the machine had ${had})` };
}
