/**
 * Writes a PMTiles version 3 archive: one static file of vector tiles that a browser reads with HTTP
 * range requests (the `pmtiles` package's reader), so no tile server is needed.
 * Specification: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
 *
 * Tiles are stored uncompressed and in tile-id order (clustered); identical tiles are stored once.
 * Directories are uncompressed; the root directory fits the first 16 KiB, with leaf directories when
 * there are too many tiles for it.
 */
import { zxyToTileId } from 'pmtiles';

export interface Tile {
	z: number;
	x: number;
	y: number;
	data: Uint8Array;
}

export interface ArchiveInfo {
	/** [west, south, east, north] in degrees. */
	bounds: [number, number, number, number];
	/** Written as the archive's JSON metadata (for example `vector_layers`). */
	metadata: Record<string, unknown>;
}

interface Entry {
	tileId: number;
	offset: number;
	length: number;
	runLength: number;
}

const HEADER_BYTES = 127;
/** The header and the root directory must fit the first 16 KiB, which a reader fetches in one request. */
const ROOT_BUDGET = 16_384 - HEADER_BYTES;
const COMPRESSION_NONE = 1;
const TILE_TYPE_MVT = 1;

/**
 * Packs `tiles` into an archive.
 *
 * @example writePmtiles([{ z: 0, x: 0, y: 0, data }], { bounds: [-180, -85, 180, 85], metadata: {} })
 */
export function writePmtiles(tiles: readonly Tile[], info: ArchiveInfo): Uint8Array {
	if (!tiles.length) throw new Error('writePmtiles: no tiles to write');
	const sorted = tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
	for (let i = 1; i < sorted.length; i++) {
		if (sorted[i]!.tileId === sorted[i - 1]!.tileId) throw new Error(`writePmtiles: tile ${sorted[i]!.z}/${sorted[i]!.x}/${sorted[i]!.y} given twice`);
	}

	// Tile data, each distinct content once; consecutive ids with the same content share one run.
	const chunks: Uint8Array[] = [];
	const offsetOf = new Map<string, { offset: number; length: number }>();
	let dataLength = 0;
	const entries: Entry[] = [];
	for (const t of sorted) {
		const key = contentKey(t.data);
		let at = offsetOf.get(key);
		if (!at) {
			at = { offset: dataLength, length: t.data.length };
			offsetOf.set(key, at);
			chunks.push(t.data);
			dataLength += t.data.length;
		}
		const last = entries.at(-1);
		if (last && last.offset === at.offset && last.tileId + last.runLength === t.tileId) last.runLength++;
		else entries.push({ tileId: t.tileId, offset: at.offset, length: at.length, runLength: 1 });
	}

	const { root, leaves } = directories(entries);
	const metadata = new TextEncoder().encode(JSON.stringify(info.metadata));
	const rootOffset = HEADER_BYTES;
	const metadataOffset = rootOffset + root.length;
	const leavesOffset = metadataOffset + metadata.length;
	const dataOffset = leavesOffset + leaves.length;
	const zooms = sorted.map((t) => t.z);
	const [west, south, east, north] = info.bounds;
	const minZoom = Math.min(...zooms);

	const header = new DataView(new ArrayBuffer(HEADER_BYTES));
	new TextEncoder().encodeInto('PMTiles', new Uint8Array(header.buffer, 0, 7));
	header.setUint8(7, 3);
	const u64 = (at: number, n: number) => header.setBigUint64(at, BigInt(n), true);
	u64(8, rootOffset);
	u64(16, root.length);
	u64(24, metadataOffset);
	u64(32, metadata.length);
	u64(40, leavesOffset);
	u64(48, leaves.length);
	u64(56, dataOffset);
	u64(64, dataLength);
	u64(72, sorted.length);
	u64(80, entries.length);
	u64(88, chunks.length);
	header.setUint8(96, 1); // clustered: tile data in tile-id order
	header.setUint8(97, COMPRESSION_NONE);
	header.setUint8(98, COMPRESSION_NONE);
	header.setUint8(99, TILE_TYPE_MVT);
	header.setUint8(100, minZoom);
	header.setUint8(101, Math.max(...zooms));
	const e7 = (deg: number) => Math.round(deg * 1e7);
	header.setInt32(102, e7(west), true);
	header.setInt32(106, e7(south), true);
	header.setInt32(110, e7(east), true);
	header.setInt32(114, e7(north), true);
	header.setUint8(118, minZoom);
	header.setInt32(119, e7((west + east) / 2), true);
	header.setInt32(123, e7((south + north) / 2), true);

	const out = new Uint8Array(dataOffset + dataLength);
	out.set(new Uint8Array(header.buffer), 0);
	out.set(root, rootOffset);
	out.set(metadata, metadataOffset);
	out.set(leaves, leavesOffset);
	let cursor = dataOffset;
	for (const chunk of chunks) {
		out.set(chunk, cursor);
		cursor += chunk.length;
	}
	return out;
}

/**
 * The root directory, and the leaf directories it points to when the entries do not fit the root
 * budget: leaves of equal size, doubled until the root that lists them fits.
 */
function directories(entries: readonly Entry[]): { root: Uint8Array; leaves: Uint8Array } {
	const whole = serializeDirectory(entries);
	if (whole.length <= ROOT_BUDGET) return { root: whole, leaves: new Uint8Array(0) };
	for (let perLeaf = 4096; ; perLeaf *= 2) {
		const leafBytes: Uint8Array[] = [];
		const rootEntries: Entry[] = [];
		let offset = 0;
		for (let i = 0; i < entries.length; i += perLeaf) {
			const leaf = serializeDirectory(entries.slice(i, i + perLeaf));
			rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
			leafBytes.push(leaf);
			offset += leaf.length;
		}
		const root = serializeDirectory(rootEntries);
		if (root.length <= ROOT_BUDGET) return { root, leaves: concat(leafBytes) };
	}
}

/** A directory as the specification lays it out: counts, then ids as deltas, run lengths, lengths, offsets. */
function serializeDirectory(entries: readonly Entry[]): Uint8Array {
	const bytes: number[] = [];
	writeVarint(bytes, entries.length);
	let lastId = 0;
	for (const e of entries) {
		writeVarint(bytes, e.tileId - lastId);
		lastId = e.tileId;
	}
	for (const e of entries) writeVarint(bytes, e.runLength);
	for (const e of entries) writeVarint(bytes, e.length);
	entries.forEach((e, i) => {
		const previous = entries[i - 1];
		// 0 means "right after the previous entry's data"; otherwise the offset plus one.
		writeVarint(bytes, previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
	});
	return Uint8Array.from(bytes);
}

/** Unsigned LEB128, exact for any safe integer (tile ids pass 2^32 from zoom 16). */
function writeVarint(bytes: number[], n: number): void {
	let rest = n;
	while (rest >= 0x80) {
		bytes.push((rest % 0x80) | 0x80);
		rest = Math.floor(rest / 0x80);
	}
	bytes.push(rest);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** Identical tiles (often the empty ocean of a world layer) are stored once. */
function contentKey(data: Uint8Array): string {
	return Buffer.from(data).toString('base64');
}
