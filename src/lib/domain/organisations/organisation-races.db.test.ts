// Two requests at the same moment: the database decides, never a check-then-write. Each pair runs
// in parallel on its own pool connections (every db.transaction takes its own client).
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeInvitation, makePartnership, makeUser, profile } from '../../../../tests/factories';
import { invitations, memberships, organisations } from '$lib/server/db/schema';
import { acceptInvitation } from '$lib/domain/partnerships/invitation.server';
import type { OrganisationInput } from './organisation.schema';
import { createOrganisation, updateOrganisation } from './organisation.server';

const { db } = getTestDb();
const ROUNDS = 20;

const input = (name: string): OrganisationInput => ({
	name,
	type: 'caw',
	typeOther: '',
	sector: 'welfare',
	level: 'meso',
	contactPerson: '',
	reachability: '',
	expertise: [],
	expertiseOther: '',
	description: '',
	members: []
});

async function namesIn(partnershipId: string) {
	return db
		.select({ name: organisations.name })
		.from(organisations)
		.where(eq(organisations.partnershipId, partnershipId));
}

describe('races on unique names and invitation use', () => {
	it('creating "Name" and "NAME " at once: exactly one organisation, the other is told the name is taken', async () => {
		for (let round = 0; round < ROUNDS; round++) {
			const { partnership } = await makePartnership(db);
			const results = await Promise.all([
				createOrganisation(db, { partnershipId: partnership.id, input: input('Name') }),
				createOrganisation(db, { partnershipId: partnership.id, input: input('NAME ') })
			]);
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'name-taken' }]);
			expect(await namesIn(partnership.id)).toHaveLength(1);
		}
	});

	it('renaming two organisations onto the same name at once: one is renamed, the other is told the name is taken', async () => {
		for (let round = 0; round < ROUNDS; round++) {
			const { partnership } = await makePartnership(db);
			const a = await createOrganisation(db, { partnershipId: partnership.id, input: input('Eerste') });
			const b = await createOrganisation(db, { partnershipId: partnership.id, input: input('Tweede') });
			if (!a.ok || !b.ok) throw new Error('setup');
			const results = await Promise.all([
				updateOrganisation(db, {
					partnershipId: partnership.id,
					organisationId: a.id,
					version: 1,
					input: input('Samen')
				}),
				updateOrganisation(db, {
					partnershipId: partnership.id,
					organisationId: b.id,
					version: 1,
					input: input('  SAMEN ')
				})
			]);
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'name-taken' }]);
			const names = (await namesIn(partnership.id)).map((r) => r.name.trim().toLowerCase()).sort();
			expect(names.filter((n) => n === 'samen')).toHaveLength(1);
		}
	});

	it('two people accepting one single-use invitation at once: exactly one joins and it is used once', async () => {
		for (let round = 0; round < ROUNDS; round++) {
			const { partnership, coordinator } = await makePartnership(db);
			const { token } = await makeInvitation(db, { partnershipId: partnership.id, createdBy: coordinator.id });
			const [first, second] = await Promise.all([makeUser(db), makeUser(db)]);
			const results = await Promise.all(
				[first!, second!].map((u) => acceptInvitation(db, { token, userId: u.id, profile }))
			);
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, status: 'used' }]);
			const [joined] = await db
				.select({ n: sql<number>`count(*)::int` })
				.from(memberships)
				.where(
					and(
						eq(memberships.partnershipId, partnership.id),
						sql`${memberships.userId} in (${first!.id}, ${second!.id})`
					)
				);
			expect(joined!.n).toBe(1);
			const [inv] = await db
				.select({ useCount: invitations.useCount })
				.from(invitations)
				.where(eq(invitations.partnershipId, partnership.id));
			expect(inv!.useCount).toBe(1);
		}
	});
});
