/**
 * Synthetic corpora for measuring scale: the shipped corpus `factor` times over, each copy of an
 * article under a new id with its events re-pointed at it, so every quote is still verbatim, every
 * place still named and every check still applies. Deterministic: the copies' order and the lead line
 * that tells each copy apart come from `seed`.
 */
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Writes a geodata folder at `dir` holding the inputs of `from` `factor` times over.
 *
 * @returns how many articles and events the corpus has
 * @example await writeSyntheticCorpus('/tmp/x20', 20) // { articles: 100, events: 1240 }
 */
export async function writeSyntheticCorpus(dir: string, factor: number, seed = 1, from = 'geodata'): Promise<{ articles: number; events: number }> {
	if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number ≥ 1, not ${factor}`);
	const next = random(seed);
	await mkdir(join(dir, 'articles'), { recursive: true });
	for (const f of ['gazetteer.json', 'actors.json']) await cp(join(from, f), join(dir, f));
	await cp(join(from, 'stories'), join(dir, 'stories'), { recursive: true });
	const files = (await readdir(join(from, 'articles'))).filter((f) => f.endsWith('.txt')).sort();
	const articles = await Promise.all(
		files.map(async (file) => ({
			file,
			text: await readFile(join(from, 'articles', file), 'utf8'),
			meta: JSON.parse(await readFile(join(from, 'articles', file.replace(/\.txt$/, '.meta.json')), 'utf8'))
		}))
	);
	const { events } = JSON.parse(await readFile(join(from, 'events.json'), 'utf8')) as { events: { id: string; claims: { article: string }[] }[] };
	const out: unknown[] = [];
	for (let k = 0; k < factor; k++) {
		const suffix = k === 0 ? '' : `-k${k}`;
		for (const a of articles) {
			const file = k === 0 ? a.file : `k${k}_${a.file}`;
			// A copy's lead line differs, so its offsets differ from the original's as real articles' would.
			const lead = k === 0 ? '' : `Copy ${k} (${Math.floor(next() * 1e6)})\n\n`;
			await writeFile(join(dir, 'articles', file), lead + a.text);
			await writeFile(join(dir, 'articles', file.replace(/\.txt$/, '.meta.json')), JSON.stringify({ ...a.meta, id: a.meta.id + suffix, file }));
		}
		for (const e of events) out.push({ ...e, id: e.id + suffix, claims: e.claims.map((c) => ({ ...c, article: c.article + suffix })) });
	}
	await writeFile(join(dir, 'events.json'), JSON.stringify({ events: out }));
	return { articles: articles.length * factor, events: out.length };
}
