import { describe, expect, it } from 'vitest';
import { handoverGaps, strongerLetter, successorFor } from './handover';

const none = { agreements: 0, cases: 0, rasci: 0, meetings: 0, pilots: 0, continuity: 0, tasks: 0 };

describe('handover completeness', () => {
	it('needs nothing when nothing is held', () => {
		expect(handoverGaps(none, { all: null }, { lastCoordinator: false })).toEqual([]);
	});

	it('names every kind that is held and has no successor', () => {
		const counts = { ...none, agreements: 2, cases: 1, meetings: 3 };
		expect(handoverGaps(counts, { all: null }, { lastCoordinator: false })).toEqual([
			'agreements',
			'cases',
			'meetings'
		]);
		expect(handoverGaps(counts, { all: null, agreements: 'a', meetings: 'b' }, { lastCoordinator: false })).toEqual([
			'cases'
		]);
	});

	it('covers everything with one successor for all', () => {
		const counts = { agreements: 2, cases: 1, rasci: 4, meetings: 3, pilots: 1, continuity: 2, tasks: 3 };
		expect(handoverGaps(counts, { all: 'x' }, { lastCoordinator: true })).toEqual([]);
	});

	it('names the worksheet kinds too: pilots, continuity contacts and recurring-task letters', () => {
		const counts = { ...none, pilots: 1, continuity: 2, tasks: 1 };
		expect(handoverGaps(counts, { all: null }, { lastCoordinator: false })).toEqual(['pilots', 'continuity', 'tasks']);
		expect(handoverGaps(counts, { all: null, pilots: 'a', continuity: 'b' }, { lastCoordinator: false })).toEqual([
			'tasks'
		]);
		expect(handoverGaps(counts, { all: 'x', tasks: 'y' }, { lastCoordinator: false })).toEqual([]);
	});

	it('asks the last coordinator for a successor even with nothing held', () => {
		expect(handoverGaps(none, { all: null }, { lastCoordinator: true })).toEqual(['next-coordinator']);
		// Successors per kind do not make anyone coordinator.
		expect(handoverGaps(none, { all: null, agreements: 'a' }, { lastCoordinator: true })).toEqual(['next-coordinator']);
	});

	it("prefers a kind's own successor over the one for all", () => {
		expect(successorFor({ all: 'x', cases: 'y' }, 'cases')).toBe('y');
		expect(successorFor({ all: 'x', cases: null }, 'cases')).toBe('x');
		expect(successorFor({ all: null }, 'rasci')).toBeNull();
	});

	it('keeps the stronger RASCI letter', () => {
		expect(strongerLetter('I', 'R')).toBe('R');
		expect(strongerLetter('A', 'C')).toBe('A');
		expect(strongerLetter('S', 'S')).toBe('S');
	});
});
