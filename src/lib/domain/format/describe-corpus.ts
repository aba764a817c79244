/**
 * The words the page uses for the corpus it maps — its subject, how many articles, which outlets and
 * which years — read from the data, so a new corpus never shows an old title.
 */
import type { IndexArticle } from '../atlas-index';

/** What the editors call the corpus (`corpus` in the index, from `geodata/corpus.json`); optional. */
export interface CorpusInfo {
	title: string;
	description?: string;
}

/** The corpus in words. */
export interface CorpusDescription {
	/** "Iran–Iraq military cooperation in five articles, 2005–2015". */
	subtitle: string;
	/** "five articles" */
	count: string;
	/** "FrontPage Magazine 2011; The Trumpet 2005 and 2014; …", outlets by first year. */
	outlets: string;
	/** The document title: "Source Atlas — Iran–Iraq military cooperation, 2005–2015". */
	pageTitle: string;
	description?: string;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Describes the corpus from its articles' outlets and publication years, and its title when given.
 *
 * @example describeCorpus([trumpet2005, trumpet2014], { title: 'Iran in Iraq' }).subtitle === 'Iran in Iraq in two articles, 2005–2014'
 */
export function describeCorpus(
	articles: readonly (Pick<IndexArticle, 'outlet' | 'published'> & { pieces?: IndexArticle['pieces'] })[],
	corpus?: CorpusInfo
): CorpusDescription {
	const n = articles.length;
	const count = `${WORDS[n] ?? n} article${n === 1 ? '' : 's'}`;
	const years = articles.map((a) => Number(a.published.date.slice(0, 4))).filter(Number.isInteger);
	const span = years.length ? (Math.min(...years) === Math.max(...years) ? `${years[0]}` : `${Math.min(...years)}–${Math.max(...years)}`) : '';
	const byOutlet = new Map<string, Set<number>>();
	for (const a of articles) {
		const piece = a.pieces?.[0];
		// A republished piece is named by its outlet when the page names it; an outlet the editors only guess stays out of the credits.
		const name = piece && !piece.outlet.inferred ? `${piece.outlet.name} via ${a.outlet.name}` : a.outlet.name;
		byOutlet.set(name, (byOutlet.get(name) ?? new Set()).add(Number(a.published.date.slice(0, 4))));
	}
	const outlets = [...byOutlet]
		.map(([name, ys]) => ({ name, ys: [...ys].filter(Number.isInteger).sort() }))
		.sort((a, b) => (a.ys[0] ?? 0) - (b.ys[0] ?? 0) || a.name.localeCompare(b.name))
		.map(({ name, ys }) => `${name} ${ys.length > 1 ? `${ys.slice(0, -1).join(', ')} and ${ys.at(-1)}` : (ys[0] ?? '')}`.trim())
		.join('; ');
	const subject = corpus?.title?.trim();
	const subtitle = [subject ? `${subject} in ${count}` : `${count[0]!.toUpperCase()}${count.slice(1)}`, span].filter(Boolean).join(', ');
	const pageTitle = `Source Atlas${subject ? ` — ${subject}` : ''}${span ? `, ${span}` : ''}`;
	return { subtitle, count, outlets, pageTitle, ...(corpus?.description ? { description: corpus.description } : {}) };
}
