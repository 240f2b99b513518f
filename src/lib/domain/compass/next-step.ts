// The one next step the home puts first, for the person looking at it. A new partnership needs
// its steps in order: partners before a goal, a goal before cases, three partners before a scan
// (issue 15). Each step is offered only to whom may take it, so an observer is not sent to invite
// partners and a member is not sent to open a scan round; they get the first step that is theirs.
import { MIN_RESPONDENTS } from '$lib/domain/scan/aggregate';
import { can, mayHold, type Permission, type Role } from '$lib/domain/permissions/permissions';
import type { RoleCardStatus } from '$lib/domain/role-cards/role-card';

/** What the home already knows, enough to choose. */
export interface HomeFacts {
	/** The viewer's role. */
	role: Role;
	/** Everyone in the partnership, the viewer included. */
	members: { role: Role }[];
	/** The viewer's own role card. */
	myCard: RoleCardStatus;
	hasGoal: boolean;
	/** All cases, closed ones included. */
	cases: number;
	/** Whether a scan round has results to show. */
	hasScanResults: boolean;
	openRound: { id: string; answered: boolean } | null;
	hasNextMeeting: boolean;
}

export const NEXT_STEPS = [
	'invite',
	'goal',
	'answer-scan',
	'role-card',
	'first-case',
	'invite-more',
	'start-scan',
	'plan-meeting'
] as const;
export type NextStepKind = (typeof NEXT_STEPS)[number];
export type NextStep = { kind: Exclude<NextStepKind, 'answer-scan'> } | { kind: 'answer-scan'; roundId: string };

/** The first step that still has to happen and that the viewer may take, or null when none is left. */
export function nextStep(facts: HomeFacts): NextStep | null {
	const may = (p: Permission) => can(facts.role, p);
	const respondents = facts.members.filter((mb) => mayHold(mb.role, 'scan:respondent')).length;
	const noScanYet = !facts.hasScanResults && facts.openRound === null;
	const steps: [boolean, NextStep][] = [
		[facts.members.length < 2 && may('member:invite'), { kind: 'invite' }],
		[!facts.hasGoal && may('goal:write'), { kind: 'goal' }],
		[
			facts.openRound !== null && !facts.openRound.answered && may('scan:answer'),
			{ kind: 'answer-scan', roundId: facts.openRound?.id ?? '' }
		],
		[facts.myCard !== 'saved' && may('rolecard:write-own'), { kind: 'role-card' }],
		[facts.cases === 0 && may('case:write'), { kind: 'first-case' }],
		[noScanYet && respondents < MIN_RESPONDENTS && may('member:invite'), { kind: 'invite-more' }],
		[noScanYet && respondents >= MIN_RESPONDENTS && may('scan:manage'), { kind: 'start-scan' }],
		[!facts.hasNextMeeting && may('meeting:write'), { kind: 'plan-meeting' }]
	];
	return steps.find(([due]) => due)?.[1] ?? null;
}
