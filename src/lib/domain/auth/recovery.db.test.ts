// Recovery and change of an account through mailed links (issue 13): every path tried as an
// attacker would — reuse, expiry, enumeration, a reset while logged in elsewhere.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { accountEvents, accountTokens, users } from '$lib/server/db/schema';
import { sha256 } from '$lib/server/crypto';
import type { Mail } from '$lib/server/mail';
import { acceptInvitation } from '$lib/domain/partnerships/invitation.server';
import { makeInvitation, makePartnership, makeUser, profile } from '../../../../tests/factories';
import {
	changePassword,
	confirmEmail,
	getConfirmationLink,
	logIn,
	MAILS_PER_ADDRESS,
	registerUser,
	requestEmailChange,
	requestPasswordReset,
	resetPassword,
	signUp
} from './accounts.server';
import { consumeAccountToken, issueAccountToken, peekAccountToken } from './account-tokens.server';
import { createSession, listSessions, validateSession } from './session.server';

const { db } = getTestDb();
const password = 'een lange zin als wachtwoord';
const newPassword = 'een andere lange zin om te onthouden';
const email = () => `${randomUUID()}@test.brugwerk`;
let ipCounter = 0;
const client = () => ({ ip: `10.77.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`, userAgent: 'vitest' });

/** A mailer that keeps what it would have sent. */
function outbox() {
	const sent: Mail[] = [];
	return { sent, ctx: { origin: 'https://brugwerk.test', send: async (mail: Mail) => void sent.push(mail) } };
}
/** The token at the end of the first link to `path` in a mail. */
const tokenIn = (mail: Mail, path: string) => {
	const found = mail.text.match(new RegExp(`${path}/([A-Za-z0-9_-]{43})`));
	if (!found) throw new Error(`no ${path} link in: ${mail.text}`);
	return found[1]!;
};
const eventsOf = async (userId: string) =>
	(await db.select({ kind: accountEvents.kind }).from(accountEvents).where(eq(accountEvents.userId, userId))).map(
		(e) => e.kind
	);

describe('account links', () => {
	it('stores only the hash, works once, and stops working when it expires', async () => {
		const user = await makeUser(db);
		const token = await issueAccountToken(db, { userId: user.id, purpose: 'password-reset' });
		const [row] = await db.select().from(accountTokens).where(eq(accountTokens.userId, user.id));
		expect(row!.id).toBe(sha256(token));
		expect(JSON.stringify(row)).not.toContain(token);
		expect(row!.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
		expect(row!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);
		expect(await consumeAccountToken(db, token, 'email-confirm')).toBeNull();
		expect(await consumeAccountToken(db, token, 'password-reset')).toMatchObject({ userId: user.id });
		expect(await consumeAccountToken(db, token, 'password-reset')).toBeNull();

		const old = await issueAccountToken(db, { userId: user.id, purpose: 'password-reset' });
		await db
			.update(accountTokens)
			.set({ expiresAt: sql`now() - interval '1 second'` })
			.where(eq(accountTokens.id, sha256(old)));
		expect(await peekAccountToken(db, old, 'password-reset')).toBeNull();
		expect(await consumeAccountToken(db, old, 'password-reset')).toBeNull();
	});

	it('a new link makes the earlier one stop working; of parallel uses exactly one wins', async () => {
		const user = await makeUser(db);
		const first = await issueAccountToken(db, { userId: user.id, purpose: 'password-reset' });
		const second = await issueAccountToken(db, { userId: user.id, purpose: 'password-reset' });
		expect(await peekAccountToken(db, first, 'password-reset')).toBeNull();
		const uses = await Promise.all(Array.from({ length: 10 }, () => consumeAccountToken(db, second, 'password-reset')));
		expect(uses.filter(Boolean)).toHaveLength(1);
	});
});

describe('forgot password', () => {
	it('answers the same for an unknown address and mails only an existing one', async () => {
		const user = await makeUser(db, { password });
		const { sent, ctx } = outbox();
		expect(await requestPasswordReset(db, `nobody-${user.email}`, { ...ctx, client: client() })).toEqual({ ok: true });
		expect(sent).toHaveLength(0);
		expect(await requestPasswordReset(db, user.email.toUpperCase(), { ...ctx, client: client() })).toEqual({
			ok: true
		});
		expect(sent).toHaveLength(1);
		expect(sent[0]!.to.address).toBe(user.email);
		expect(sent[0]!.text).toContain('https://brugwerk.test/wachtwoord-herstellen/');
	});

	it('is limited per address, whether or not it has an account, also under parallel requests', async () => {
		for (const address of [(await makeUser(db)).email, email()]) {
			const { sent, ctx } = outbox();
			const burst = await Promise.all(
				Array.from({ length: 20 }, () => requestPasswordReset(db, address, { ...ctx, client: client() }))
			);
			expect(burst.filter((r) => r.ok)).toHaveLength(MAILS_PER_ADDRESS);
			expect(burst.find((r) => !r.ok)).toMatchObject({ reason: 'rate-limited', minutes: expect.any(Number) });
			expect(sent.length).toBeLessThanOrEqual(MAILS_PER_ADDRESS);
		}
	});

	it('a new password ends every session, works once, and logs the reset', async () => {
		const user = await makeUser(db, { password });
		const elsewhere = await createSession(db, user.id);
		const here = await createSession(db, user.id);
		const { sent, ctx } = outbox();
		await requestPasswordReset(db, user.email, { ...ctx, client: client() });
		const token = tokenIn(sent[0]!, 'wachtwoord-herstellen');

		// A refused password leaves the link working.
		expect(await resetPassword(db, { token, password: 'password1' }, client())).toMatchObject({
			ok: false,
			errors: { password: expect.any(String) }
		});
		expect(await validateSession(db, elsewhere.token)).not.toBeNull();

		expect(await resetPassword(db, { token, password: newPassword }, client())).toEqual({ ok: true });
		expect(await validateSession(db, elsewhere.token)).toBeNull();
		expect(await validateSession(db, here.token)).toBeNull();
		expect(await resetPassword(db, { token, password: 'nog een heel ander wachtwoord' }, client())).toEqual({
			ok: false,
			reason: 'invalid-link'
		});
		expect((await logIn(db, { email: user.email, password }, client())).ok).toBe(false);
		expect((await logIn(db, { email: user.email, password: newPassword }, client())).ok).toBe(true);
		expect(await eventsOf(user.id)).toContain('password-reset');
	});

	it('a reset link of one account never changes another', async () => {
		const a = await makeUser(db, { password });
		const b = await makeUser(db, { password });
		const token = await issueAccountToken(db, { userId: a.id, purpose: 'password-reset' });
		await resetPassword(db, { token, password: newPassword }, client());
		expect((await logIn(db, { email: b.email, password }, client())).ok).toBe(true);
	});
});

describe('registration', () => {
	it('says "check your mail" either way; the mail says what happened', async () => {
		const { sent, ctx } = outbox();
		const address = email();
		const input = { name: 'Nora', email: address, password };
		expect(await signUp(db, input, { ...ctx, client: client(), locale: 'nl', next: '/uitnodiging/abc' })).toEqual({
			ok: true
		});
		expect(sent[0]!.subject).toMatch(/Bevestig/);
		expect(sent[0]!.text).toContain('/e-mail-bevestigen/');
		expect(sent[0]!.text).toContain('?next=%2Fuitnodiging%2Fabc');

		const existing = await makeUser(db, { password });
		expect(await signUp(db, { ...input, email: existing.email }, { ...ctx, client: client(), locale: 'nl' })).toEqual({
			ok: true
		});
		expect(sent[1]!.to.address).toBe(existing.email);
		expect(sent[1]!.subject).toMatch(/al een account/);
		expect(sent[1]!.text).not.toContain('/e-mail-bevestigen/');
		// The existing account's password did not change.
		expect((await logIn(db, { email: existing.email, password }, client())).ok).toBe(true);
	});

	it('an unconfirmed account cannot join until it follows the link', async () => {
		const { sent, ctx } = outbox();
		const address = email();
		await signUp(db, { name: 'Omar', email: address, password }, { ...ctx, client: client(), locale: 'nl' });
		const [account] = await db.select().from(users).where(eq(users.email, address));
		const { partnership, coordinator } = await makePartnership(db);
		const { token: invite } = await makeInvitation(db, {
			partnershipId: partnership.id,
			createdBy: coordinator.id,
			use: 'multiple'
		});
		expect(await acceptInvitation(db, { token: invite, userId: account!.id, profile })).toEqual({
			ok: false,
			status: 'unconfirmed'
		});
		const token = tokenIn(sent[0]!, 'e-mail-bevestigen');
		expect(await getConfirmationLink(db, token)).toEqual({ purpose: 'email-confirm', email: address });
		expect(await confirmEmail(db, token, { ...ctx, client: client() })).toMatchObject({ ok: true });
		expect(await confirmEmail(db, token, { ...ctx, client: client() })).toEqual({ ok: false, reason: 'invalid-link' });
		expect(await acceptInvitation(db, { token: invite, userId: account!.id, profile })).toMatchObject({ ok: true });
	});
});

describe('changing the password and the address', () => {
	it('a new password needs the current one and ends the other sessions only', async () => {
		const user = await makeUser(db, { password });
		const other = await createSession(db, user.id);
		const mine = await createSession(db, user.id);
		const mineId = sha256(mine.token);
		const { sent, ctx } = outbox();
		const wrong = await changePassword(
			db,
			{ userId: user.id, sessionId: mineId, currentPassword: 'niet mijn wachtwoord', newPassword },
			{ ...ctx, client: client() }
		);
		expect(wrong).toMatchObject({ ok: false, errors: { currentPassword: expect.any(String) } });
		expect(await validateSession(db, other.token)).not.toBeNull();

		const done = await changePassword(
			db,
			{ userId: user.id, sessionId: mineId, currentPassword: password, newPassword },
			{ ...ctx, client: client() }
		);
		expect(done).toEqual({ ok: true, endedSessions: 1 });
		expect(await validateSession(db, other.token)).toBeNull();
		expect(await validateSession(db, mine.token)).not.toBeNull();
		expect((await listSessions(db, user.id)).map((s) => s.id)).toEqual([mineId]);
		expect(sent.map((m) => m.tag.kind)).toEqual(['password-changed']);
		expect(await eventsOf(user.id)).toEqual(expect.arrayContaining(['login-failed', 'password-changed']));
	});

	it('guessing the current password is limited', async () => {
		const user = await makeUser(db, { password });
		const { ctx } = outbox();
		const tries = [];
		for (let i = 0; i < 7; i++)
			tries.push(
				await changePassword(
					db,
					{ userId: user.id, sessionId: 'x', currentPassword: `gok ${i}`, newPassword },
					{ ...ctx, client: client() }
				)
			);
		const last = tries.at(-1)!;
		expect(last.ok).toBe(false);
		expect(!last.ok && last.errors.currentPassword).toMatch(/Wacht/);
	});

	it('a new address changes only after its link, and the old address is told twice', async () => {
		const user = await makeUser(db, { password });
		const newEmail = email();
		const { sent, ctx } = outbox();
		expect(
			await requestEmailChange(db, { userId: user.id, password: 'fout', newEmail }, { ...ctx, client: client() })
		).toMatchObject({ ok: false, errors: { password: expect.any(String) } });
		expect(await requestEmailChange(db, { userId: user.id, password, newEmail }, { ...ctx, client: client() })).toEqual(
			{ ok: true }
		);
		expect(sent.map((m) => [m.to.address, m.tag.kind])).toEqual([
			[newEmail, 'email-change'],
			[user.email, 'email-change-asked']
		]);
		const [before] = await db.select({ email: users.email }).from(users).where(eq(users.id, user.id));
		expect(before!.email).toBe(user.email);

		const token = tokenIn(sent[0]!, 'e-mail-bevestigen');
		expect(await confirmEmail(db, token, { ...ctx, client: client() })).toMatchObject({
			ok: true,
			purpose: 'email-change'
		});
		const [after] = await db.select({ email: users.email }).from(users).where(eq(users.id, user.id));
		expect(after!.email).toBe(newEmail);
		expect(sent.at(-1)).toMatchObject({ to: { address: user.email }, tag: { kind: 'email-changed' } });
		expect((await logIn(db, { email: newEmail, password }, client())).ok).toBe(true);
	});

	it('an address that has an account is not taken over, and the form does not tell', async () => {
		const user = await makeUser(db, { password });
		const other = await makeUser(db);
		const { sent, ctx } = outbox();
		expect(
			await requestEmailChange(db, { userId: user.id, password, newEmail: other.email }, { ...ctx, client: client() })
		).toEqual({ ok: true });
		expect(sent[0]).toMatchObject({ to: { address: other.email }, tag: { kind: 'email-change-taken' } });
		expect(sent[0]!.text).not.toContain('/e-mail-bevestigen/');

		// Taken between the request and the confirmation: refused, nothing changes.
		const free = email();
		await requestEmailChange(db, { userId: user.id, password, newEmail: free }, { ...ctx, client: client() });
		const token = tokenIn(
			sent.find((m) => m.to.address === free)!,
			'e-mail-bevestigen'
		);
		await registerUser(db, { name: 'Snel', email: free, password });
		expect(await confirmEmail(db, token, { ...ctx, client: client() })).toEqual({ ok: false, reason: 'taken' });
		const [after] = await db.select({ email: users.email }).from(users).where(eq(users.id, user.id));
		expect(after!.email).toBe(user.email);
	});
});
