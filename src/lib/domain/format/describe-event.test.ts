import { describe, expect, it } from 'vitest';
import { claimAspect, describeContest, describePlacing } from './describe-event';

const agreement = {
	aspects: [
		{ id: 'training', label: 'training clause' },
		{ id: 'border', label: 'border patrols' }
	]
};

describe('describePlacing', () => {
	it('quotes the words that place an event', () => {
		const p = describePlacing({ place: 'iran', role: 'destination', evidence: { article: 'a', start: 1, end: 13, text: 'visited Iran' } }, 'country');
		expect(p).toEqual({
			basis: 'quoted',
			coarse: true,
			basisNote: 'placed by: “visited Iran”',
			coarseNote: 'country-level: no more precise place is given',
			note: 'placed by: “visited Iran” · country-level: no more precise place is given'
		});
	});

	it('says the editors placed an event no quote places, and why (the 255 prisoners in Baghdad)', () => {
		const p = describePlacing({ place: 'baghdad', role: 'location', inferred: 'Human Rights Watch reported the killings from Baghdad morgues.' }, 'city');
		expect(p.basis).toBe('inferred');
		expect(p.coarse).toBe(false);
		expect(p.note).toBe('placed by the editors: Human Rights Watch reported the killings from Baghdad morgues.');
	});

	it('marks a place known only at province level', () => {
		expect(describePlacing({ place: 'diyala', role: 'location', evidence: { article: 'a', start: 0, end: 9, text: 'in Diyala' } }, 'region').note).toBe(
			'placed by: “in Diyala” · province-level: no more precise place is given'
		);
	});
});

describe('claimAspect', () => {
	it('names the part of the event a claim is about, and nothing for the whole event', () => {
		expect(claimAspect(agreement, { aspect: 'training' })).toBe('this part only: training clause');
		expect(claimAspect(agreement, {})).toBe('');
	});
});

describe('describeContest', () => {
	it('calls an event contested only when the whole of it is denied or disputed', () => {
		expect(describeContest({ ...agreement, contested: true, contestedAspects: [] })).toBe('contested');
	});

	it('says which part is disputed when a source denies one part only (The Trumpet and the training clause)', () => {
		expect(describeContest({ ...agreement, contested: false, contestedAspects: ['training'] })).toBe('partly disputed: training clause');
	});

	it('says nothing when no source contests the event', () => {
		expect(describeContest({ ...agreement, contested: false, contestedAspects: [] })).toBeUndefined();
	});
});
