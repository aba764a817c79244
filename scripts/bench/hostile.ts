/**
 * Times each function that reads a person's text on 5 MB of each hostile text (tests/unit/hostile-cases.ts),
 * and on 2.5 MB: the ratio is about 2 for linear work and 4 for quadratic. One JSON line per function.
 * Argument: the size in MB (default 5).
 */
import { extractArticle } from '../../src/lib/domain/ingest/extract-article';
import { geoparserFunctions, hostileTexts, nestedHtml, parse, textFunctions } from '../../tests/unit/hostile-cases';

const size = Math.round(Number(process.argv[2] ?? 5) * 1024 * 1024);
const time = (run: (t: string) => unknown, text: string) => {
	const start = performance.now();
	try {
		run(text);
	} catch {
		// A refusal with a message is an answer; the time to it is what counts here.
	}
	return performance.now() - start;
};
const full = hostileTexts(size);
const half = hostileTexts(size / 2);
for (const [name, run] of [...textFunctions, ...geoparserFunctions]) {
	const cases = full.map(([what, text], i) => ({ what, ms: time(run, text), halfMs: time(run, half[i]![1]) }));
	const worst = cases.reduce((a, b) => (b.ms > a.ms ? b : a));
	console.log(JSON.stringify({ name, worst: worst.what, ms: worst.ms, ratio: worst.ms / Math.max(1, worst.halfMs), median: cases.map((c) => c.ms).sort((a, b) => a - b)[Math.floor(cases.length / 2)] }));
}
// A page nested 10,000 elements deep around the text, just under the largest article a person may add.
const page = (t: string) => extractArticle('deep.html', t, 'html', parse);
const deep = { full: time(page, nestedHtml(Math.floor(size * 0.9), 10_000)), half: time(page, nestedHtml(Math.floor(size * 0.45), 10_000)) };
console.log(JSON.stringify({ name: 'extractArticle (HTML)', worst: 'nested 10,000 elements deep', ms: deep.full, ratio: deep.full / Math.max(1, deep.half), median: deep.full }));
