/**
 * Groups items by a key, keeping their order within each group: the one lookup the build and the
 * bundles build once instead of scanning a list per item.
 *
 * @example groupBy(['ab', 'ac', 'b'], (s) => s[0]).get('a') // ['ab', 'ac']
 */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = out.get(k);
		if (list) list.push(item);
		else out.set(k, [item]);
	}
	return out;
}
