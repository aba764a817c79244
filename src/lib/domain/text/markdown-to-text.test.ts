import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-to-text';

describe('the plain text of a Markdown article', () => {
	it.each([
		['a heading and emphasis', '# Militia seen near Sinjar\n\nWitnesses in **Sinjar** saw *convoys*.', 'Militia seen near Sinjar\n\nWitnesses in Sinjar saw convoys.'],
		['a closed heading', '## Mosul ##', 'Mosul'],
		['a link keeps its words, not its address', 'Roads near [Lagos](https://x.example/a_(b)) closed.', 'Roads near Lagos closed.'],
		['an emphasised link', 'See [the **Basra** report](https://x.example).', 'See the Basra report.'],
		['an image goes whole', 'Before ![a map of Tikrit](map.png) after', 'Before  after'],
		['a footnote mark goes', 'Shelling resumed.[^1]', 'Shelling resumed.'],
		['quotes, nested', '> > Officials in Erbil said so.', 'Officials in Erbil said so.'],
		['list markers and task boxes', '- Kirkuk\n* Hawija\n1. Tikrit\n2) Samarra\n- [x] Baiji', 'Kirkuk\nHawija\nTikrit\nSamarra\nBaiji'],
		['a fenced block keeps its lines', '```\nraw *text*\n```\nafter', 'raw *text*\nafter'],
		['a table', '| City | Date |\n|---|:--:|\n| Basra | 2 May |', 'City | Date\n\nBasra | 2 May'],
		['a rule', 'one\n\n***\n\ntwo', 'one\n\n\n\ntwo'],
		['marks inside words are text', 'snake_case and 2*3', 'snake_case and 2*3'],
		['escapes', 'a \\*literal\\* star', 'a *literal* star'],
		['an HTML tag goes, an autolink keeps its address', 'Seen<br> at <https://x.example/a>', 'Seen at https://x.example/a'],
		['a bracket that opens nothing stays', 'Casualties [unconfirmed and a (note', 'Casualties [unconfirmed and a (note'],
		['Windows line ends', '# Basra\r\n\r\nCalm.', 'Basra\n\nCalm.']
	])('%s', (_what, md, text) => {
		expect(markdownToText(md)).toBe(text);
	});
});
