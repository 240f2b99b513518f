// Scan results: averages and spread per building block, shown only when enough people answered
// that no answer can be traced back (k-anonymity). Pure, shared by server and tests.
import type { BlockSlug } from '$lib/content/types';

/** No result, and no group in a breakdown, with fewer respondents than this. */
export const MIN_RESPONDENTS = 3;

/** One submitted answer sheet: statement id → 1..5, or null for "weet niet". */
export type ScanResponse = { group?: string | null; ratings: Record<string, number | null> };

export type BlockResult = {
	block: BlockSlug;
	/** Mean of the personal block averages (each respondent weighs the same); null if nobody rated it. */
	mean: number | null;
	min: number | null;
	max: number | null;
	/** Population standard deviation of the personal block averages. */
	spread: number | null;
	/** Respondents who rated at least one statement of the block. */
	rated: number;
	/** Ratings left as "weet niet". */
	unknown: number;
};

export type ScanResult =
	{ visible: false; respondents: number } | { visible: true; respondents: number; blocks: BlockResult[] };

const round = (n: number) => Math.round(n * 100) / 100;

/** Per block: the results of these responses, or hidden when fewer than MIN_RESPONDENTS answered. */
export function aggregateScan(
	responses: readonly ScanResponse[],
	statementBlocks: ReadonlyMap<string, BlockSlug>,
	blocks: readonly BlockSlug[]
): ScanResult {
	if (responses.length < MIN_RESPONDENTS) return { visible: false, respondents: responses.length };
	const result = blocks.map((block): BlockResult => {
		const personal: number[] = [];
		let unknown = 0;
		for (const r of responses) {
			const values: number[] = [];
			for (const [id, value] of Object.entries(r.ratings)) {
				if (statementBlocks.get(id) !== block) continue;
				if (value === null) unknown++;
				else if (Number.isInteger(value) && value >= 1 && value <= 5) values.push(value);
			}
			if (values.length) personal.push(values.reduce((a, b) => a + b, 0) / values.length);
		}
		if (!personal.length) return { block, mean: null, min: null, max: null, spread: null, rated: 0, unknown };
		const mean = personal.reduce((a, b) => a + b, 0) / personal.length;
		const variance = personal.reduce((a, b) => a + (b - mean) ** 2, 0) / personal.length;
		return {
			block,
			mean: round(mean),
			min: round(Math.min(...personal)),
			max: round(Math.max(...personal)),
			spread: round(Math.sqrt(variance)),
			rated: personal.length,
			unknown
		};
	});
	return { visible: true, respondents: responses.length, blocks: result };
}

/**
 * Results per group (sector or organisation), only when EVERY group has at least MIN_RESPONDENTS:
 * otherwise a small group's answers could be read off by comparing with the whole. Responses
 * without a group count for the whole only, so they also block a breakdown (they would form a
 * group of their own by subtraction).
 */
export function breakdownScan(
	responses: readonly ScanResponse[],
	statementBlocks: ReadonlyMap<string, BlockSlug>,
	blocks: readonly BlockSlug[]
): { visible: false } | { visible: true; groups: { group: string; result: Extract<ScanResult, { visible: true }> }[] } {
	const byGroup = new Map<string, ScanResponse[]>();
	for (const r of responses) {
		if (!r.group) return { visible: false };
		byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), r]);
	}
	if (byGroup.size < 2 || [...byGroup.values()].some((g) => g.length < MIN_RESPONDENTS)) return { visible: false };
	return {
		visible: true,
		groups: [...byGroup].map(([group, rs]) => ({
			group,
			result: aggregateScan(rs, statementBlocks, blocks) as Extract<ScanResult, { visible: true }>
		}))
	};
}

/** The blocks with the lowest mean (ties: the order given), skipping blocks nobody rated. */
export function weakestBlocks(blocks: readonly BlockResult[], count = 2): BlockSlug[] {
	return blocks
		.filter((b) => b.mean !== null)
		.map((b, i) => ({ b, i }))
		.sort((x, y) => x.b.mean! - y.b.mean! || x.i - y.i)
		.slice(0, count)
		.map(({ b }) => b.block);
}
