/** Reads a curated JSON file and checks it against its schema, naming the line or field of any fault. */
import { readFile } from 'node:fs/promises';
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import type { InputProblem } from '../../src/lib/domain/records/input-problem';

/** The parsed value, or the problems found. */
export type JsonFile<T> = { ok: true; data: T } | { ok: false; problems: InputProblem[] };

/**
 * Reads `path` (named `file` in messages) and parses it with `schema`.
 *
 * @example await readJsonFile('geodata/events.json', 'geodata/events.json', Events)
 */
export async function readJsonFile<S extends z.ZodType>(path: string, file: string, schema: S): Promise<JsonFile<z.infer<S>>> {
	let raw: string;
	try {
		raw = await readFile(path, 'utf8');
	} catch (e) {
		return { ok: false, problems: [{ file, message: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)}); restore it` }] };
	}
	if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
	if (!raw.trim()) return { ok: false, problems: [{ file, message: 'the file is empty; it must hold a JSON object' }] };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		// JSON.parse does not say where; jsonc-parser (in strict mode) gives the offset of each fault.
		const errors: ParseError[] = [];
		parseTolerant(raw, errors, { disallowComments: true, allowTrailingComma: false });
		const first = errors[0];
		const where = first ? lineAndColumn(raw, first.offset) : undefined;
		const what = first ? printParseErrorCode(first.error) : 'unreadable';
		return { ok: false, problems: [{ file, where, message: `not valid JSON (${what}); fix the syntax there` }] };
	}
	return checkAgainst(schema, value, file);
}

/** Checks a parsed value against its schema, naming each faulty field by its record's id. */
export function checkAgainst<S extends z.ZodType>(schema: S, value: unknown, file: string, describe = describePath): JsonFile<z.infer<S>> {
	const parsed = schema.safeParse(value);
	if (parsed.success) return { ok: true, data: parsed.data };
	return {
		ok: false,
		problems: parsed.error.issues.slice(0, 50).map((issue) => ({ file, where: describe(value, issue.path), message: issue.message }))
	};
}

function lineAndColumn(raw: string, offset: number): string {
	const before = raw.slice(0, offset);
	return `line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
}

/** Names a field by its path, with the id of the record it belongs to: `events[3] "amerli-siege" › date.start`. */
export function describePath(root: unknown, path: readonly PropertyKey[]): string {
	let node: unknown = root;
	let out = '';
	for (const key of path) {
		node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
		if (typeof key === 'number') {
			out += `[${key}]`;
			const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
			if (typeof id === 'string') out += ` "${id}"`;
		} else {
			out += out ? ` › ${String(key)}` : String(key);
		}
	}
	return out || '(top level)';
}
