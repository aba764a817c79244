/**
 * The shipped corpus (geodata/), read and built once per test worker and shared by the test files that
 * only read it. Frozen, so a test that changed it would fail instead of quietly changing its neighbours' input.
 */
import { buildFromFolder } from '../../geodata/scripts/build-geodata';

type Built = Awaited<ReturnType<typeof buildFromFolder>>;
let memo: Promise<Built> | undefined;

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
	if (value === null || typeof value !== 'object' || seen.has(value) || ArrayBuffer.isView(value)) return value;
	seen.add(value);
	if (value instanceof Map) for (const [k, v] of value) (deepFreeze(k, seen), deepFreeze(v, seen));
	else if (value instanceof Set) for (const v of value) deepFreeze(v, seen);
	else for (const v of Object.values(value)) deepFreeze(v, seen);
	return Object.freeze(value);
}

/** The inputs and outputs of building geodata/ as `npm run geodata` does, shared and read-only. */
export function shippedCorpus(): Promise<Built> {
	memo ??= buildFromFolder('geodata').then((built) => deepFreeze(built));
	return memo;
}
