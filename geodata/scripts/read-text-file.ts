/** Reads an article file as text, refusing what is not UTF-8 text with a message a curator can act on. */
import { readFile, stat } from 'node:fs/promises';

/** The text, or why the file cannot be read as an article. */
export type TextFile = { ok: true; text: string; notes: string[] } | { ok: false; message: string };

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Reads `path` as UTF-8. Empty, binary, non-UTF-8 and oversized files are refused; a byte-order mark
 * is dropped (and noted) because offsets count characters of the text, not bytes of the file.
 */
export async function readTextFile(path: string): Promise<TextFile> {
	// Size first, so a 50 MB paste is refused without being read.
	const { size } = await stat(path);
	if (size > MAX_BYTES) {
		return { ok: false, message: `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_BYTES / 1024 / 1024} MB an article may have; split it or trim it to the article body` };
	}
	const bytes = await readFile(path);
	if (bytes.length === 0) return { ok: false, message: 'the file is empty; restore its text or remove it with its .meta.json' };
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

/** The offset of the first byte of the first malformed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i]!;
		const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		if (length === 0) return i;
		for (let k = 1; k < length; k++) {
			const c = bytes[i + k];
			if (c === undefined || c < 0x80 || c > 0xbf) return i;
		}
		i += length;
	}
	return bytes.length;
}
