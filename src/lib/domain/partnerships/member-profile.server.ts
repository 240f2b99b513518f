import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { memberships } from '$lib/server/db/schema';
import { linkNewMemberToOrganisation } from '$lib/domain/organisations/organisation.server';
import type { MemberProfile } from './partnership.schema';
import { findMember, profileValues } from './partnership.server';

export type MemberProfileResult = { ok: true } | { ok: false; reason: 'not-found' };

/**
 * A member's organisation and function in the partnership (who may change them is the route's
 * canOn). A member who names another organisation leaves the directory's old one and is linked to
 * the one of the new name, if the directory has it, as on joining.
 */
export async function updateMemberProfile(
	db: Db,
	{ partnershipId, membershipId, profile }: { partnershipId: string; membershipId: string; profile: MemberProfile }
): Promise<MemberProfileResult> {
	return db.transaction(async (tx) => {
		const member = await findMember(tx, partnershipId, membershipId);
		if (!member) return { ok: false, reason: 'not-found' } as const;
		const renamed = member.organisationName.trim().toLowerCase() !== profile.organisationName.trim().toLowerCase();
		await tx
			.update(memberships)
			.set({ ...profileValues(profile), ...(renamed ? { organisationId: sql`null` } : {}) })
			.where(and(eq(memberships.partnershipId, partnershipId), eq(memberships.id, membershipId)));
		if (renamed)
			await linkNewMemberToOrganisation(tx, {
				partnershipId,
				membershipId,
				organisationName: profile.organisationName
			});
		return { ok: true } as const;
	});
}
