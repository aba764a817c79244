/**
 * The text of an article under review cut into pieces, each either plain or one name marked with what
 * it names: a group, person or place the atlas already knows, a place the machine found (by its index
 * in the reading), or a place the reader added. Pieces are text, never HTML. Where a known name and
 * the machine's overlap, the known name wins, as it does in the build (`recogniseArticle`): "Quds" in
 * "the Quds Force" is the group, not Jerusalem, so it is not offered for review either.
 */
import { buildNameIndex, type AliasRecord } from '../gazetteer/build-name-index';
import { matchNames } from '../extract/match-names';
import type { TargetKind } from '../types';

/** A named thing the atlas knows, with every spelling it goes by. */
export interface KnownName {
	kind: Extract<TargetKind, 'place' | 'group' | 'person'>;
	id: string;
	name: string;
	spellings: readonly string[];
}

export type ReviewMark =
	| { kind: 'machine'; toponym: number }
	| { kind: 'added'; name: string }
	| { kind: KnownName['kind']; id: string; name: string };

export interface ReviewPiece {
	text: string;
	mark?: ReviewMark;
}

interface Marked {
	start: number;
	end: number;
	mark: ReviewMark;
}

/**
 * @param raw the machine's places, in text order
 * @param added the places the reader added, with the name each was given
 * @param known the groups, people and places the atlas knows
 * @returns `found`, the machine's places the build uses (those no known name overlaps), and the
 *   pieces, whose machine marks point into `found`
 * @example reviewPieces('IRGC in Kyiv', [{ start: 8, end: 12 }], [], known).pieces.map((p) => p.mark?.kind) // ['group', undefined, 'machine']
 */
export function reviewPieces<T extends { start: number; end: number }>(
	text: string,
	raw: readonly T[],
	added: readonly { start: number; end: number; name: string }[],
	known: readonly KnownName[]
): { found: T[]; pieces: ReviewPiece[] } {
	const records: AliasRecord[] = known.flatMap((k) => k.spellings.map((alias) => ({ alias, target: { kind: k.kind, id: k.id } })));
	const byKey = new Map(known.map((k) => [`${k.kind}:${k.id}`, k]));
	const names: Marked[] = matchNames(text, [{ start: 0, end: text.length }], buildNameIndex(records)).flatMap((m) => {
		const target = m.targets.find((t) => t.kind === 'group' || t.kind === 'person') ?? m.targets[0];
		const k = target ? byKey.get(`${target.kind}:${target.id}`) : undefined;
		return k ? [{ start: m.start, end: m.end, mark: { kind: k.kind, id: k.id, name: k.name } }] : [];
	});
	const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
	const found = raw.filter((t) => !names.some((n) => overlaps(n, t)));
	const kept: Marked[] = [];
	const candidates: Marked[] = [
		...names,
		...found.map((t, toponym): Marked => ({ start: t.start, end: t.end, mark: { kind: 'machine', toponym } })),
		...added.map((a): Marked => ({ start: a.start, end: a.end, mark: { kind: 'added', name: a.name } }))
	];
	for (const m of candidates) {
		if (m.end > m.start && !kept.some((k) => overlaps(k, m))) kept.push(m);
	}
	kept.sort((a, b) => a.start - b.start);
	const pieces: ReviewPiece[] = [];
	let at = 0;
	for (const m of kept) {
		if (m.start > at) pieces.push({ text: text.slice(at, m.start) });
		pieces.push({ text: text.slice(m.start, m.end), mark: m.mark });
		at = m.end;
	}
	if (at < text.length) pieces.push({ text: text.slice(at) });
	return { found, pieces };
}
