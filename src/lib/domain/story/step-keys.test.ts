import { describe, expect, it } from 'vitest';
import { stepKeyAction } from './step-keys';

describe('stepKeyAction', () => {
	it('moves with the keys presentation clickers send, and stops at the ends', () => {
		expect(stepKeyAction('PageDown', 0, 11, '')).toEqual({ kind: 'go', step: 1, digits: '' });
		expect(stepKeyAction(' ', 10, 11, '')).toEqual({ kind: 'go', step: 10, digits: '' });
		expect(stepKeyAction('PageUp', 0, 11, '')).toEqual({ kind: 'go', step: 0, digits: '' });
		expect(stepKeyAction('End', 3, 11, '')).toEqual({ kind: 'go', step: 10, digits: '' });
		expect(stepKeyAction('Home', 3, 11, '')).toEqual({ kind: 'go', step: 0, digits: '' });
	});

	it('jumps by number, combining digits typed in a row: 1 then 1 is step 11', () => {
		expect(stepKeyAction('1', 4, 11, '')).toEqual({ kind: 'go', step: 0, digits: '1' });
		expect(stepKeyAction('1', 0, 11, '1')).toEqual({ kind: 'go', step: 10, digits: '11' });
		expect(stepKeyAction('7', 0, 11, '1')).toEqual({ kind: 'go', step: 6, digits: '7' });
		expect(stepKeyAction('0', 0, 11, '')).toBeUndefined();
	});

	it('returns to the step with R, shows the legend with L, and ignores other keys', () => {
		expect(stepKeyAction('r', 2, 11, '')).toEqual({ kind: 'return' });
		expect(stepKeyAction('L', 2, 11, '')).toEqual({ kind: 'legend' });
		expect(stepKeyAction('x', 2, 11, '')).toBeUndefined();
	});
});
