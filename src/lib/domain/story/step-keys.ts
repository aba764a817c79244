/**
 * What a key does in a presentation: the keys presentation clickers send (arrows, Page Up/Down, space),
 * Home/End, number keys to jump (typed digits combine: 1 then 1 is step 11), R to return to the
 * step after exploring, and L to show or hide the legend.
 */

/** The effect of a key press. */
export type StepAction = { kind: 'go'; step: number; digits: string } | { kind: 'return' } | { kind: 'legend' } | undefined;

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']);

/**
 * Maps a key to an action, given the current 0-based step, the number of steps and the digits typed
 * just before (the caller clears them after a pause).
 *
 * @example stepKeyAction('PageDown', 2, 11, '') // { kind: 'go', step: 3, digits: '' }
 */
export function stepKeyAction(key: string, current: number, count: number, digits: string): StepAction {
	if (NEXT.has(key)) return { kind: 'go', step: Math.min(current + 1, count - 1), digits: '' };
	if (PREVIOUS.has(key)) return { kind: 'go', step: Math.max(current - 1, 0), digits: '' };
	if (key === 'Home') return { kind: 'go', step: 0, digits: '' };
	if (key === 'End') return { kind: 'go', step: count - 1, digits: '' };
	if (key === 'r' || key === 'R') return { kind: 'return' };
	if (key === 'l' || key === 'L') return { kind: 'legend' };
	if (/^[0-9]$/.test(key)) {
		const typed = `${digits}${key}`;
		const n = Number(typed);
		if (n >= 1 && n <= count) return { kind: 'go', step: n - 1, digits: typed };
		const alone = Number(key);
		return alone >= 1 && alone <= count ? { kind: 'go', step: alone - 1, digits: key } : undefined;
	}
	return undefined;
}
