import { describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain/permissions/permissions';
import { nextStep, type HomeFacts } from './next-step';

/** A brand-new partnership: its coordinator alone, nothing written yet. */
const fresh: HomeFacts = {
	role: 'coordinator',
	members: [{ role: 'coordinator' }],
	myCard: 'empty',
	hasGoal: false,
	cases: 0,
	hasScanResults: false,
	openRound: null,
	hasNextMeeting: false
};
const team = (...roles: Role[]) => roles.map((role) => ({ role }));
/** Everything of the first steps done, with three partners who answer the scan. */
const settled: HomeFacts = {
	...fresh,
	members: team('coordinator', 'member', 'member'),
	myCard: 'saved',
	hasGoal: true,
	cases: 1,
	hasScanResults: true,
	hasNextMeeting: true
};

describe('nextStep', () => {
	it('sends a lone coordinator to invite partners first, even before the goal', () => {
		expect(nextStep(fresh)).toEqual({ kind: 'invite' });
	});

	it('then asks for the goal, the own role card and a first case, in that order', () => {
		const two = { ...fresh, members: team('coordinator', 'member') };
		expect(nextStep(two)).toEqual({ kind: 'goal' });
		expect(nextStep({ ...two, hasGoal: true })).toEqual({ kind: 'role-card' });
		expect(nextStep({ ...two, hasGoal: true, myCard: 'draft' })).toEqual({ kind: 'role-card' });
		expect(nextStep({ ...two, hasGoal: true, myCard: 'saved' })).toEqual({ kind: 'first-case' });
	});

	it('asks for more partners while fewer than three can answer the scan, then for a scan round', () => {
		const ready = { ...settled, hasScanResults: false };
		expect(nextStep({ ...ready, members: team('coordinator', 'member') })).toEqual({ kind: 'invite-more' });
		// Observers do not answer the scan, so they do not count towards the three.
		expect(nextStep({ ...ready, members: team('coordinator', 'member', 'observer') })).toEqual({
			kind: 'invite-more'
		});
		expect(nextStep(ready)).toEqual({ kind: 'start-scan' });
	});

	it('puts an open round the viewer has not answered before the role card', () => {
		const open = { ...settled, myCard: 'empty' as const, openRound: { id: 'r1', answered: false } };
		expect(nextStep(open)).toEqual({ kind: 'answer-scan', roundId: 'r1' });
		expect(nextStep({ ...open, openRound: { id: 'r1', answered: true } })).toEqual({ kind: 'role-card' });
	});

	it('does not start a second round while one is open, nor count a closed round without results as a scan', () => {
		const ready = { ...settled, hasScanResults: false };
		expect(nextStep({ ...ready, openRound: { id: 'r1', answered: true } })).toEqual(null);
	});

	it('asks to plan a meeting when none is coming, and has nothing left once all is done', () => {
		expect(nextStep({ ...settled, hasNextMeeting: false })).toEqual({ kind: 'plan-meeting' });
		expect(nextStep(settled)).toBeNull();
	});

	it('gives a member only the steps a member may take', () => {
		const member = { ...fresh, role: 'member' as const };
		// Not: invite, goal (coordinators); yes: the own role card, then a first case.
		expect(nextStep(member)).toEqual({ kind: 'role-card' });
		expect(nextStep({ ...member, myCard: 'saved' })).toEqual({ kind: 'first-case' });
		// Not: more partners, a scan round, a meeting.
		expect(nextStep({ ...member, myCard: 'saved', cases: 2 })).toBeNull();
		expect(nextStep({ ...member, openRound: { id: 'r1', answered: false } })).toEqual({
			kind: 'answer-scan',
			roundId: 'r1'
		});
	});

	it('gives an observer no step, since an observer changes nothing', () => {
		expect(nextStep({ ...fresh, role: 'observer' })).toBeNull();
		expect(nextStep({ ...fresh, role: 'observer', openRound: { id: 'r1', answered: false } })).toBeNull();
	});
});
