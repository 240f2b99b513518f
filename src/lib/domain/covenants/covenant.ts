// Pure helpers of a covenant, for the server and the pages alike.
import { LEVELS, type Level } from '$lib/domain/partnerships/enums';

type CommitmentLike = { level: Level; party: string; what: string; until: string | null };

const LEVEL_ORDER: Record<Level, number> = { micro: 0, meso: 1, macro: 2 };

/** A commitment as one line of the history: "Meso · CLB · what · until". */
export function commitmentLine(c: CommitmentLike): string {
	const level = c.level.charAt(0).toUpperCase() + c.level.slice(1);
	return [level, c.party, c.what, c.until].filter(Boolean).join(' · ');
}

/** Micro first, then meso and macro; within a level in the commitments' own order. */
export function sortCommitments<C extends { level: Level; position: number }>(list: C[]): C[] {
	return [...list].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.position - b.position);
}

/** The commitments grouped by level, micro first; every level has a group, empty or not. */
export function groupByLevel<C extends { level: Level }>(commitments: C[]): { level: Level; items: C[] }[] {
	return LEVELS.map((level) => ({ level, items: commitments.filter((c) => c.level === level) }));
}

/** Whether a covenant is due for its review on `today` (YYYY-MM-DD): its review date has come. */
export function isDueForReview(covenant: { reviewOn: string | null }, today: string): boolean {
	return covenant.reviewOn !== null && covenant.reviewOn <= today;
}
