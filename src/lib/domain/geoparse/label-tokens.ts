/** Gold spans → B/I/O tag indices per token, the tagger's training signal. */
import type { Token } from '../text/tokenize';

/**
 * Labels tokens: the first token overlapping a gold span is B (1), the rest I (2), others O (0).
 * Tokens in `ignore` spans get -1 (no evidence either way: the corpus's guidelines did not cover them).
 *
 * @example labelTokens(tokenize('in Tal Afar'), [{ start: 3, end: 11 }]) // [0, 1, 2]
 */
export function labelTokens(tokens: readonly Token[], gold: readonly { start: number; end: number }[], ignore: readonly { start: number; end: number }[] = []): number[] {
	const labels = tokens.map(() => 0);
	const sorted = [...gold].sort((a, b) => a.start - b.start);
	let k = 0;
	for (const g of sorted) {
		while (k < tokens.length && tokens[k]!.end <= g.start) k++;
		let first = true;
		for (let i = k; i < tokens.length && tokens[i]!.start < g.end; i++) {
			labels[i] = first ? 1 : 2;
			first = false;
		}
	}
	for (const s of ignore) {
		for (let i = 0; i < tokens.length; i++) if (tokens[i]!.start < s.end && s.start < tokens[i]!.end && labels[i] === 0) labels[i] = -1;
	}
	return labels;
}
