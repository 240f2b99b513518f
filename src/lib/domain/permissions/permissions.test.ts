import { describe, expect, it } from 'vitest';
import { can, canOn, mayHold, PERMISSIONS, ROLES, rolesHolding, rolesWith } from './permissions';

describe('can', () => {
	it('gives coordinators every permission', () => {
		for (const p of PERMISSIONS) expect(can('coordinator', p)).toBe(true);
	});

	it('lets members read and keep their own role card, but not manage', () => {
		expect(can('member', 'partnership:read')).toBe(true);
		expect(can('member', 'rolecard:write-own')).toBe(true);
		expect(can('member', 'member:invite')).toBe(false);
		expect(can('member', 'member:manage')).toBe(false);
		expect(can('member', 'partnership:update')).toBe(false);
	});

	it('never lets observers change anything but their own details', () => {
		const writes = PERMISSIONS.filter((p) => !p.endsWith(':read') && p !== 'member:profile:own');
		expect(writes.length).toBeGreaterThan(0);
		for (const p of writes) expect(can('observer', p)).toBe(false);
		expect(can('observer', 'rolecard:read')).toBe(true);
	});

	it('keeps case content and case agreements from observers', () => {
		for (const p of ['case:read', 'agreement:read'] as const) {
			expect(can('observer', p)).toBe(false);
			expect(can('member', p)).toBe(true);
		}
	});

	it('shows the audit log to coordinators only', () => {
		expect(can('coordinator', 'case:audit')).toBe(true);
		expect(can('member', 'case:audit')).toBe(false);
		expect(can('observer', 'case:audit')).toBe(false);
	});

	it('denies everything without a role', () => {
		for (const p of PERMISSIONS) {
			expect(can(null, p)).toBe(false);
			expect(can(undefined, p)).toBe(false);
		}
	});

	it('knows exactly three roles', () => {
		expect([...ROLES]).toEqual(['coordinator', 'member', 'observer']);
	});
});

describe('organisation level', () => {
	it('lets members keep the map and learning log and propose agenda items, not plan meetings or set the sharing frame', () => {
		for (const p of ['network:write', 'learning:write', 'meeting:propose'] as const)
			expect(can('member', p)).toBe(true);
		for (const p of ['meeting:write', 'sharing:write'] as const) expect(can('member', p)).toBe(false);
	});

	it('lets observers read the organisation level', () => {
		for (const p of ['network:read', 'meeting:read', 'learning:read', 'sharing:read'] as const)
			expect(can('observer', p)).toBe(true);
	});
});

describe('common goal', () => {
	it('lets only coordinators write the goal; everyone reads it', () => {
		expect(can('coordinator', 'goal:write')).toBe(true);
		expect(can('member', 'goal:write')).toBe(false);
		expect(can('observer', 'goal:write')).toBe(false);
		for (const r of ['coordinator', 'member', 'observer'] as const) expect(can(r, 'partnership:read')).toBe(true);
	});
});

describe('evaluate and steer', () => {
	it('lets everyone read scan results and signals, members answer and collect, coordinators open rounds', () => {
		for (const role of ROLES) {
			expect(can(role, 'scan:read')).toBe(true);
			expect(can(role, 'signal:read')).toBe(true);
		}
		expect(can('member', 'scan:answer')).toBe(true);
		expect(can('member', 'scan:manage')).toBe(false);
		expect(can('member', 'signal:write')).toBe(true);
		expect(can('member', 'reflection:run')).toBe(true);
		expect(can('observer', 'scan:answer')).toBe(false);
		expect(can('observer', 'reflection:answer')).toBe(false);
	});
});

describe('canOn: ownership-aware permissions', () => {
	const mine = { ownerId: 'u1', userId: 'u1' };
	const theirs = { ownerId: 'u2', userId: 'u1' };
	const nobodys = { ownerId: null, userId: 'u1' };

	it('lets a coordinator edit and delete any learning entry and run any reflection moment', () => {
		for (const action of ['learning:edit', 'learning:delete', 'reflection:run'] as const)
			for (const record of [mine, theirs, nobodys]) expect(canOn('coordinator', action, record)).toBe(true);
	});

	it('lets a member act on their own record only', () => {
		for (const action of ['learning:edit', 'learning:delete', 'reflection:run'] as const) {
			expect(canOn('member', action, mine)).toBe(true);
			expect(canOn('member', action, theirs)).toBe(false);
			expect(canOn('member', action, nobodys)).toBe(false);
		}
	});

	it('lets every member edit their own details, and only a coordinator those of others', () => {
		for (const role of ROLES) {
			expect(canOn(role, 'member:profile', mine)).toBe(true);
			expect(canOn(role, 'member:profile', theirs)).toBe(can(role, 'member:manage'));
		}
	});

	it('never lets an observer act, not even on a record they wrote before their role changed', () => {
		for (const action of ['learning:edit', 'learning:delete', 'reflection:run'] as const) {
			expect(canOn('observer', action, mine)).toBe(false);
			expect(canOn(null, action, mine)).toBe(false);
		}
	});
});

describe('mayHold: who may be given a place in a record', () => {
	it('makes coordinators and members, never observers, case partners, RASCI holders and agreement owners', () => {
		for (const holding of ['case:partner', 'case:rasci', 'agreement:owner'] as const) {
			expect(mayHold('coordinator', holding)).toBe(true);
			expect(mayHold('member', holding)).toBe(true);
			expect(mayHold('observer', holding)).toBe(false);
			expect(mayHold(undefined, holding)).toBe(false);
			expect(rolesHolding(holding)).toEqual(['coordinator', 'member']);
		}
	});

	it('follows the permissions: role cards, scan answers, default meeting invitations', () => {
		expect(rolesHolding('rolecard:holder')).toEqual(rolesWith('rolecard:write-own'));
		expect(rolesHolding('scan:respondent')).toEqual(rolesWith('scan:answer'));
		expect(rolesHolding('meeting:invitee')).toEqual(rolesWith('meeting:propose'));
		expect(mayHold('observer', 'scan:respondent')).toBe(false);
	});
});
