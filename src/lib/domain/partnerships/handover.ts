// What a leaving member holds, and whether the chosen successors leave nothing without a holder.
// Pure, so the page and the domain function (leaveWithHandover) answer the same.
import type { Holding } from '$lib/domain/permissions/permissions';
import { RASCI_LETTERS, type RasciLetter } from './enums';

/** The kinds of holdings that get a successor. Open invitations are revoked, not handed over. */
export const HANDOVER_KINDS = ['agreements', 'cases', 'rasci', 'meetings', 'pilots', 'continuity', 'tasks'] as const;
export type HandoverKind = (typeof HANDOVER_KINDS)[number];

/** What the successor of each kind must be allowed to hold (mayHold). */
export const HOLDING_OF: Record<HandoverKind, Holding> = {
	agreements: 'agreement:owner',
	cases: 'case:partner',
	rasci: 'case:rasci',
	// Organising a meeting: whoever takes part in meetings may propose one.
	meetings: 'meeting:invitee',
	// What the worksheets left (issue 16): pilots not looked back yet, contacts of the continuity plan
	// (kept or backed up), letters on recurring tasks.
	pilots: 'pilot:owner',
	continuity: 'continuity:holder',
	tasks: 'task:rasci'
};

export type HoldingCounts = Record<HandoverKind, number>;

/** One successor for everything, or a different one per kind (a kind's own choice wins). */
export type Successors = { all: string | null } & Partial<Record<HandoverKind, string | null>>;

export function successorFor(successors: Successors, kind: HandoverKind): string | null {
	return successors[kind] || successors.all || null;
}

export type HandoverGap = HandoverKind | 'next-coordinator';

/**
 * What would be left without a holder: each kind with holdings and no successor, and
 * 'next-coordinator' when the last coordinator leaves without naming one (`successors.all`).
 */
export function handoverGaps(
	counts: HoldingCounts,
	successors: Successors,
	{ lastCoordinator }: { lastCoordinator: boolean }
): HandoverGap[] {
	const gaps: HandoverGap[] = HANDOVER_KINDS.filter((k) => counts[k] > 0 && !successorFor(successors, k));
	if (lastCoordinator && !successors.all) gaps.push('next-coordinator');
	return gaps;
}

/**
 * The letter a successor keeps on an action where they already hold one: the stronger of the
 * two, in RASCI order (R before A before S before C before I), so the action never loses its R or A.
 */
export function strongerLetter(a: RasciLetter, b: RasciLetter): RasciLetter {
	return RASCI_LETTERS.indexOf(a) <= RASCI_LETTERS.indexOf(b) ? a : b;
}
