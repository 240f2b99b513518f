import { describe, expect, it } from 'vitest';
import { SCAN_STATEMENTS } from '$lib/content/scan';
import { blocks } from '$lib/content/blocks';
import { aggregateScan, breakdownScan, MIN_RESPONDENTS, weakestBlocks, type ScanResponse } from './aggregate';

const statementBlocks = new Map(SCAN_STATEMENTS.map((s) => [s.id, s.block]));
const slugs = blocks.map((b) => b.slug);

/** A response that rates every statement of each block with the given value (null = weet niet). */
function sheet(perBlock: Partial<Record<(typeof slugs)[number], number | null>>, group?: string): ScanResponse {
	const ratings: Record<string, number | null> = {};
	for (const s of SCAN_STATEMENTS) if (s.block in perBlock) ratings[s.id] = perBlock[s.block]!;
	return { group, ratings };
}

describe('scan statements', () => {
	it('has at least four statements for each of the six blocks, with unique ids', () => {
		for (const slug of slugs) expect(SCAN_STATEMENTS.filter((s) => s.block === slug).length).toBeGreaterThanOrEqual(4);
		expect(new Set(SCAN_STATEMENTS.map((s) => s.id)).size).toBe(SCAN_STATEMENTS.length);
	});
});

describe('aggregateScan', () => {
	it('shows nothing with fewer than three respondents', () => {
		expect(MIN_RESPONDENTS).toBe(3);
		const two = [sheet({ relatie: 4 }), sheet({ relatie: 2 })];
		expect(aggregateScan(two, statementBlocks, slugs)).toEqual({ visible: false, respondents: 2 });
	});

	it('averages per respondent first, then over respondents, with the spread', () => {
		const responses = [sheet({ relatie: 5 }), sheet({ relatie: 3 }), sheet({ relatie: 1 })];
		const result = aggregateScan(responses, statementBlocks, slugs);
		expect(result.visible).toBe(true);
		if (!result.visible) return;
		const relatie = result.blocks.find((b) => b.block === 'relatie')!;
		expect(relatie).toMatchObject({ mean: 3, min: 1, max: 5, rated: 3, unknown: 0 });
		expect(relatie.spread).toBeCloseTo(1.63, 2);
	});

	it('counts "weet niet" apart and leaves it out of the mean', () => {
		const responses = [sheet({ communicatie: 4 }), sheet({ communicatie: 2 }), sheet({ communicatie: null })];
		const result = aggregateScan(responses, statementBlocks, slugs);
		if (!result.visible) throw new Error('expected a result');
		const block = result.blocks.find((b) => b.block === 'communicatie')!;
		expect(block.mean).toBe(3);
		expect(block.rated).toBe(2);
		expect(block.unknown).toBe(SCAN_STATEMENTS.filter((s) => s.block === 'communicatie').length);
		expect(result.blocks.find((b) => b.block === 'relatie')!.mean).toBeNull();
	});

	it('ignores values outside 1–5 and statements it does not know', () => {
		const responses = [0, 1, 2].map(() => ({ ratings: { 'relatie-1': 4, 'relatie-2': 9, 'onbekend-1': 1 } }));
		const result = aggregateScan(responses, statementBlocks, slugs);
		if (!result.visible) throw new Error('expected a result');
		expect(result.blocks.find((b) => b.block === 'relatie')!.mean).toBe(4);
	});
});

describe('breakdownScan', () => {
	const three = (group: string, value: number) => [0, 1, 2].map(() => sheet({ relatie: value }, group));

	it('breaks down only when every group has at least three respondents', () => {
		const result = breakdownScan([...three('education', 4), ...three('welfare', 2)], statementBlocks, slugs);
		expect(result.visible).toBe(true);
		if (!result.visible) return;
		expect(result.groups.map((g) => [g.group, g.result.blocks.find((b) => b.block === 'relatie')!.mean])).toEqual([
			['education', 4],
			['welfare', 2]
		]);
	});

	it('hides the breakdown when one group is too small, or someone has no group', () => {
		expect(
			breakdownScan([...three('education', 4), ...three('welfare', 2).slice(0, 2)], statementBlocks, slugs).visible
		).toBe(false);
		expect(
			breakdownScan([...three('education', 4), ...three('welfare', 2), sheet({ relatie: 3 })], statementBlocks, slugs)
				.visible
		).toBe(false);
		expect(breakdownScan(three('education', 4), statementBlocks, slugs).visible).toBe(false);
	});
});

describe('weakestBlocks', () => {
	it('returns the two lowest blocks, skipping unrated ones, ties in block order', () => {
		const result = aggregateScan(
			[0, 1, 2].map(() => sheet({ relatie: 2, communicatie: 2, betrokkenheid: 4, 'gemeenschappelijk-doel': null })),
			statementBlocks,
			slugs
		);
		if (!result.visible) throw new Error('expected a result');
		expect(weakestBlocks(result.blocks)).toEqual(['relatie', 'communicatie']);
	});
});
