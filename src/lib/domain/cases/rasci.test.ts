import { describe, expect, it } from 'vitest';
import { rasciProblem, type Assignment } from './rasci';

const as = (...pairs: [string, Assignment['letter']][]) =>
	pairs.map(([membershipId, letter]) => ({ membershipId, letter }));

describe('RASCI rule', () => {
	it('accepts exactly one A and at least one R', () => {
		expect(rasciProblem(as(['a', 'A'], ['b', 'R']))).toBeNull();
		expect(rasciProblem(as(['a', 'A'], ['b', 'R'], ['c', 'R'], ['d', 'S'], ['e', 'C'], ['f', 'I']))).toBeNull();
	});

	it('refuses an empty assignment', () => {
		expect(rasciProblem([])).toMatch(/\(R\).*\(A\)/);
	});

	it('refuses no A, two A, or no R, each with its own Dutch message', () => {
		expect(rasciProblem(as(['a', 'R']))).toMatch(/precies één/);
		expect(rasciProblem(as(['a', 'A'], ['b', 'A'], ['c', 'R']))).toMatch(/maar één persoon.*2/);
		expect(rasciProblem(as(['a', 'A'], ['b', 'S']))).toMatch(/minstens één persoon.*\(R\)/);
	});

	it('refuses two letters for one person', () => {
		expect(rasciProblem(as(['a', 'A'], ['a', 'R']))).toMatch(/één letter/);
	});

	it('lets the accountable person differ from the responsible one, but not be required to', () => {
		expect(rasciProblem(as(['a', 'A'], ['b', 'R']))).toBeNull();
		expect(rasciProblem(as(['a', 'A'], ['b', 'I'], ['c', 'R']))).toBeNull();
	});
});
