/** Reads an article file as text, refusing what is not UTF-8 text with a message a curator can act on. */
import { readFile } from 'node:fs/promises';

/** The text, or why the file cannot be read as an article. */
export type TextFile = { ok: true; text: string; notes: string[] } | { ok: false; message: string };

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Reads `path` as UTF-8. Empty, binary, non-UTF-8 and oversized files are refused; a byte-order mark
 * is dropped (and noted) because offsets count characters of the text, not bytes of the file.
 */
export async function readTextFile(path: string): Promise<TextFile> {
	const bytes = await readFile(path);
	if (bytes.length === 0) return { ok: false, message: 'the file is empty; restore its text or remove it with its .meta.json' };
	if (bytes.length > MAX_BYTES) {
		return { ok: false, message: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the ${MAX_BYTES / 1024 / 1024} MB an article may have; split it or trim it to the article body` };
	}
	if (bytes.includes(0)) return { ok: false, message: 'the file is binary (it contains NUL bytes), not plain text; save the article as UTF-8 text' };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const at = firstInvalidUtf8(bytes);
		return { ok: false, message: `the file is not valid UTF-8 (first bad byte at offset ${at}); re-save it as UTF-8` };
	}
	const notes: string[] = [];
	if (text.charCodeAt(0) === 0xfeff) {
		notes.push('a UTF-8 byte-order mark was dropped');
		text = text.slice(1);
	}
	if (!text.trim()) return { ok: false, message: 'the file holds only white space; restore its text or remove it' };
	return { ok: true, text, notes };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; i++) {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i + 1), { stream: true });
		} catch {
			return i;
		}
	}
	return bytes.length;
}
