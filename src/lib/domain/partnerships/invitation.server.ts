import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { invitations, memberships, partnerships, users } from '$lib/server/db/schema';
import { newToken, sha256 } from '$lib/server/crypto';
import type { InvitationInput, MemberProfile } from './partnership.schema';
import { profileValues } from './partnership.server';
import { linkNewMemberToOrganisation } from '$lib/domain/organisations/organisation.server';

export type InvitationStatus = 'valid' | 'expired' | 'revoked' | 'used';
type Invitation = typeof invitations.$inferSelect;

export function invitationStatus(inv: Invitation, now = new Date()): InvitationStatus {
	if (inv.revokedAt) return 'revoked';
	if (inv.singleUse && inv.useCount >= 1) return 'used';
	if (inv.expiresAt <= now) return 'expired';
	return 'valid';
}

/** Returns the token for the link; only its hash is stored, so the link is shown once. */
export async function createInvitation(
	db: Db,
	{ partnershipId, createdBy, input }: { partnershipId: string; createdBy: string; input: InvitationInput }
): Promise<{ token: string; invitation: Invitation }> {
	const token = newToken();
	const [invitation] = await db
		.insert(invitations)
		.values({
			partnershipId,
			createdBy,
			tokenHash: sha256(token),
			role: input.role,
			singleUse: input.use === 'single',
			expiresAt: new Date(Date.now() + input.expiresInDays * 24 * 60 * 60 * 1000)
		})
		.returning();
	return { token, invitation: invitation! };
}

export async function listInvitations(db: Db, partnershipId: string) {
	const rows = await db
		.select()
		.from(invitations)
		.where(eq(invitations.partnershipId, partnershipId))
		.orderBy(desc(invitations.createdAt));
	return rows.map((inv) => ({ ...inv, status: invitationStatus(inv) }));
}

export async function revokeInvitation(
	db: Db,
	{ partnershipId, invitationId }: { partnershipId: string; invitationId: string }
): Promise<boolean> {
	const rows = await db
		.update(invitations)
		.set({ revokedAt: new Date() })
		.where(and(eq(invitations.partnershipId, partnershipId), eq(invitations.id, invitationId)))
		.returning({ id: invitations.id });
	return rows.length > 0;
}

/** What the join page shows: the partnership's name and whether the link still works. */
export async function getInvitationByToken(db: Db, token: string) {
	const [row] = await db
		.select({
			invitation: invitations,
			partnership: { id: partnerships.id, name: partnerships.name, region: partnerships.region }
		})
		.from(invitations)
		.innerJoin(partnerships, eq(partnerships.id, invitations.partnershipId))
		.where(eq(invitations.tokenHash, sha256(token)));
	if (!row) return null;
	return { ...row, status: invitationStatus(row.invitation) };
}

export type AcceptResult =
	| { ok: true; partnershipId: string; alreadyMember: boolean }
	| { ok: false; status: Exclude<InvitationStatus, 'valid'> | 'unknown' | 'unconfirmed' };

/**
 * Joins with the invitation's role. The row lock makes a single-use link work exactly once. Only an
 * account whose address is confirmed can join: a partnership's members are people who read their mail.
 */
export async function acceptInvitation(
	db: Db,
	{ token, userId, profile }: { token: string; userId: string; profile: MemberProfile }
): Promise<AcceptResult> {
	return db.transaction(async (tx) => {
		const [inv] = await tx
			.select()
			.from(invitations)
			.where(eq(invitations.tokenHash, sha256(token)))
			.for('update');
		if (!inv) return { ok: false, status: 'unknown' } as const;
		const [existing] = await tx
			.select({ id: memberships.id })
			.from(memberships)
			.where(and(eq(memberships.partnershipId, inv.partnershipId), eq(memberships.userId, userId)));
		if (existing) return { ok: true, partnershipId: inv.partnershipId, alreadyMember: true } as const;
		const status = invitationStatus(inv);
		if (status !== 'valid') return { ok: false, status } as const;
		const [account] = await tx.select({ confirmed: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
		if (!account?.confirmed) return { ok: false, status: 'unconfirmed' } as const;
		const [membership] = await tx
			.insert(memberships)
			.values({ partnershipId: inv.partnershipId, userId, role: inv.role, ...profileValues(profile) })
			.returning({ id: memberships.id });
		// Named an organisation of the directory: linked to it at once.
		await linkNewMemberToOrganisation(tx, {
			partnershipId: inv.partnershipId,
			membershipId: membership!.id,
			organisationName: profile.organisationName
		});
		await tx
			.update(invitations)
			.set({ useCount: sql`${invitations.useCount} + 1` })
			.where(eq(invitations.id, inv.id));
		return { ok: true, partnershipId: inv.partnershipId, alreadyMember: false } as const;
	});
}
