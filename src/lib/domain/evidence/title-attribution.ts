/**
 * Titles word allegations as allegations. The rules, stated so a curator can apply them by hand:
 * 1. If any quote about the event as a whole (not one of its aspects) is hedged by its source — it
 *    passes on someone else's account ("officials said", "according to", "was said to", "accused",
 *    "believed"), as opposed to attributing a direct quotation (“…,” Zebari said) — the title is
 *    attributed ("reported", "alleged", "accused", "says", …).
 * 2. An event of a type that accuses someone (weapons transfers, massacres, executions, expulsions,
 *    kidnappings, plots, abuse, deaths in custody) that only opinion pieces report has an attributed title.
 * 3. A title names only actors the quotes name.
 */
import type { EventType } from '../records/vocabulary';

/** Words with which a source says it is passing on someone else's account. */
export const HEDGE = /\b(?:said|says|say|according to|reportedly|allegedly|alleged|accused|believed|claimed|claims)\b/gi;

/**
 * True when the quote passes on someone else's account: a hedge word that does not merely attribute
 * a direct quotation (a closing quotation mark shortly before it: “…,” Zebari said).
 *
 * @example isHedged('Iran had sent weapons, American officials said.') === true
 */
export function isHedged(quote: string): boolean {
	return [...quote.matchAll(HEDGE)].some((m) => !/[”"][^“"”]{0,40}$/.test(quote.slice(Math.max(0, m.index - 40), m.index)));
}

/**
 * Words with which a title says the event is someone's account. A "(… claim)" aside is looked for from its
 * last opening bracket only ([^()]*): from every one (/\((?:[^)]*\b)?claim\)/) a run of "(" took quadratic time.
 */
export const ATTRIBUTED = /\b(?:reported|believed|reports|reportedly|alleged|allegedly|accused|accuses|says|say|said|according to|claims?|claimed|denies|deny|denied|describes|calls|warns|urges|writes|per)\b|\([^()]*\bclaim\)/i;

/** Types of event that, by being reported, accuse someone of something. */
export const ACCUSING_TYPES: ReadonlySet<EventType> = new Set<EventType>([
	'weapons-transfer', 'massacre', 'execution', 'displacement', 'kidnapping', 'plot', 'detainee-abuse', 'death-in-custody'
]);

/**
 * Returns why a title states as fact what its sources only allege, or undefined.
 *
 * @param claims each claim's quote, whether its article is an opinion piece, and the aspect it is about
 * @param unnamedActors names of participants the quotes do not name (the title must not name them)
 * @example titleProblem('Suleimani flies to Iraq', 'deployment', [{ quote: '…, American officials said Friday.', opinion: false }], []) !== undefined
 */
export function titleProblem(
	title: string,
	type: EventType,
	claims: readonly { quote: string; opinion: boolean; aspect?: string }[],
	unnamedActors: readonly string[]
): string | undefined {
	const named = unnamedActors.find((name) => title.toLowerCase().includes(name.toLowerCase()));
	if (named) return `the title names ${named}, whom no quote names; leave them out of the title or quote the source that names them`;
	if (ATTRIBUTED.test(title)) return undefined;
	const hedged = claims.find((c) => !c.aspect && isHedged(c.quote));
	if (hedged) {
		return `a source hedges this event (“${excerpt(hedged.quote)}”), so the title must say whose account it is ("reported", "alleged", "X says", …)`;
	}
	if (ACCUSING_TYPES.has(type) && claims.every((c) => c.opinion)) {
		return `only opinion pieces report this ${type.replace(/-/g, ' ')}, so the title must word it as their allegation ("reported", "alleged", "X accuses", …)`;
	}
	return undefined;
}

function excerpt(quote: string): string {
	const m = new RegExp(HEDGE.source, 'i').exec(quote);
	if (!m) return quote.slice(0, 60);
	const from = Math.max(0, m.index - 40);
	return `${from > 0 ? '…' : ''}${quote.slice(from, m.index + m[0].length + 20)}…`;
}
