/**
 * The plain text of a Markdown article, in one pass over each line and time linear in its length:
 * headings, quotes, list markers, code fences, table rules and emphasis marks go; a link keeps its
 * words and loses its address; an image, an HTML tag and a footnote mark go whole. It is not a
 * Markdown renderer: it keeps what a reader of the article reads. (remove-markdown and micromark both
 * took time quadratic or worse in runs of newlines, brackets or "a*", and micromark overflowed its
 * stack on quotes nested a few thousand deep: hours or a crash on the 5 MB an article may be.)
 *
 * @example markdownToText('# Floods\n\nRoads near **Lagos** [closed](https://x.example).') === 'Floods\n\nRoads near Lagos closed.'
 */
export function markdownToText(md: string): string {
	const out: string[] = [];
	let fence = '';
	for (const raw of md.split('\n')) {
		const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
		const trimmed = line.trimStart();
		const fenceMark = trimmed.startsWith('```') ? '```' : trimmed.startsWith('~~~') ? '~~~' : '';
		if (fence) {
			if (fenceMark === fence) fence = '';
			else out.push(line);
			continue;
		}
		if (fenceMark) {
			fence = fenceMark;
			continue;
		}
		if (isRule(trimmed)) {
			out.push('');
			continue;
		}
		out.push(inline(blockContent(trimmed)));
	}
	return out.join('\n');
}

/** A thematic break or a table's header rule ("---", "***", "|---|:--:|"), which has no words. */
function isRule(line: string): boolean {
	if (line.length < 3) return false;
	for (const ch of line) if (!'-*_=|: \t'.includes(ch)) return false;
	return true;
}

/** The line without its block marks: quote marks, a heading's hashes, a list marker, a table's outer pipes. */
function blockContent(line: string): string {
	let i = 0;
	// Quote marks, any number deep ("> > >"), each with its optional space.
	while (line[i] === '>') {
		i++;
		while (line[i] === ' ' || line[i] === '\t') i++;
	}
	let rest = line.slice(i);
	let hashes = 0;
	while (rest[hashes] === '#' && hashes < 7) hashes++;
	if (hashes > 0 && hashes <= 6 && (rest[hashes] === ' ' || rest.length === hashes)) rest = trimClosingHashes(rest.slice(hashes).trim());
	else rest = withoutListMarker(rest);
	if (rest.startsWith('|')) rest = rest.slice(1).trimStart();
	if (rest.endsWith('|')) rest = rest.slice(0, -1).trimEnd();
	return rest;
}

function trimClosingHashes(heading: string): string {
	let end = heading.length;
	while (end > 0 && heading[end - 1] === '#') end--;
	return end < heading.length && (end === 0 || heading[end - 1] === ' ') ? heading.slice(0, end).trimEnd() : heading;
}

/** "- ", "* ", "+ ", "1. " or "1) " at the start, with a task box ("[ ] ", "[x] ") after it. */
function withoutListMarker(line: string): string {
	let i = 0;
	if ((line[0] === '-' || line[0] === '*' || line[0] === '+') && line[1] === ' ') i = 2;
	else {
		while (i < 9 && line[i] !== undefined && line[i]! >= '0' && line[i]! <= '9') i++;
		i = i > 0 && (line[i] === '.' || line[i] === ')') && line[i + 1] === ' ' ? i + 2 : 0;
	}
	if (i > 0 && line[i] === '[' && (line[i + 1] === ' ' || line[i + 1] === 'x' || line[i + 1] === 'X') && line[i + 2] === ']' && line[i + 3] === ' ') i += 4;
	return line.slice(i);
}

/**
 * A line's words without its inline marks. Every search for a closing mark remembers where it found
 * it (or that there is none), so a line of a million "[" costs a million steps, not a million squared.
 */
function inline(line: string): string {
	const next = closer(line);
	let out = '';
	for (let i = 0; i < line.length; i++) {
		const ch = line[i]!;
		if (ch === '\\' && i + 1 < line.length && isPunctuation(line[i + 1]!)) {
			out += line[++i];
			continue;
		}
		if (ch === '*' || ch === '_' || ch === '~' || ch === '`') {
			// A mark inside a word ("snake_case", "2*3") is text; around words it is emphasis or code.
			const before = line[i - 1];
			const after = line[i + 1];
			if (ch !== '`' && isWordChar(before) && isWordChar(after)) out += ch;
			continue;
		}
		if (ch === '<') {
			const end = next('>', i + 1);
			// A tag or an autolink ("<https://…>", "<br>") has no space right after "<".
			if (end > 0 && line[i + 1] !== ' ') {
				const inside = line.slice(i + 1, end);
				if (inside.startsWith('http://') || inside.startsWith('https://')) out += inside;
				i = end;
				continue;
			}
			out += ch;
			continue;
		}
		if (ch === '[' || (ch === '!' && line[i + 1] === '[')) {
			const open = ch === '!' ? i + 1 : i;
			if (line[open + 1] === '^') {
				// A footnote mark ("[^1]") is not part of the sentence.
				const end = next(']', open + 1);
				if (end > 0) {
					i = end;
					continue;
				}
			}
			const close = next(']', open + 1);
			let target = close > 0 && line[close + 1] === '(' ? next(')', close + 2) : -1;
			// An address may hold one pair of brackets ("…/Basra_(city)").
			if (target > 0 && line.lastIndexOf('(', target) > close + 1) {
				const outer = next(')', target + 1);
				if (outer > 0) target = outer;
			}
			if (ch === '!' && target > 0) {
				i = target;
				continue;
			}
			if (target > 0) {
				// The link's words, read on their own (they hold no "]"), then past its "](address)".
				out += inline(line.slice(open + 1, close));
				i = target;
				continue;
			}
			out += ch;
			continue;
		}
		out += ch;
	}
	return out;
}

/** Finds the next `mark` at or after `from` in `line`, remembering the last answer for each mark. */
function closer(line: string): (mark: string, from: number) => number {
	const found = new Map<string, number>();
	return (mark, from) => {
		const known = found.get(mark);
		if (known !== undefined && (known === -1 || known >= from)) return known;
		const at = line.indexOf(mark, from);
		found.set(mark, at);
		return at;
	};
}

function isWordChar(ch: string | undefined): boolean {
	return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isPunctuation(ch: string): boolean {
	return '\\`*_{}[]()#+-.!~|<>"\''.includes(ch);
}
