/**
 * Reads the two development corpora in `../shared/geoparse-dev` (LGL and GeoVirus, see its README) into
 * texts with gold toponym spans, repairing their known offset faults: LGL offsets are sometimes a few
 * characters off (anchored on `<phrase>`), every GeoVirus offset is one too far right (anchored on `<name>`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldArticle, GoldToponym } from '../../src/lib/domain/geoparse/score-geoparse';

export const DEV_DIR = process.env.GEOPARSE_DEV_DIR ?? join('..', 'shared', 'geoparse-dev');

/** Names of the corpora `readDevCorpus` knows. */
export type CorpusName = 'LGL' | 'GeoVirus';

function unescapeXml(s: string): string {
	return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function field(xml: string, tag: string): string | undefined {
	const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
	if (!m) return undefined;
	const body = m[1]!;
	const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(body.trim());
	return cdata ? cdata[1]! : unescapeXml(body);
}

/** Finds `phrase` in `text` nearest to `start` (within a small window), or keeps the given offsets. */
function anchor(text: string, phrase: string, start: number, end: number): { start: number; end: number } {
	if (!phrase || text.slice(start, end) === phrase) return { start, end };
	for (let d = 1; d <= 40; d++) {
		for (const s of [start - d, start + d]) {
			if (s >= 0 && text.startsWith(phrase, s)) return { start: s, end: s + phrase.length };
		}
	}
	return { start, end };
}

/** Reads one corpus file into articles with gold toponyms. */
export function readDevCorpus(name: CorpusName, dir = DEV_DIR): GoldArticle[] {
	// GeoVirus has commented-out articles and locations: they are not annotations.
	const xml = readFileSync(join(dir, name === 'LGL' ? 'lgl.xml' : 'GeoVirus.xml'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
	const articles: GoldArticle[] = [];
	let n = 0;
	for (const m of xml.matchAll(/<article\b([^>]*)>([\s\S]*?)<\/article>/g)) {
		const body = m[2]!;
		const text = field(body, 'text') ?? '';
		const docid = /docid="([^"]+)"/.exec(m[1]!)?.[1] ?? String(n);
		const gold: GoldToponym[] = [];
		const tag = name === 'LGL' ? 'toponym' : 'location';
		for (const t of body.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))) {
			const x = t[1]!;
			const phrase = field(x, name === 'LGL' ? 'phrase' : 'name') ?? '';
			let start = Number(field(x, 'start'));
			let end = Number(field(x, 'end'));
			if (name === 'GeoVirus') {
				start -= 1;
				end -= 1;
			}
			const at = anchor(text, phrase, start, end);
			const lat = Number(field(x, 'lat'));
			const lon = Number(field(x, 'lon'));
			const has = field(x, 'lat') !== undefined && field(x, 'lon') !== undefined && Number.isFinite(lat) && Number.isFinite(lon);
			gold.push({ start: at.start, end: at.end, text: text.slice(at.start, at.end), ...(has ? { lat, lon } : {}) });
		}
		articles.push({ id: `${name}-${docid}-${n++}`, text, gold });
	}
	return articles;
}
