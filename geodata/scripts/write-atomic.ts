/** Replaces output files atomically: readers see the old file or the new one, never half of one. */
import { mkdir, readdir, rename, writeFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes every file to a temporary sibling first and renames them into place only when all were
 * written, so a failed build leaves the previous outputs as they were.
 */
export async function writeFilesAtomically(files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
	const temps: [string, string][] = [];
	try {
		for (const [path, content] of files) {
			await mkdir(dirname(path), { recursive: true });
			const temp = `${path}.${process.pid}.tmp`;
			await writeFile(temp, content);
			temps.push([temp, path]);
		}
	} catch (e) {
		await Promise.all(temps.map(([temp]) => rm(temp, { force: true })));
		throw e;
	}
	for (const [temp, path] of temps) await rename(temp, path);
}

/**
 * Removes files in `dir` whose names match `pattern` but that `keep` does not list: bundles of places
 * or articles a new build no longer has, which would otherwise be served stale.
 */
export async function removeStale(dir: string, pattern: RegExp, keep: ReadonlySet<string>): Promise<string[]> {
	const names = await readdir(dir).catch(() => [] as string[]);
	const stale = names.filter((n) => pattern.test(n) && !keep.has(join(dir, n)));
	await Promise.all(stale.map((n) => rm(join(dir, n), { force: true })));
	return stale;
}
