import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeOrganisation, makeTeam } from '../../../../tests/factories';
import { memberships } from '$lib/server/db/schema';
import { updateMemberProfile } from './member-profile.server';
import type { MemberProfile } from './partnership.schema';

const { db } = getTestDb();

const profile = (p: Partial<MemberProfile>): MemberProfile => ({
	organisationName: 'CAW Oost-Vlaanderen',
	organisationType: 'caw',
	function: 'welzijnswerker',
	...p
});

describe('a member’s own details', () => {
	it('changes the function and keeps the organisation link while the name stays', async () => {
		const { partnership, membership } = await makeTeam(db);
		const org = await makeOrganisation(db, { partnershipId: partnership.id, name: 'CAW Oost-Vlaanderen' });
		const scope = { partnershipId: partnership.id, membershipId: membership.id };
		await updateMemberProfile(db, { ...scope, profile: profile({}) });
		expect(
			await updateMemberProfile(db, { ...scope, profile: profile({ function: 'other', functionOther: 'Brugfiguur' }) })
		).toEqual({ ok: true });
		const [row] = await db.select().from(memberships).where(eq(memberships.id, membership.id));
		expect(row).toMatchObject({ function: 'other', functionOther: 'Brugfiguur', organisationId: org.id });
	});

	it('links a new organisation name to the directory’s, or to none', async () => {
		const { partnership, membership } = await makeTeam(db);
		const clb = await makeOrganisation(db, { partnershipId: partnership.id, name: 'Vrij CLB Gent', type: 'clb' });
		const scope = { partnershipId: partnership.id, membershipId: membership.id };
		await updateMemberProfile(db, {
			...scope,
			profile: profile({ organisationName: 'vrij clb gent', organisationType: 'clb' })
		});
		let [row] = await db.select().from(memberships).where(eq(memberships.id, membership.id));
		expect(row?.organisationId).toBe(clb.id);
		await updateMemberProfile(db, { ...scope, profile: profile({ organisationName: 'Nieuwe vzw' }) });
		[row] = await db.select().from(memberships).where(eq(memberships.id, membership.id));
		expect(row).toMatchObject({ organisationName: 'Nieuwe vzw', organisationId: null });
	});

	it('is not found in another partnership', async () => {
		const { membership } = await makeTeam(db);
		const other = await makeTeam(db);
		expect(
			await updateMemberProfile(db, {
				partnershipId: other.partnership.id,
				membershipId: membership.id,
				profile: profile({})
			})
		).toEqual({ ok: false, reason: 'not-found' });
	});
});
