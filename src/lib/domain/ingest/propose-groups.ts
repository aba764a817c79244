/**
 * Organisations an added article names that the atlas does not know yet and that look like armed
 * groups, forces, agencies or ministries by their name ("Imam Ali Brigades", "Ministry of Water"): a
 * person may add them to `actors.json`, with a type and a parent. Only a proposal — nothing joins the
 * atlas without that person.
 */
import type { Group } from '../records/schema';

/** A name the article uses for an organisation the atlas does not know, where it first occurs. */
export interface ProposedGroup {
	name: string;
	start: number;
	end: number;
	/** The type its name suggests. */
	type: Group['type'];
}

// A word is at most 40 letters: unbounded, a run like "A-A-A-…" (a word boundary at every letter) was read
// to its end from each of its letters, quadratic in the run; bounded, each start costs a few dozen steps.
const WORD = String.raw`(?:[A-Z][\p{L}'’-]{1,40}|al-[A-Z][\p{L}'’-]{1,40})`;
const HEAD = String.raw`(?:Brigades?|Army|Forces|Militia|Front|Movement|Battalions?|Regiment|Corps|Guards?|Units|Division|Ministry|Agency|Council|Directorate|Police|Service)`;
const OF = String.raw`(?:\s+(?:of|for)\s+(?:the\s+)?${WORD}(?:\s+${WORD}){0,2})?`;
// One to four capitalised words before the head ("Imam Ali Brigades"), or the head first ("Ministry of Water").
const NAME = new RegExp(String.raw`\b(?:${WORD}\s+){1,4}${HEAD}\b${OF}|\b(?:Ministry|Directorate|Council)${OF.replace('?', '')}`, 'gu');

const TYPES: [RegExp, Group['type']][] = [
	[/\b(?:Ministry)\b/, 'ministry'],
	[/\b(?:Agency|Directorate|Service)\b/, 'agency'],
	[/\b(?:Army|Forces|Corps|Division|Police|Guards?)\b/, 'armed-force'],
	[/\b(?:Brigades?|Militia|Battalions?|Regiment|Units)\b/, 'militia'],
	[/\b(?:Front|Movement)\b/, 'insurgent-group']
];

/** Words that open a sentence or a title rather than a name ("The", "Yesterday"). */
const NOT_NAME_START = /^(?:The|A|An|This|That|These|Those|On|In|At|By|For|From|With|And|But|Yesterday|Today|Officials?|Witnesses)\s+/;

/**
 * Proposed groups in `text`, in order of first mention, leaving out any the atlas knows by name or
 * alias (case and spacing ignored).
 *
 * @example proposeGroups('Fighters of the Imam Ali Brigades reached Samarra.', [])[0].name === 'Imam Ali Brigades'
 */
export function proposeGroups(text: string, known: readonly string[]): ProposedGroup[] {
	const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
	const knownNames = new Set(known.map(norm));
	const seen = new Set<string>();
	const out: ProposedGroup[] = [];
	for (const m of text.matchAll(NAME)) {
		let name = m[0];
		let start = m.index;
		const lead = name.match(NOT_NAME_START);
		if (lead) {
			name = name.slice(lead[0].length);
			start += lead[0].length;
		}
		if (!/\s/.test(name) || knownNames.has(norm(name)) || seen.has(norm(name))) continue;
		if ([...knownNames].some((k) => norm(name).includes(k) && k.split(' ').length > 1)) continue;
		seen.add(norm(name));
		out.push({ name, start, end: start + name.length, type: TYPES.find(([re]) => re.test(name))?.[1] ?? 'other' });
	}
	return out;
}
