import { and, count, desc, eq, gt, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { invitations, memberships, partnerships, users } from '$lib/server/db/schema';
import { newToken, sha256 } from '$lib/server/crypto';
import type { SendMail } from '$lib/server/mail';
import type { MailLocale } from '$lib/mail-layout';
import type { InvitationInput, MailInvitationInput, MemberProfile } from './partnership.schema';
import { invitationMail } from './invitation-mail';
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

/** The path of an invitation's link; the token is in it, so it is only shown to whoever made it. */
export const invitationPath = (token: string) => `/uitnodiging/${token}`;

/**
 * The links `createdBy` made in this visit, from the tokens the form posts back, newest first. A
 * token of another partnership or another person is left out; the status is today's.
 */
export async function listMadeLinks(
	db: Db,
	{ partnershipId, createdBy, tokens }: { partnershipId: string; createdBy: string; tokens: string[] }
) {
	if (tokens.length === 0) return [];
	const byHash = new Map(tokens.map((t) => [sha256(t), t]));
	const rows = await db
		.select()
		.from(invitations)
		.where(
			and(
				eq(invitations.partnershipId, partnershipId),
				eq(invitations.createdBy, createdBy),
				inArray(invitations.tokenHash, [...byHash.keys()])
			)
		)
		.orderBy(desc(invitations.createdAt), desc(invitations.id));
	return rows.map((inv) => ({
		token: byHash.get(inv.tokenHash)!,
		role: inv.role,
		singleUse: inv.singleUse,
		expiresAt: inv.expiresAt,
		status: invitationStatus(inv)
	}));
}

/** Mailed invitations a partnership may send in a day: enough for any team, too few for spam. */
export const MAILED_INVITATIONS_PER_DAY = 100;

/** Where the links in an invitation mail point, how it leaves, and the inviter's language. */
export type InvitationMailContext = { origin: string; send: SendMail; locale: MailLocale };

export type MailInvitationsResult =
	| { ok: true; sent: string[]; failed: { email: string; error: unknown }[] }
	| { ok: false; reason: 'taken'; open: string[]; members: string[] }
	| { ok: false; reason: 'rate-limited'; max: number };

/**
 * Each address gets its own single-use link by mail, stored with the address. Nothing is sent when
 * one address already has an open invitation or belongs to a member, or when the partnership's
 * daily number would be passed: the coordinator fixes the list and sends again.
 */
export async function mailInvitations(
	db: Db,
	{
		partnershipId,
		createdBy,
		input,
		mail
	}: { partnershipId: string; createdBy: string; input: MailInvitationInput; mail: InvitationMailContext }
): Promise<MailInvitationsResult> {
	const planned = await db.transaction(async (tx) => {
		// One submit at a time per partnership: two coordinators mailing one address at the same
		// moment cannot both pass the check.
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`invitation-mail:${partnershipId}`}))`);
		const now = new Date();
		const open = await tx
			.selectDistinct({ email: invitations.email })
			.from(invitations)
			.where(
				and(
					eq(invitations.partnershipId, partnershipId),
					inArray(sql`lower(${invitations.email})`, input.emails),
					isNull(invitations.revokedAt),
					gt(invitations.expiresAt, now),
					or(eq(invitations.singleUse, false), lt(invitations.useCount, 1))
				)
			);
		const members = await tx
			.select({ email: users.email })
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId))
			.where(and(eq(memberships.partnershipId, partnershipId), inArray(sql`lower(${users.email})`, input.emails)));
		if (open.length > 0 || members.length > 0)
			return {
				ok: false,
				reason: 'taken',
				open: open.map((r) => r.email!.toLowerCase()).sort(),
				members: members.map((r) => r.email.toLowerCase()).sort()
			} as const;
		const [sentToday] = await tx
			.select({ n: count() })
			.from(invitations)
			.where(
				and(
					eq(invitations.partnershipId, partnershipId),
					isNotNull(invitations.email),
					gt(invitations.createdAt, new Date(now.getTime() - 24 * 60 * 60 * 1000))
				)
			);
		if ((sentToday?.n ?? 0) + input.emails.length > MAILED_INVITATIONS_PER_DAY)
			return { ok: false, reason: 'rate-limited', max: MAILED_INVITATIONS_PER_DAY } as const;
		const [partnership] = await tx
			.select({ name: partnerships.name })
			.from(partnerships)
			.where(eq(partnerships.id, partnershipId));
		const [inviter] = await tx.select({ name: users.name }).from(users).where(eq(users.id, createdBy));
		const expiresAt = new Date(now.getTime() + input.expiresInDays * 24 * 60 * 60 * 1000);
		const links = input.emails.map((email) => ({ email, token: newToken() }));
		const rows = await tx
			.insert(invitations)
			.values(
				links.map(({ email, token }) => ({
					partnershipId,
					createdBy,
					tokenHash: sha256(token),
					role: input.role,
					singleUse: true,
					expiresAt,
					email
				}))
			)
			.returning({ id: invitations.id, email: invitations.email });
		const idOf = new Map(rows.map((r) => [r.email, r.id]));
		return {
			ok: true,
			partnershipName: partnership!.name,
			inviterName: inviter!.name,
			expiresAt,
			links: links.map((l) => ({ ...l, id: idOf.get(l.email)! }))
		} as const;
	});
	if (!planned.ok) return planned;
	// Sent after the commit, so a mail never carries a link that does not exist. A link whose mail
	// could not leave is revoked: no invitation stays open that nobody received.
	const sent: string[] = [];
	const failed: { email: string; error: unknown }[] = [];
	for (const { email, token, id } of planned.links) {
		const content = invitationMail({
			locale: mail.locale,
			origin: mail.origin,
			partnershipName: planned.partnershipName,
			inviterName: planned.inviterName,
			role: input.role,
			link: `${mail.origin}${invitationPath(token)}`,
			expiresAt: planned.expiresAt
		});
		try {
			await mail.send({ to: { name: '', address: email }, ...content, tag: { kind: 'invitation' } });
			sent.push(email);
		} catch (error) {
			failed.push({ email, error });
			await revokeInvitation(db, { partnershipId, invitationId: id });
		}
	}
	return { ok: true, sent, failed };
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
