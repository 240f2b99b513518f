import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLES } from './permissions';

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

	it('never lets observers change anything', () => {
		const writes = PERMISSIONS.filter((p) => !p.endsWith(':read'));
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
