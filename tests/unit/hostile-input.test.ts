/**
 * Every function that reads a person's text finishes on 128 KB of hostile input in a time that only a
 * pattern quadratic in its input could exceed: the patterns fixed for this took 0.8 s on 40,000 spaces,
 * so about 8 s on this input, and hours on 5 MB; a linear function takes a tenth of a second or less.
 * The budgets (5 MB, about a second each), and the geoparser, are in `BENCH_ONLY=hostile npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/domain/ingest/extract-article';
import { hostileTexts, nestedHtml, parse, textFunctions } from './hostile-cases';

const SIZE = 1 << 17;
const CEILING_MS = 5_000;

describe('text functions on 128 KB of hostile input', () => {
	const texts = hostileTexts(SIZE);
	it.each(textFunctions)('%s finishes on each hostile text', (name, run) => {
		const slow: string[] = [];
		for (const [what, text] of texts) {
			const start = performance.now();
			try {
				run(text);
			} catch (e) {
				// Refusing the input with a message is an answer too; a crash of the stack is not.
				if (e instanceof RangeError) throw new Error(`${name} on ${what}: ${e.message}`);
			}
			const ms = performance.now() - start;
			if (ms > CEILING_MS) slow.push(`${what}: ${Math.round(ms)} ms`);
		}
		expect(slow).toEqual([]);
	});
});

describe('a web page nested 10,000 elements deep', () => {
	it('is read, its script not run, in time that does not grow with the square of the depth', () => {
		const start = performance.now();
		const article = extractArticle('deep.html', nestedHtml(SIZE, 10_000), 'html', parse);
		expect(performance.now() - start).toBeLessThan(CEILING_MS);
		expect(article.text).toContain('Floods closed the road to Lagos. Officials said on Tuesday that more rain was due.');
		expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
	});
});
