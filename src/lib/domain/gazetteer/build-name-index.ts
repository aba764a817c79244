/**
 * The name index: every alias of every place, group, person and "not a place" phrase, filed under its
 * folded form (the name key, see text/name-key.ts), so the one matcher (text/longest-name-at.ts) finds
 * the longest name at any word in one pass.
 */
import { foldName } from '../text/fold-text';
import type { NameDictionary } from '../text/longest-name-at';
import { tokenize, type Token } from '../text/tokenize';
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

/** Aliases by folded form (several entries where case rules differ), walkable by the matcher. */
export interface NameIndex extends NameDictionary<readonly NameEntry[]> {
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
 * For each word of the name key of some tokens, whether it starts with a capital letter. A token
 * holding a letter-like apostrophe ("Asaʿib") is two words of the key, as "Asa'ib" is.
 *
 * @example wordCapitals(tokenize('Jurf al-Sakher')) // [true, false, true]
 */
export function wordCapitals(tokens: readonly Token[]): boolean[] {
	return tokens
		.filter((t) => t.isWord)
		.flatMap((t) => t.text.split(/[ʼʻʿʾ]/u).filter((part) => /\p{L}|\p{N}/u.test(part)))
		.map((word) => /^[^\p{L}]*\p{Lu}/u.test(word));
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
		const capitals = wordCapitals(tokenize(alias));
		const key = `${caseRule}\u0000${capitals.map(Number).join('')}\u0000${folded}`;
		let entry = byKey.get(key);
		if (!entry) {
			entry = { folded, caseRule, capitals, targets: [] };
			byKey.set(key, entry);
		}
		if (!entry.targets.some((t) => t.kind === target.kind && t.id === target.id)) entry.targets.push(target);
	}
	const byFolded = new Map<string, NameEntry[]>();
	const prefixes = new Set<string>();
	for (const entry of byKey.values()) {
		const list = byFolded.get(entry.folded);
		if (list) list.push(entry);
		else byFolded.set(entry.folded, [entry]);
		for (let n = 1; n < entry.folded.length; n++) prefixes.add(entry.folded.slice(0, n));
	}
	return { lookup: (key) => byFolded.get(key), hasPrefix: (key) => prefixes.has(key), size: byKey.size };
}
