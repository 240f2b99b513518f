import { describe, expect, it } from 'vitest';
import { rasciText } from './rasci-text';

describe('rasciText', () => {
	it('puts the accountable person first, then R, S, C, I, by name within a letter', () => {
		expect(
			rasciText([
				{ letter: 'I', name: 'Ahmed' },
				{ letter: 'R', name: 'Mira' },
				{ letter: 'A', name: 'Els' },
				{ letter: 'R', name: 'Jan' }
			])
		).toBe('A: Els, R: Jan, R: Mira, I: Ahmed');
	});
	it('is empty without assignments', () => {
		expect(rasciText([])).toBe('');
	});
});
