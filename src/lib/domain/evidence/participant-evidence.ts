/**
 * No quote, no participant: every actor an event lists is named in one of its quotes — a government
 * also by its country's name or adjective ("Iran has sent", "Iranian weapons") — or the editors say why.
 */
import type { NameMatch } from '../types';

/** An actor as the check needs it: its id and, for a government, the place id of its country. */
export interface ActorRef {
	id: string;
	countryPlace?: string;
}

/**
 * Returns why a participant is not supported by the quotes, or undefined when it is.
 *
 * @param named the names matched inside the event's quotes (groups, people, places and demonyms)
 * @example participantProblem({ actor: 'isis', role: 'attacker' }, { id: 'isis' }, matches) === undefined
 */
export function participantProblem(
	participant: { actor: string; inferred?: string },
	actor: ActorRef,
	named: readonly NameMatch[]
): string | undefined {
	if (participant.inferred) return undefined;
	const ids = new Set(named.flatMap((m) => m.targets.map((t) => t.id)));
	if (ids.has(actor.id) || (actor.countryPlace && ids.has(actor.countryPlace))) return undefined;
	return `"${participant.actor}" is not named in any of the event's quotes; quote where the source names them, or say why the editors add them ("inferred")`;
}
