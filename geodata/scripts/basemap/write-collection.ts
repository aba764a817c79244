import { writeFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';

/**
 * Writes a FeatureCollection one feature a line, so that a regenerated file diffs feature by feature.
 *
 * @param path - the file to write
 * @param collection - what to write
 * @returns the bytes written
 */
export function writeCollection(path: string, collection: FeatureCollection): number {
	const text = `{"type":"FeatureCollection","features":[\n${collection.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
	writeFileSync(path, text);
	return Buffer.byteLength(text);
}
