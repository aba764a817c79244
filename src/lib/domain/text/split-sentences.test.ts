import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
const article = (file: string) => readFileSync(new URL(`../../../../geodata/articles/${file}`, import.meta.url), 'utf8');
/** The sentences of the line of a shipped article that contains `needle`. */
const lineWith = (file: string, needle: string) => {
	const line = article(file).split('\n').find((l) => l.includes(needle));
	if (!line) throw new Error(`${file} has no line with “${needle}”`);
	return sentences(line);
};

describe('splitSentences', () => {
	it('does not end a sentence at titles, initials or "U.S."', () => {
		expect(
			sentences('Maj. Gen. Qassem Suleimani flew in. By Michael R. Gordon and U.S. officials. Rear Adm. John F. Kirby spoke.')
		).toEqual(['Maj. Gen. Qassem Suleimani flew in.', 'By Michael R. Gordon and U.S. officials.', 'Rear Adm. John F. Kirby spoke.']);
	});

	it('ends a sentence after closing quotes and at every line break', () => {
		expect(sentences('He said “it is ridiculous.” Then he left\nA caption line')).toEqual([
			'He said “it is ridiculous.”',
			'Then he left',
			'A caption line'
		]);
	});

	it('ends a sentence at a full stop followed by a no-break space, as captured pages write it', () => {
		expect(sentences('It fell in November 2014.\u00a0 These militias stayed.')).toEqual(['It fell in November 2014.', 'These militias stayed.']);
	});

	it('returns spans inside the requested range only', () => {
		const t = 'Skip this. Keep this one. And this.';
		const spans = splitSentences(t, 11);
		expect(spans.map((s) => t.slice(s.start, s.end))).toEqual(['Keep this one.', 'And this.']);
	});

	it('keeps a quoted question with its speaker: 001’s “… in Iraq?” Rouhani asked.', () => {
		expect(lineWith('001_b9cf90a40f7584f5.txt', 'Rouhani asked')).toEqual([
			'In an nbc interview on September 17, Rouhani described the allied forces’ strategy against Islamic State as “ridiculous.”',
			'“Are Americans afraid of getting casualties on the ground in Iraq?” Rouhani asked.',
			'“Are they afraid of their soldiers being killed in the fight they claim is against terrorism?”',
			'The U.S.’s recent weapons airdrop that landed in the hands of Islamic State militants gives more credence to such taunts.',
			'Mohammad Ali Jafari, commander of the Revolutionary Guards, went as far as expressing “serious doubts” that the U.S. even wants to obliterate Islamic State.'
		]);
	});

	it('keeps a quotation of several sentences with the speaker who introduces it (001, Moghadam)', () => {
		const [only, ...rest] = lineWith('001_b9cf90a40f7584f5.txt', 'Moghadam understands the stakes');
		expect(rest).toEqual([]);
		expect(only).toMatch(/^Moghadam understands .*: “The more aid to Iraq .* very important and decisive\.”$/);
	});

	it('keeps 004’s “Sunnis are a minority in Baghdad, …,” with the doctor who told HRW', () => {
		const s = lineWith('004_71f5d9486d426034.txt', 'For instance, 255 Sunni prisoners');
		expect(s).toContain('“Sunnis are a minority in Baghdad, but they’re the majority in our morgue,” a doctor working at Iraq’s Health Ministry, told HRW at the end of July.');
		expect(s).toContain('“The numbers have only increased since Mosul,” one doctor said.');
		expect(s).toHaveLength(5);
	});

	it('splits a paragraph that is one quotation from end to end (a block quote) into its sentences', () => {
		const s = lineWith('004_71f5d9486d426034.txt', '“…255 Sunni prisoners');
		expect(s[0]).toMatch(/^“…255 Sunni prisoners .* according to Human Rights Watch\.$/);
		expect(s.at(-1)).toBe('“The numbers have only increased since Mosul,” one doctor said.”');
		expect(s).toHaveLength(5);
	});

	it('does not let a quote that never closes swallow the paragraph, nor the next line', () => {
		expect(sentences('Read his article “Is Iraq About to Fall. It did not. Then\nNext “line. Here.')).toEqual([
			'Read his article “Is Iraq About to Fall.',
			'It did not.',
			'Then',
			'Next “line.',
			'Here.'
		]);
	});

	it('keeps straight quotes together when they are balanced on the line, and ignores them when not', () => {
		expect(sentences('He said "We stay. We win," Maliki said. Fine.')).toEqual(['He said "We stay. We win," Maliki said.', 'Fine.']);
		expect(sentences('A 5" gun. It fired.')).toEqual(['A 5" gun.', 'It fired.']);
	});

	it('ends a sentence after a quote when what follows is not its attribution', () => {
		expect(sentences('Kirby said: “That’s one thing.” The Iranians left.')).toEqual(['Kirby said: “That’s one thing.”', 'The Iranians left.']);
	});
});
