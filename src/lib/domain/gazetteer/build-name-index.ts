/**
 * The name index: every alias of every place, group, person and "not a place" phrase, folded, so the
 * recogniser can find the longest name at any word start in one pass.
 */
import { foldName } from '../text/fold-text';
import type { NameTarget } from '../types';

/** How an alias constrains the case of the text it matches. */
export type CaseRule = 'any' | 'initial-capital' | 'all-caps';

/** One folded spelling and every record it may name. */
export interface NameEntry {
	folded: string;
	caseRule: CaseRule;
	/** For each word of the alias, whether it starts with a capital the text must have too. */
	capitals: boolean[];
	targets: NameTarget[];
}

/** Aliases bucketed by their first two folded characters, longest first within a bucket. */
export interface NameIndex {
	buckets: Map<string, NameEntry[]>;
	size: number;
}

/** An alias as the curated records give it. */
export interface AliasRecord {
	alias: string;
	target: NameTarget;
}

/**
 * Derives the case rule of an alias: an acronym ("US", "ISIS") matches only capitals, so "us" the
 * pronoun is never the United States; a capitalised name ("Guards") needs a capital in the text.
 */
export function caseRuleOf(alias: string): CaseRule {
	const letters = alias.replace(/[^\p{L}]/gu, '');
	if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'all-caps';
	const first = letters[0] ?? '';
	return first !== first.toLowerCase() ? 'initial-capital' : 'any';
}

/**
 * Builds the index from alias records. Aliases that fold alike and share a case rule are merged, so
 * one spelling can name several records (the resolver then chooses among places).
 *
 * @example buildNameIndex([{ alias: 'Amerli', target: { kind: 'place', id: 'amerli' } }]).size === 1
 */
export function buildNameIndex(records: readonly AliasRecord[]): NameIndex {
	const byKey = new Map<string, NameEntry>();
	for (const { alias, target } of records) {
		const folded = foldName(alias);
		if (folded.length < 2) continue;
		const caseRule = caseRuleOf(alias);
		const capitals = alias.trim().split(/[\s\-‐‑‒–—_]+/u).map((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
		const key = `${caseRule}\u0000${capitals.map(Number).join('')}\u0000${folded}`;
		let entry = byKey.get(key);
		if (!entry) {
			entry = { folded, caseRule, capitals, targets: [] };
			byKey.set(key, entry);
		}
		if (!entry.targets.some((t) => t.kind === target.kind && t.id === target.id)) entry.targets.push(target);
	}
	const buckets = new Map<string, NameEntry[]>();
	for (const entry of byKey.values()) {
		const bucketKey = entry.folded.slice(0, 2);
		const bucket = buckets.get(bucketKey) ?? [];
		bucket.push(entry);
		buckets.set(bucketKey, bucket);
	}
	for (const bucket of buckets.values()) bucket.sort((a, b) => b.folded.length - a.folded.length);
	return { buckets, size: byKey.size };
}
