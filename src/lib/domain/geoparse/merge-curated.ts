/**
 * The curated gazetteer wins for the names it holds: its place matches replace the world
 * geoparser's toponyms they overlap, and its "not a place" phrases, groups and people ("Washington
 * Post", "Islamic State of Iraq") turn the toponyms inside them into embedded names.
 */
import type { GazetteerPlace } from '../records/schema';
import type { Mention, NameMatch } from '../types';
import type { GeoparsedToponym } from './geoparse-text';

/**
 * Merges curated place mentions and curated non-place names into the world geoparser's output.
 *
 * @param placeMentions the curated recogniser's place mentions (already resolved among curated places)
 * @param otherNames curated names that are not places
 * @example mergeCurated(world, [amerliMention], [], places)[0].placeId === 'amerli'
 */
export function mergeCurated(
	world: readonly GeoparsedToponym[],
	placeMentions: readonly Mention[],
	otherNames: readonly NameMatch[],
	places: ReadonlyMap<string, GazetteerPlace>
): GeoparsedToponym[] {
	const curated: GeoparsedToponym[] = placeMentions.flatMap((m) => {
		const p = places.get(m.id);
		if (!p) return [];
		const same = world.find((w) => w.start === m.start && w.end === m.end);
		return [
			{
				start: m.start,
				end: m.end,
				text: m.text,
				type: same?.type ?? 'literal',
				placeId: p.id,
				name: p.name,
				lat: p.lat,
				lon: p.lon,
				kind: p.kind,
				country: p.country,
				admin1: null,
				confidence: 1,
				candidates: [],
				reason: `curated gazetteer: ${m.resolution?.reason ?? p.id}`
			}
		];
	});
	const kept = world
		.filter((w) => !curated.some((c) => c.start < w.end && w.start < c.end))
		.map((w) => {
			const inside = otherNames.find((n) => n.start <= w.start && w.end <= n.end && (n.start < w.start || w.end < n.end));
			return inside ? { ...w, type: 'embedded' as const, reason: `inside "${inside.text}", a curated name that is not a place; ${w.reason}` } : w;
		});
	return [...kept, ...curated].sort((a, b) => a.start - b.start);
}
