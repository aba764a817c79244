/**
 * Runs once before every unit test file: builds the world gazetteer artefact if it is missing or stale,
 * so on a fresh clone the test workers read it instead of each building it at the same time.
 */
import { ensureWorldGazetteer } from '../../geodata/scripts/load-world-gazetteer';

export default function setup(): void {
	ensureWorldGazetteer();
}
