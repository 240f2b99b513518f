// Deleting one's own account (docs/decisions/0022-account-deletion-and-calendar-feed.md). The users
// row stays, so what someone wrote for a partnership keeps its author ("voormalig lid"); name,
// address and every credential go. Refused while the person is a member of a partnership, so no
// case, agreement or role becomes ownerless: they leave (with a handover) first.
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import {
	accountEvents,
	accountTokens,
	authChallenges,
	calendarFeeds,
	knownDevices,
	loginFailures,
	memberships,
	partnerships,
	passkeys,
	recoveryCodes,
	reminderPreferences,
	sessions,
	users
} from '$lib/server/db/schema';
import { m } from '$lib/paraglide/messages.js';
import type { FieldErrors } from '$lib/forms';
import { mailLocale } from '$lib/mail-layout';
import { verifyPassword } from './password.server';
import { takeSlots, MAX_PER_ACCOUNT } from './rate-limit.server';
import { loginRateLimited } from '$lib/labels';
import { recordAccountEvent, type ClientInfo } from './account-events.server';
import { accountDeletedMail } from './account-mail';
import type { MailContext } from './accounts.server';

/** The partnerships someone still belongs to: each must be left before the account can go. */
export async function listBlockingPartnerships(db: Executor, userId: string) {
	return db
		.select({ id: partnerships.id, name: partnerships.name })
		.from(memberships)
		.innerJoin(partnerships, eq(partnerships.id, memberships.partnershipId))
		.where(eq(memberships.userId, userId))
		.orderBy(partnerships.name);
}

/** The address a deleted account gets: unique, and never delivered (`.invalid`, RFC 2606). */
export const deletedEmail = (userId: string) => `deleted-${userId}@invalid`;

export type DeleteAccountOutcome =
	| { ok: true }
	| { ok: false; reason: 'still-member'; partnerships: { id: string; name: string }[] }
	| { ok: false; reason: 'invalid'; errors: FieldErrors };

/**
 * Deletes the account after checking the password: in one transaction the row is anonymised and
 * every session, passkey, code, token, device, feed, preference and event of it is removed. The old
 * address then gets a short confirmation.
 */
export async function deleteAccount(
	db: Db,
	{ userId, password }: { userId: string; password: string },
	{ client, ...ctx }: MailContext & { client: ClientInfo }
): Promise<DeleteAccountOutcome> {
	const [user] = await db.select().from(users).where(eq(users.id, userId));
	if (!user || user.deletedAt)
		return { ok: false, reason: 'invalid', errors: { form: m.err_current_password_wrong() } };
	const slots = await takeSlots(db, [[`reauth:${user.id}`, MAX_PER_ACCOUNT]]);
	if (!slots.ok) return { ok: false, reason: 'invalid', errors: { password: loginRateLimited(slots.minutes) } };
	if (!(await verifyPassword(user.passwordHash, password))) {
		await recordAccountEvent(db, user.id, 'login-failed', client);
		return { ok: false, reason: 'invalid', errors: { password: m.err_current_password_wrong() } };
	}
	const outcome = await db.transaction(async (tx): Promise<DeleteAccountOutcome> => {
		// Locks the row: a join to a partnership in the meantime waits, and is then seen here.
		await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
		const blocking = await listBlockingPartnerships(tx, userId);
		if (blocking.length) return { ok: false, reason: 'still-member', partnerships: blocking };
		const devices = await tx.select({ id: knownDevices.id }).from(knownDevices).where(eq(knownDevices.userId, userId));
		await tx.delete(loginFailures).where(
			or(
				eq(loginFailures.key, `account:${user.email}`),
				devices.length
					? inArray(
							loginFailures.key,
							devices.map((d) => `device:${d.id}`)
						)
					: undefined
			)
		);
		for (const table of [
			sessions,
			passkeys,
			recoveryCodes,
			accountTokens,
			knownDevices,
			calendarFeeds,
			reminderPreferences,
			accountEvents,
			authChallenges
		])
			await tx.delete(table).where(eq(table.userId, userId));
		await tx
			.update(users)
			.set({
				deletedAt: new Date(),
				name: '',
				email: deletedEmail(userId),
				// Not a hash any password gives: no login can match it.
				passwordHash: '!deleted',
				totpSecret: null,
				totpLastStep: null,
				emailVerifiedAt: null
			})
			.where(and(eq(users.id, userId)));
		return { ok: true };
	});
	if (!outcome.ok) return outcome;
	const locale = mailLocale(user.locale);
	const content = accountDeletedMail({ locale, name: user.name, origin: ctx.origin });
	await ctx.send({
		to: { name: user.name, address: user.email },
		...content,
		tag: { kind: 'account-deleted', userId: user.id }
	});
	return { ok: true };
}
