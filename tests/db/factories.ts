// Small builders for database tests: every call makes fresh, unique rows.
import { randomUUID } from 'node:crypto';
import type { Db } from '$lib/server/db/client';
import { users } from '$lib/server/db/schema';
import { createPartnership } from '$lib/domain/partnerships/partnership.server';
import type { MemberProfile } from '$lib/domain/partnerships/partnership.schema';

export const profile: MemberProfile = {
	organisationName: 'Basisschool De Linde',
	organisationType: 'school',
	function: 'zorgcoordinator'
};

export async function makeUser(db: Db, name = 'Test Gebruiker') {
	const [user] = await db
		.insert(users)
		// A fixed dummy hash: these users never log in through the password path.
		.values({ email: `${randomUUID()}@test.brugwerk`, name, passwordHash: 'x' })
		.returning();
	return user!;
}

export async function makePartnership(db: Db, coordinatorName = 'Coördinator') {
	const coordinator = await makeUser(db, coordinatorName);
	const partnership = await createPartnership(db, {
		userId: coordinator.id,
		input: { name: `Samenwerking ${randomUUID().slice(0, 8)}`, region: 'Gent', description: '', ...profile }
	});
	return { coordinator, partnership };
}

/** A partnership with a coordinator and one invited member (role `member` unless given). */
export async function makeTeam(db: Db, role: 'member' | 'observer' = 'member') {
	const { coordinator, partnership } = await makePartnership(db);
	const member = await makeUser(db, 'Partner');
	const { memberships } = await import('$lib/server/db/schema');
	const [membership] = await db
		.insert(memberships)
		.values({ partnershipId: partnership.id, userId: member.id, role, organisationName: 'CLB Test', organisationType: 'clb', function: 'clb_medewerker' })
		.returning();
	return { coordinator, partnership, member, membership: membership! };
}
