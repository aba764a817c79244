/**
 * The padding that keeps a map's framing clear of what is drawn over it (the step card, the step
 * controls): for each such box, the map gives up the side that costs it the least area.
 */
import type { Padding } from './frame-step';

/** A box on screen, in px. */
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * Padding for `map` clear of `covers` (boxes outside the map are ignored), plus `margin` on every side.
 *
 * @example clearOf({ left: 0, top: 0, right: 1280, bottom: 720 }, [{ left: 20, top: 20, right: 560, bottom: 480 }], 12).left // 572
 */
export function clearOf(map: Box, covers: readonly Box[], margin = 0): Padding {
	const free = { ...map };
	const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
	// The biggest cover first: it decides the shape of what is left.
	const sorted = [...covers].sort((a, b) => area(b) - area(a));
	for (const c of sorted) {
		if (c.right <= free.left || c.left >= free.right || c.bottom <= free.top || c.top >= free.bottom) continue;
		const options: Box[] = [
			{ ...free, left: Math.max(free.left, c.right) },
			{ ...free, right: Math.min(free.right, c.left) },
			{ ...free, top: Math.max(free.top, c.bottom) },
			{ ...free, bottom: Math.min(free.bottom, c.top) }
		];
		Object.assign(free, options.reduce((best, o) => (area(o) > area(best) ? o : best)));
	}
	return {
		top: free.top - map.top + margin,
		right: map.right - free.right + margin,
		bottom: map.bottom - free.bottom + margin,
		left: free.left - map.left + margin
	};
}
