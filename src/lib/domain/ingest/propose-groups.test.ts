import { describe, expect, it } from 'vitest';
import { proposeGroups } from './propose-groups';

describe('proposing unknown groups from an added article', () => {
	it('proposes the organisations the atlas does not know, typed by their names, and not those it does', () => {
		const text =
			'Fighters of the Imam Ali Brigades reached Samarra on Monday, where the Iraqi Army and the Quds Force were already present. ' +
			'The Ministry of Water Resources said the dam was safe. The Sinjar Resistance Units denied the report.';
		const proposed = proposeGroups(text, ['Iraqi Army', 'Quds Force']);
		expect(proposed.map((p) => [p.name, p.type])).toEqual([
			['Imam Ali Brigades', 'militia'],
			['Ministry of Water Resources', 'ministry'],
			['Sinjar Resistance Units', 'militia']
		]);
		for (const p of proposed) expect(text.slice(p.start, p.end)).toBe(p.name);
	});

	it('proposes nothing for a text that names no organisation', () => {
		expect(proposeGroups('Heavy rain closed the main road between Lagos and Ibadan on Tuesday.', [])).toEqual([]);
	});
});
