import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { accountTokens, users } from '$lib/server/db/schema';
import { sha256 } from '$lib/server/crypto';
import type { SendMail } from '$lib/server/mail';
import { mailLocale } from '$lib/mail-layout';
import { m } from '$lib/paraglide/messages.js';
import { loginRateLimited, mailRateLimited } from '$lib/labels';
import type { FieldErrors } from '$lib/forms';
import type { LoginInput, RegisterInput } from './auth.schema';
import { hashPassword, passwordProblem, verifyPassword } from './password.server';
import {
	forgetLoginFailures,
	loginSucceeded,
	MAX_PER_ACCOUNT,
	reserveLoginAttempt,
	takeSlots
} from './rate-limit.server';
import { consumeAccountToken, issueAccountToken, peekAccountToken } from './account-tokens.server';
import {
	accountExistsMail,
	confirmAddressMail,
	emailChangeConfirmMail,
	emailChangeNoticeMail,
	emailChangeTakenMail,
	passwordChangedMail,
	passwordResetMail
} from './account-mail';
import { endOtherSessions, type SessionUser } from './session.server';
import { hasSecondFactor } from './second-factor.server';
import { recordAccountEvent, type ClientInfo } from './account-events.server';

const publicUser = (u: typeof users.$inferSelect): SessionUser => ({
	id: u.id,
	email: u.email,
	name: u.name,
	locale: u.locale,
	emailConfirmed: u.emailVerifiedAt !== null
});

/**
 * Makes an account, or says the address is taken (for the demo and tests; people register through
 * `signUp`, which never tells). The password is hashed first either way, so both take as long.
 */
export async function registerUser(
	db: Db,
	input: RegisterInput,
	{ locale = 'nl', confirmed = false }: { locale?: string; confirmed?: boolean } = {}
): Promise<{ ok: true; user: SessionUser } | { ok: false; errors: FieldErrors } | { ok: false; reason: 'exists' }> {
	const problem = passwordProblem(input.password, input.email);
	if (problem) return { ok: false, errors: { password: problem } };
	const passwordHash = await hashPassword(input.password);
	const [user] = await db
		.insert(users)
		.values({
			email: input.email,
			name: input.name,
			passwordHash,
			locale,
			emailVerifiedAt: confirmed ? new Date() : null
		})
		.onConflictDoNothing({ target: users.email })
		.returning();
	if (!user) return { ok: false, reason: 'exists' };
	return { ok: true, user: publicUser(user) };
}

// Verifying against a fixed hash when the account does not exist keeps the timing the same.
let dummyHash: Promise<string> | undefined;

/** Why a login was refused; the route words it in the user's language and picks the status. */
export type LoginRefusal =
	{ ok: false; reason: 'rate-limited'; minutes: number } | { ok: false; reason: 'wrong-credentials' };

/**
 * Checks a login. `deviceToken` is the cookie of a browser that logged in before; on success the
 * answer carries the token to set (a new one when this browser was not known yet).
 */
export async function logIn(
	db: Db,
	input: LoginInput,
	client: ClientInfo,
	deviceToken: string | null = null
): Promise<{ ok: true; user: SessionUser; deviceToken: string | null; secondStep: boolean } | LoginRefusal> {
	const reserved = await reserveLoginAttempt(db, { email: input.email, ip: client.ip, deviceToken });
	if (!reserved.ok) return { ok: false, reason: 'rate-limited', minutes: reserved.minutes };
	const [user] = await db.select().from(users).where(eq(users.email, input.email));
	dummyHash ??= hashPassword('brugwerk-timing-equaliser');
	const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
	// A failure keeps its place in the count, and the owner sees it in the account's log.
	if (!user || !valid) {
		if (user) await recordAccountEvent(db, user.id, 'login-failed', client);
		return { ok: false, reason: 'wrong-credentials' };
	}
	const newDevice = await loginSucceeded(db, reserved.attempt, user.id);
	// With a second factor the login is not done yet: the second step records it (ADR 0015).
	const secondStep = await hasSecondFactor(db, user.id);
	if (!secondStep) await recordAccountEvent(db, user.id, 'login', client);
	return { ok: true, user: publicUser(user), deviceToken: newDevice, secondStep };
}

export async function setUserLocale(db: Db, userId: string, locale: string): Promise<void> {
	await db.update(users).set({ locale }).where(eq(users.id, userId));
}

export async function setUserName(db: Db, userId: string, name: string): Promise<void> {
	await db.update(users).set({ name }).where(eq(users.id, userId));
}

// ---------------------------------------------------------------------------------------------
// Mailed links: registration, password reset, change of address (issue 13). Every request that
// anyone can make answers the same whether or not the address has an account; the mail says what
// happened. Requests that send mail are limited per address and per IP, so nobody can flood an
// inbox from the form.

/** Where links point and how mail leaves (the domain never imports the mailer itself). */
export type MailContext = { origin: string; send: SendMail };

export const MAILS_PER_ADDRESS = 3;
export const MAILS_PER_IP = 10;

const mailSlots = (kind: string, email: string, ip: string): [string, number][] => [
	[`${kind}:${email.toLowerCase()}`, MAILS_PER_ADDRESS],
	[`${kind}-ip:${ip}`, MAILS_PER_IP]
];

async function mailUser(
	ctx: MailContext,
	user: { id: string; email: string; name: string },
	kind: string,
	content: { subject: string; text: string; html: string }
) {
	await ctx.send({ to: { name: user.name, address: user.email }, ...content, tag: { kind, userId: user.id } });
}

const base = (ctx: MailContext, user: { name: string; locale: string }) => ({
	locale: mailLocale(user.locale),
	name: user.name,
	origin: ctx.origin
});

const withNext = (link: string, next: string | null | undefined) =>
	next ? `${link}?next=${encodeURIComponent(next)}` : link;

export type MailRequestOutcome =
	{ ok: true } | { ok: false; reason: 'rate-limited'; minutes: number } | { ok: false; errors: FieldErrors };

/**
 * Registration as people meet it. A new address gets an account and a link to confirm it; an
 * address that has an account gets a mail saying so, with a way to log in or reset the password.
 * The form answers "check your mail" in both cases.
 */
export async function signUp(
	db: Db,
	input: RegisterInput,
	{ locale, client, next, ...ctx }: MailContext & { locale: string; client: ClientInfo; next?: string | null }
): Promise<MailRequestOutcome> {
	const problem = passwordProblem(input.password, input.email);
	if (problem) return { ok: false, errors: { password: problem } };
	const slots = await takeSlots(db, mailSlots('signup', input.email, client.ip));
	if (!slots.ok) return { ok: false, reason: 'rate-limited', minutes: slots.minutes };
	const made = await registerUser(db, input, { locale });
	if (made.ok) {
		const token = await issueAccountToken(db, { userId: made.user.id, purpose: 'email-confirm' });
		const link = withNext(`${ctx.origin}/e-mail-bevestigen/${token}`, next);
		await mailUser(ctx, made.user, 'email-confirm', confirmAddressMail({ ...base(ctx, made.user), link }));
		return { ok: true };
	}
	if ('errors' in made) return made;
	const [owner] = await db.select().from(users).where(eq(users.email, input.email));
	if (!owner) return { ok: true };
	if (owner.emailVerifiedAt === null) {
		// Registered before but never confirmed: a fresh link is what helps.
		const token = await issueAccountToken(db, { userId: owner.id, purpose: 'email-confirm' });
		const link = withNext(`${ctx.origin}/e-mail-bevestigen/${token}`, next);
		await mailUser(ctx, owner, 'email-confirm', confirmAddressMail({ ...base(ctx, owner), link }));
	} else await mailUser(ctx, owner, 'account-exists', accountExistsMail(base(ctx, owner)));
	return { ok: true };
}

/** A new confirmation link for a logged-in owner whose address is not confirmed yet. */
export async function resendConfirmation(
	db: Db,
	userId: string,
	{ client, next, ...ctx }: MailContext & { client: ClientInfo; next?: string | null }
): Promise<MailRequestOutcome> {
	const [user] = await db.select().from(users).where(eq(users.id, userId));
	if (!user || user.emailVerifiedAt !== null) return { ok: true };
	const slots = await takeSlots(db, mailSlots('confirm', user.email, client.ip));
	if (!slots.ok) return { ok: false, reason: 'rate-limited', minutes: slots.minutes };
	const token = await issueAccountToken(db, { userId, purpose: 'email-confirm' });
	const link = withNext(`${ctx.origin}/e-mail-bevestigen/${token}`, next);
	await mailUser(ctx, user, 'email-confirm', confirmAddressMail({ ...base(ctx, user), link }));
	return { ok: true };
}

/** "Wachtwoord vergeten": a link that works for an hour, only to an address that has an account. */
export async function requestPasswordReset(
	db: Db,
	email: string,
	{ client, ...ctx }: MailContext & { client: ClientInfo }
): Promise<MailRequestOutcome> {
	const slots = await takeSlots(db, mailSlots('reset', email, client.ip));
	if (!slots.ok) return { ok: false, reason: 'rate-limited', minutes: slots.minutes };
	const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
	if (!user) return { ok: true };
	const token = await issueAccountToken(db, { userId: user.id, purpose: 'password-reset' });
	const link = `${ctx.origin}/wachtwoord-herstellen/${token}`;
	await mailUser(ctx, user, 'password-reset', passwordResetMail({ ...base(ctx, user), link }));
	return { ok: true };
}

/** Whether a reset link still works, and for which address (the form shows it, so people know). */
export async function getPasswordResetLink(db: Db, token: string): Promise<{ email: string } | null> {
	const link = await peekAccountToken(db, token, 'password-reset');
	if (!link) return null;
	const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, link.userId));
	return user ?? null;
}

/**
 * Sets the new password behind a reset link. The link is used in the same transaction as the new
 * hash, so a refused password leaves it working and two parallel uses change it once. Every
 * session ends: whoever knew the old password is out. The address counts as confirmed, since the
 * owner just read a mail sent to it.
 */
export async function resetPassword(
	db: Db,
	{ token, password }: { token: string; password: string },
	client: ClientInfo
): Promise<{ ok: true } | { ok: false; reason: 'invalid-link' } | { ok: false; errors: FieldErrors }> {
	const link = await getPasswordResetLink(db, token);
	if (!link) return { ok: false, reason: 'invalid-link' };
	const problem = passwordProblem(password, link.email);
	if (problem) return { ok: false, errors: { password: problem } };
	const passwordHash = await hashPassword(password);
	const userId = await db.transaction(async (tx) => {
		const used = await consumeAccountToken(tx, token, 'password-reset');
		if (!used) return null;
		await tx
			.update(users)
			.set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
			.where(eq(users.id, used.userId));
		await endOtherSessions(tx, used.userId, null);
		return used.userId;
	});
	if (!userId) return { ok: false, reason: 'invalid-link' };
	await forgetLoginFailures(db, link.email);
	await recordAccountEvent(db, userId, 'password-reset', client);
	return { ok: true };
}

/** Checks the current password of a logged-in owner, counted like a login so it cannot be guessed. */
async function checkCurrentPassword(
	db: Db,
	user: typeof users.$inferSelect,
	password: string,
	client: ClientInfo
): Promise<string | null> {
	const slots = await takeSlots(db, [[`reauth:${user.id}`, MAX_PER_ACCOUNT]]);
	if (!slots.ok) return loginRateLimited(slots.minutes);
	if (await verifyPassword(user.passwordHash, password)) return null;
	await recordAccountEvent(db, user.id, 'login-failed', client);
	return m.err_current_password_wrong();
}

/** Changes the password after checking the current one; the owner's other sessions end. */
export async function changePassword(
	db: Db,
	{
		userId,
		sessionId,
		currentPassword,
		newPassword
	}: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
	{ client, ...ctx }: MailContext & { client: ClientInfo }
): Promise<{ ok: true; endedSessions: number } | { ok: false; errors: FieldErrors }> {
	const [user] = await db.select().from(users).where(eq(users.id, userId));
	if (!user) return { ok: false, errors: { form: m.err_current_password_wrong() } };
	const wrong = await checkCurrentPassword(db, user, currentPassword, client);
	if (wrong) return { ok: false, errors: { currentPassword: wrong } };
	const problem = passwordProblem(newPassword, user.email);
	if (problem) return { ok: false, errors: { newPassword: problem } };
	const passwordHash = await hashPassword(newPassword);
	await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
	const endedSessions = await endOtherSessions(db, userId, sessionId);
	await recordAccountEvent(db, userId, 'password-changed', client);
	await mailUser(ctx, user, 'password-changed', passwordChangedMail(base(ctx, user)));
	return { ok: true, endedSessions };
}

/**
 * Asks to move the account to another address: a link goes to the new address, and the old one is
 * told. Nothing changes until the link is followed. An address that already has an account gets a
 * mail saying so, and the form answers the same, so this cannot be used to test addresses.
 */
export async function requestEmailChange(
	db: Db,
	{ userId, password, newEmail }: { userId: string; password: string; newEmail: string },
	{ client, ...ctx }: MailContext & { client: ClientInfo }
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
	const [user] = await db.select().from(users).where(eq(users.id, userId));
	if (!user) return { ok: false, errors: { form: m.err_current_password_wrong() } };
	if (newEmail === user.email) return { ok: false, errors: { newEmail: m.err_email_same() } };
	const wrong = await checkCurrentPassword(db, user, password, client);
	if (wrong) return { ok: false, errors: { password: wrong } };
	const slots = await takeSlots(db, mailSlots('change', newEmail, client.ip));
	if (!slots.ok)
		return {
			ok: false,
			errors: {
				newEmail: mailRateLimited(slots.minutes)
			}
		};
	const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, newEmail));
	const to = { id: user.id, name: user.name, email: newEmail };
	if (taken) await mailUser(ctx, to, 'email-change-taken', emailChangeTakenMail(base(ctx, user)));
	else {
		const token = await issueAccountToken(db, { userId, purpose: 'email-change', newEmail });
		const link = `${ctx.origin}/e-mail-bevestigen/${token}`;
		await mailUser(ctx, to, 'email-change', emailChangeConfirmMail({ ...base(ctx, user), link }));
	}
	await mailUser(ctx, user, 'email-change-asked', emailChangeNoticeMail({ ...base(ctx, user), newEmail, done: false }));
	return { ok: true };
}

/** What a mailed confirmation link is for, while it works. */
export async function getConfirmationLink(
	db: Db,
	token: string
): Promise<{ purpose: 'email-confirm' | 'email-change'; email: string } | null> {
	for (const purpose of ['email-confirm', 'email-change'] as const) {
		const link = await peekAccountToken(db, token, purpose);
		if (!link) continue;
		const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, link.userId));
		if (user) return { purpose, email: link.newEmail ?? user.email };
	}
	return null;
}

export type ConfirmOutcome =
	| { ok: true; purpose: 'email-confirm' | 'email-change'; userId: string }
	| { ok: false; reason: 'invalid-link' | 'taken' };

/**
 * Follows a confirmation link: a new account's address is confirmed, or the account moves to the
 * new address (if no other account took it meanwhile) and the old address is told.
 */
export async function confirmEmail(
	db: Db,
	token: string,
	{ client, ...ctx }: MailContext & { client: ClientInfo }
): Promise<ConfirmOutcome> {
	const confirmed = await consumeAccountToken(db, token, 'email-confirm');
	if (confirmed) {
		await db
			.update(users)
			.set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
			.where(eq(users.id, confirmed.userId));
		await recordAccountEvent(db, confirmed.userId, 'email-confirmed', client);
		return { ok: true, purpose: 'email-confirm', userId: confirmed.userId };
	}
	const [before] = await db
		.select()
		.from(users)
		.innerJoin(accountTokens, eq(accountTokens.userId, users.id))
		.where(eq(accountTokens.id, sha256(token)));
	const change = await consumeAccountToken(db, token, 'email-change');
	if (!change || !change.newEmail || !before) return { ok: false, reason: 'invalid-link' };
	const moved = await db
		.update(users)
		.set({ email: change.newEmail, emailVerifiedAt: new Date() })
		.where(
			and(
				eq(users.id, change.userId),
				sql`not exists (select 1 from ${users} other where other.email = ${change.newEmail})`
			)
		)
		.returning({ id: users.id })
		.catch((e: unknown) => {
			// Another account took the address between the check and the update.
			if ((e as { code?: string }).code === '23505') return [];
			throw e;
		});
	if (moved.length === 0) return { ok: false, reason: 'taken' };
	await recordAccountEvent(db, change.userId, 'email-changed', client);
	const old = before.users;
	await mailUser(
		ctx,
		old,
		'email-changed',
		emailChangeNoticeMail({ ...base(ctx, old), newEmail: change.newEmail, done: true })
	);
	return { ok: true, purpose: 'email-change', userId: change.userId };
}
