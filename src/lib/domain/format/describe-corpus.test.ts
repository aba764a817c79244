import { describe, expect, it } from 'vitest';
import { describeCorpus } from './describe-corpus';

const article = (outlet: string, date: string, inferred = false) => ({
	outlet: { name: outlet, inferred },
	published: { date, precision: 'month' as const, inferred: false, evidence: 'x' }
});
const nytOnAggregator = {
	...article('News On Iran & Its Neighbours', '2014-06'),
	pieces: [
		{ id: 'nyt', kind: 'republished' as const, title: 't', authors: [], outlet: { name: 'The New York Times', inferred: false }, start: 0, end: 1 }
	]
};

describe('describeCorpus', () => {
	it('counts the articles and spans their years, with the editors’ title', () => {
		const d = describeCorpus([article('The Trumpet', '2005-07'), article('FrontPage Magazine', '2011-11'), article('The Trumpet', '2014-10')], {
			title: 'Iran–Iraq military cooperation'
		});
		expect(d.subtitle).toBe('Iran–Iraq military cooperation in three articles, 2005–2014');
		expect(d.pageTitle).toBe('Source Atlas — Iran–Iraq military cooperation, 2005–2014');
		expect(d.outlets).toBe('The Trumpet 2005 and 2014; FrontPage Magazine 2011');
	});

	it('reads a new corpus’s years and outlets, not the shipped one’s (no title given)', () => {
		const d = describeCorpus([article('El País', '2019-03'), article('Reuters', '2020-01')]);
		expect(d.subtitle).toBe('Two articles, 2019–2020');
		expect(d.pageTitle).toBe('Source Atlas, 2019–2020');
		expect(d.outlets).toBe('El País 2019; Reuters 2020');
	});

	it('names the outlet of a republished report with the site that republished it', () => {
		expect(describeCorpus([nytOnAggregator]).outlets).toBe('The New York Times via News On Iran & Its Neighbours 2014');
	});

	it('credits a page whose republished piece has no named outlet to the page alone', () => {
		const blog = { ...article('An unnamed blog', '2015-02', true), pieces: [{ ...nytOnAggregator.pieces[0]!, outlet: { name: 'Original outlet not named', inferred: true } }] };
		expect(describeCorpus([blog]).outlets).toBe('An unnamed blog 2015');
	});
});
