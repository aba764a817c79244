/**
 * Hostile input for every function that reads a person's text (an added article, pasted HTML, a selected
 * quote, an event's title, a search, a link's parameters): long runs of one character, alternations aimed
 * at the patterns that were once quadratic, and HTML nested thousands deep. Shared by the unit test (a
 * generous ceiling, 128 KB) and `BENCH_ONLY=hostile npm run bench` (a budget, 5 MB).
 */
import { parseHTML } from 'linkedom';
import { titleProblem, isHedged } from '../../src/lib/domain/evidence/title-attribution';
import { unstatedDateParts } from '../../src/lib/domain/evidence/date-evidence';
import { fromSearchParams } from '../../src/lib/domain/filter/url-state';
import { createAtlasSearch } from '../../src/lib/domain/filter/search-atlas';
import { excerptAround } from '../../src/lib/domain/format/excerpt-around';
import { geoparseText } from '../../src/lib/domain/geoparse/geoparse-text';
import { loadTagger } from '../../src/lib/domain/geoparse/recognise-toponyms';
import { searchGazetteer } from '../../src/lib/domain/geoparse/search-gazetteer';
import { tokenize } from '../../src/lib/domain/text/tokenize';
import { indexWorldGazetteer, type PlaceRow } from '../../src/lib/domain/geoparse/world-gazetteer';
import { extractArticle, formatOf, normaliseText, pageDate } from '../../src/lib/domain/ingest/extract-article';
import { proposeGroups } from '../../src/lib/domain/ingest/propose-groups';
import { recordEvent } from '../../src/lib/domain/ingest/record-event';
import { locateQuote } from '../../src/lib/domain/records/locate-quote';
import { foldText } from '../../src/lib/domain/text/fold-text';
import { segmentArticle } from '../../src/lib/domain/text/segment-article';
import { slug } from '../../src/lib/domain/text/slug';
import { splitSentences } from '../../src/lib/domain/text/split-sentences';
import { miniIndex } from '../fixtures/mini-index';

/** A run of `unit` repeated to `size` characters, then `tail`. */
const run = (unit: string, size: number, tail = '') => unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + tail;

/** The hostile texts of about `size` characters, by what they are. */
export function hostileTexts(size: number): [string, string][] {
	return [
		['spaces, then a letter', run(' ', size, 'x')],
		['one letter', run('a', size)],
		['full stops', run('.', size)],
		['hyphens, then a letter', run('-', size, 'x')],
		['straight quotes', run('"', size)],
		['curly apostrophes', run('’', size)],
		['blank lines, then a letter', run('\n', size, 'x')],
		['Windows line ends', run('\r\n', size, 'x')],
		['spaces and tabs, then a line break', run(' \t', size, '\nx')],
		['opening brackets', run('(', size)],
		['capitals and hyphens ("A-A-A")', run('A-', size)],
		['a word and a space, "in Kyiv" at the end', run('a ', size, 'in Kyiv')],
		['"Kyiv " over and over', run('Kyiv ', size)],
		['capitalised words ("Imam Ali")', run('Imam Ali ', size)],
		['Markdown links left open ("[a](")', run('[a](', size)],
		['Markdown images left open ("![")', run('![', size)],
		['Markdown emphasis ("a*")', run('a*', size)],
		['backticks', run('`', size)],
		['quotes nested deep ("> ")', run('> ', size, 'x')],
		['hard line breaks ("  \\n")', run('  \n', size, 'x')]
	];
}

/** HTML nested `depth` deep around `size` characters of text, with a script and an image that must not run. */
export function nestedHtml(size: number, depth: number): string {
	const open = '<div><span>'.repeat(depth / 2);
	const close = '</span></div>'.repeat(depth / 2);
	const paragraph = '<p>Floods closed the road to Lagos. <b>Officials</b> said on Tuesday that <i>more</i> rain was due.</p>';
	const body = run(paragraph, size - open.length - close.length);
	return `<!doctype html><html><head><title>Hostile</title></head><body>${open}<script>globalThis.ran = true</script><img src=x onerror="globalThis.ran = true">${body}${close}</body></html>`;
}

export const parse = (html: string) => parseHTML(html).document as unknown as Document;

// The geoparser on a gazetteer of a few places and an untrained tagger: the cost under test is reading the
// text (tokens, name matching, features), which does not depend on the gazetteer's size.
const rows: PlaceRow[] = [
	[703448, 'Kyiv', 'kyiv|kiev', 50.45, 30.52, 'PPLC', 'UA', '12', 2_797_553, ''],
	[2332459, 'Lagos', 'lagos', 6.45, 3.39, 'PPLA', 'NG', '05', 9_000_000, ''],
	['country-IQ', 'Iraq', 'iraq', 33, 44, 'PCLI', 'IQ', '', 40_000_000, 'iraqi']
];
const world = indexWorldGazetteer([{ version: 1, part: 'hostile', places: rows }]);
const tagger = loadTagger({ about: 'untrained', tags: ['O', 'B', 'I'], weights: {}, lowerWords: [] });
const search = createAtlasSearch(miniIndex, []);
const known = { groups: new Set<string>(), people: new Set<string>(), articles: new Set(['a']), places: new Set(['kyiv']), events: new Set<string>() };
const eventContext = {
	articleDate: '2024-03-05',
	places: new Map([['kyiv', { id: 'kyiv', name: 'Kyiv', aliases: ['Kiev'] }]]),
	actors: new Map([['army', { name: 'Ukrainian Army', aliases: [] }]])
};

/**
 * The geoparser's functions: linear, but a few seconds a megabyte, so the unit test leaves them to the bench
 * (which runs everything at 5 MB).
 */
export const geoparserFunctions: [string, (text: string) => unknown][] = [
	['tokenize', (t) => tokenize(t)],
	['geoparseText', (t) => geoparseText(t, world, tagger)],
	['searchGazetteer (typed name)', (t) => searchGazetteer(world, t)]
];

/** Each other function that reads a person's text, run on `text`. */
export const textFunctions: [string, (text: string) => unknown][] = [
	['extractArticle (plain text)', (t) => extractArticle('hostile.txt', t + ' end', 'text', parse)],
	['extractArticle (Markdown)', (t) => extractArticle('hostile.md', t + ' end', 'markdown', parse)],
	['extractArticle (HTML)', (t) => extractArticle('hostile.html', `<html><body><article><p>${t}</p><p>end</p></article></body></html>`, 'html', parse)],
	['normaliseText', (t) => normaliseText(t)],
	['formatOf and pageDate', (t) => [formatOf(undefined, t), pageDate(t)]],
	['splitSentences', (t) => splitSentences(t)],
	['segmentArticle', (t) => segmentArticle(t, { body: [{ start: 1, end: t.length - 1 }], excluded: [] }, [{ start: 2, end: 6, kind: 'place', id: 'kyiv' }], { start: 3, end: 9 })],
	['foldText', (t) => foldText(t)],
	['excerptAround (search result)', (t) => excerptAround(t, 'kyiv lagos')],
	['locateQuote (the quote is the text)', (t) => locateQuote(t, t.slice(0, 200) + '\nx', [{ start: 0, end: t.length }], [])],
	['recordEvent (the quote is the text)', (t) =>
		recordEvent(
			{
				article: 'a', quote: t, title: t.slice(0, 4096), type: 'massacre', date: { start: '2024-03-05', precision: 'day' }, stance: 'reports',
				places: [{ place: 'kyiv', role: 'location' }], participants: [{ actor: 'army', role: 'perpetrator' }]
			},
			eventContext
		)],
	['unstatedDateParts', (t) => unstatedDateParts('2024-03-05', [t])],
	['titleProblem and isHedged', (t) => [titleProblem(t, 'massacre', [{ quote: t, opinion: false }], ['Someone']), isHedged(t)]],
	['proposeGroups', (t) => proposeGroups(t, ['Iraqi Army'])],
	['slug', (t) => slug(t, 6, 'x')],
	['atlas search (typed query)', (t) => search(t)],
	['link parameters', (t) => fromSearchParams(new URLSearchParams({ q: t, read: t, span: `${t}-${t}`, view: t, group: t }), known)]
];
