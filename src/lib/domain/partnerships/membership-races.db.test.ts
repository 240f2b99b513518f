import { and, count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeMember, makePartnership } from '../../../../tests/factories';
import { memberships } from '$lib/server/db/schema';
import { rolesWith } from '$lib/domain/permissions/permissions';
import { changeMemberRole, removeMember } from './partnership.server';
import { leaveWithHandover } from './handover.server';

const { db } = getTestDb();

async function twoCoordinators() {
	const { coordinator, partnership } = await makePartnership(db);
	const [x] = await db
		.select()
		.from(memberships)
		.where(and(eq(memberships.partnershipId, partnership.id), eq(memberships.userId, coordinator.id)));
	const y = await makeMember(db, { partnershipId: partnership.id, role: 'coordinator', invitedBy: coordinator.id });
	return { partnershipId: partnership.id, x: x!.id, y: y.membership.id, xUser: coordinator.id, yUser: y.user.id };
}

async function counts(partnershipId: string) {
	const [coordinators] = await db
		.select({ n: count() })
		.from(memberships)
		.where(and(eq(memberships.partnershipId, partnershipId), inArray(memberships.role, rolesWith('member:manage'))));
	const [members] = await db
		.select({ n: count() })
		.from(memberships)
		.where(eq(memberships.partnershipId, partnershipId));
	return { coordinators: coordinators!.n, members: members!.n };
}

// Each pair runs on two pool connections at once (the test pool has 4), so without the
// partnership lock both checks would pass before either change is written.
describe('membership races', () => {
	it('two coordinators demoting each other at once always leave one coordinator', async () => {
		for (let i = 0; i < 20; i++) {
			const { partnershipId, x, y } = await twoCoordinators();
			const results = await Promise.all([
				changeMemberRole(db, { partnershipId, membershipId: y, role: 'member' }),
				changeMemberRole(db, { partnershipId, membershipId: x, role: 'member' })
			]);
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			expect(results).toContainEqual({ ok: false, reason: 'last-coordinator' });
			expect((await counts(partnershipId)).coordinators).toBeGreaterThanOrEqual(1);
		}
	});

	it('removing the last two coordinators at once always leaves a coordinator and a member', async () => {
		for (let i = 0; i < 20; i++) {
			const { partnershipId, x, y } = await twoCoordinators();
			await Promise.all([
				removeMember(db, { partnershipId, membershipId: x }),
				removeMember(db, { partnershipId, membershipId: y })
			]);
			const after = await counts(partnershipId);
			expect(after.coordinators).toBeGreaterThanOrEqual(1);
			expect(after.members).toBeGreaterThanOrEqual(1);
		}
	});

	it('a coordinator leaving while the other is demoted always leaves one coordinator', async () => {
		for (let i = 0; i < 20; i++) {
			const { partnershipId, x, y, xUser } = await twoCoordinators();
			const [left] = await Promise.all([
				leaveWithHandover(db, { partnershipId, membershipId: x, actorId: xUser, successors: { all: null } }),
				changeMemberRole(db, { partnershipId, membershipId: y, role: 'member' })
			]);
			// Demoted first, x is the last coordinator and must name a successor.
			if (!left.ok) expect(left).toEqual({ ok: false, reason: 'missing-successor', gaps: ['next-coordinator'] });
			expect((await counts(partnershipId)).coordinators).toBeGreaterThanOrEqual(1);
		}
	});

	it('the last two coordinators leaving at once without a successor always leave one', async () => {
		for (let i = 0; i < 20; i++) {
			const { partnershipId, x, y, xUser, yUser } = await twoCoordinators();
			await Promise.all([
				leaveWithHandover(db, { partnershipId, membershipId: x, actorId: xUser, successors: { all: null } }),
				leaveWithHandover(db, { partnershipId, membershipId: y, actorId: yUser, successors: { all: null } })
			]);
			const after = await counts(partnershipId);
			expect(after.coordinators).toBeGreaterThanOrEqual(1);
			expect(after.members).toBeGreaterThanOrEqual(1);
		}
	});
});
