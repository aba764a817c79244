/**
 * A person's corrections applied to the geoparser's reading of an unreviewed article, the same way in
 * `npm run geodata` and in the dashboard's worker: a span that is not a place is dropped, another
 * candidate replaces the machine's choice, a confirmed one stays and says so. Each correction names
 * its words; one that no longer fits the text is reported, naming the file and the correction.
 */
import type { GeoparsedToponym } from '../geoparse/geoparse-text';
import type { InputProblem } from '../records/input-problem';
import type { MachineCorrection } from '../records/schema';

/**
 * The reading with `corrections` applied, and a problem for each correction that does not fit.
 *
 * @param file the metadata file the corrections are in, for messages
 */
export function applyCorrections(
	text: string,
	reading: readonly GeoparsedToponym[],
	corrections: readonly MachineCorrection[],
	file: string
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
		if (at < 0) {
			problems.push({ file, where, message: `the machine found no place at “${c.text}” (${c.start}–${c.end}) to ${c.action}` });
			return;
		}
		const t = out[at]!;
		if (c.action === 'confirm') {
			out[at] = { ...t, reason: `${t.reason}; confirmed by a person` };
			return;
		}
		const pick = t.candidates.find((k) => k.id === c.geonameId);
		if (!pick || typeof pick.id !== 'number') {
			problems.push({ file, where, message: `geonameId ${c.geonameId ?? '(missing)'} is not one of the candidates for “${c.text}” (${t.candidates.map((k) => k.id).join(', ')})` });
			return;
		}
		const { placeId: _curated, ...machine } = t;
		out[at] = {
			...machine,
			type: 'literal',
			geonameId: pick.id,
			name: pick.name,
			lat: pick.lat,
			lon: pick.lon,
			kind: pick.kind,
			country: pick.country || null,
			admin1: null,
			confidence: 1,
			reason: `chosen by a person from the geoparser's candidates (the machine had ${t.name ?? 'none'})`
		};
	});
	return { reading: out, problems };
}
