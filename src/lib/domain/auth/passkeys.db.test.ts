import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import { getTestDb } from '../../../../tests/db/db';
import { makePasskey, makeUser, type TestUser } from '../../../../tests/factories';
import {
	authenticationAnswer,
	registrationAnswer,
	softAuthenticator,
	type SoftAuthenticator
} from '../../../../tests/soft-authenticator';
import { accountEvents, authChallenges, passkeys } from '$lib/server/db/schema';
import { sha256 } from '$lib/server/crypto';
import { addPasskeyBodySchema } from './passkeys.schema';
import {
	addPasskey,
	listPasskeys,
	logInWithPasskey,
	MAX_PASSKEY_FAILURES_PER_IP,
	relyingPartyOf,
	removePasskey,
	renamePasskey,
	startPasskeyLogin,
	startPasskeyRegistration,
	userHandleOf,
	verifyPasskeyLogin
} from './passkeys.server';

const { db } = getTestDb();
const rp = relyingPartyOf(new URL('https://brugwerk.test/account/passkeys'));
const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
const client = (ip = '10.20.0.1') => ({ ip, userAgent: chrome });

const person = () => makeUser(db, { name: 'Passkey Persoon', email: `${randomUUID()}@test.brugwerk` });
const asSessionUser = (u: TestUser) => ({ id: u.id, email: u.email, name: u.name });

async function eventsOf(userId: string) {
	const rows = await db
		.select({ kind: accountEvents.kind })
		.from(accountEvents)
		.where(eq(accountEvents.userId, userId));
	return rows.map((r) => r.kind);
}

/** A passkey of `user` made with a software authenticator, through the real options and checks. */
async function registered(user: TestUser, name = '') {
	return (await makePasskey(db, { user, origin: rp.origin, name })).auth;
}

/** A signed login answer for `auth` to a fresh challenge (for `userId`: the second login step). */
async function loginAttempt(
	auth: SoftAuthenticator,
	counter: number,
	options: { userId?: string; owner?: string } = {}
) {
	const { options: opts, challengeToken } = await startPasskeyLogin(db, { rp, userId: options.userId });
	const response = authenticationAnswer(auth, {
		challenge: opts.challenge,
		...rp,
		counter,
		userHandle: options.owner ? isoBase64URL.fromBuffer(userHandleOf(options.owner)) : undefined
	});
	return { response, challengeToken, options: opts };
}

describe('adding a passkey', () => {
	it('asks for a discoverable, verified passkey for this site, and saves it with a name from the browser', async () => {
		const user = await person();
		const started = await startPasskeyRegistration(db, { user: asSessionUser(user), rp });
		if (!started.ok) throw new Error('refused');
		expect(started.options.rp).toEqual({ name: 'Brugwerk', id: 'brugwerk.test' });
		expect(started.options.authenticatorSelection).toMatchObject({
			residentKey: 'required',
			userVerification: 'required'
		});
		expect(started.options.user.id).toBe(isoBase64URL.fromBuffer(userHandleOf(user.id)));
		// Only a hash of the cookie's token is stored.
		const [stored] = await db
			.select()
			.from(authChallenges)
			.where(eq(authChallenges.id, sha256(started.challengeToken)));
		expect(stored).toMatchObject({ userId: user.id, purpose: 'register', challenge: started.options.challenge });

		const auth = softAuthenticator();
		const body = addPasskeyBodySchema.parse({
			response: registrationAnswer(auth, { challenge: started.options.challenge, ...rp })
		});
		const added = await addPasskey(db, {
			userId: user.id,
			body,
			challengeToken: started.challengeToken,
			rp,
			client: client()
		});
		expect(added).toMatchObject({
			ok: true,
			passkey: { id: auth.id, name: expect.stringMatching(/^Chrome op Linux, /) }
		});
		expect(await listPasskeys(db, user.id)).toEqual([
			expect.objectContaining({ id: auth.id, lastUsedAt: null, createdAt: expect.any(Date) })
		]);
		expect(await eventsOf(user.id)).toEqual(['passkey-added']);
		// The next registration excludes it, so the same authenticator is not added twice.
		const again = await startPasskeyRegistration(db, { user: asSessionUser(user), rp });
		expect(again.ok && again.options.excludeCredentials).toEqual([
			{ id: auth.id, type: 'public-key', transports: ['internal'] }
		]);
	});

	it('keeps the name the user gives', async () => {
		const user = await person();
		const auth = await registered(user, '  Gsm van het werk ');
		expect((await listPasskeys(db, user.id)).map((p) => [p.id, p.name])).toEqual([[auth.id, 'Gsm van het werk']]);
	});

	it('uses a challenge once: the same answer again is refused', async () => {
		const user = await person();
		const started = await startPasskeyRegistration(db, { user: asSessionUser(user), rp });
		if (!started.ok) throw new Error('refused');
		const body = addPasskeyBodySchema.parse({
			response: registrationAnswer(softAuthenticator(), { challenge: started.options.challenge, ...rp })
		});
		const input = { userId: user.id, body, challengeToken: started.challengeToken, rp };
		expect((await addPasskey(db, input)).ok).toBe(true);
		expect(await addPasskey(db, input)).toEqual({ ok: false, reason: 'expired' });
	});

	it('refuses an expired challenge, another account’s challenge, and no challenge', async () => {
		const user = await person();
		const other = await person();
		const started = await startPasskeyRegistration(db, { user: asSessionUser(user), rp });
		if (!started.ok) throw new Error('refused');
		const body = addPasskeyBodySchema.parse({
			response: registrationAnswer(softAuthenticator(), { challenge: started.options.challenge, ...rp })
		});
		// Another account cannot answer my challenge (and it is gone afterwards).
		expect(await addPasskey(db, { userId: other.id, body, challengeToken: started.challengeToken, rp })).toEqual({
			ok: false,
			reason: 'expired'
		});
		expect(await addPasskey(db, { userId: user.id, body, challengeToken: started.challengeToken, rp })).toEqual({
			ok: false,
			reason: 'expired'
		});
		expect(await addPasskey(db, { userId: user.id, body, challengeToken: null, rp })).toEqual({
			ok: false,
			reason: 'expired'
		});

		const late = await startPasskeyRegistration(db, { user: asSessionUser(user), rp });
		if (!late.ok) throw new Error('refused');
		await db
			.update(authChallenges)
			.set({ expiresAt: sql`now() - interval '1 second'` })
			.where(eq(authChallenges.id, sha256(late.challengeToken)));
		const lateBody = addPasskeyBodySchema.parse({
			response: registrationAnswer(softAuthenticator(), { challenge: late.options.challenge, ...rp })
		});
		expect(await addPasskey(db, { userId: user.id, body: lateBody, challengeToken: late.challengeToken, rp })).toEqual({
			ok: false,
			reason: 'expired'
		});
		expect(await listPasskeys(db, user.id)).toEqual([]);
	});

	it('refuses an answer for another site, another challenge or without user verification', async () => {
		const user = await person();
		const cases = [
			{ origin: 'https://elders.test', rpID: rp.rpID },
			{ origin: rp.origin, rpID: 'elders.test' },
			{ origin: rp.origin, rpID: rp.rpID, challenge: 'een-andere-uitdaging' },
			{ origin: rp.origin, rpID: rp.rpID, userVerified: false }
		];
		for (const c of cases) {
			const started = await startPasskeyRegistration(db, { user: asSessionUser(user), rp });
			if (!started.ok) throw new Error('refused');
			const body = addPasskeyBodySchema.parse({
				response: registrationAnswer(softAuthenticator(), { challenge: started.options.challenge, ...c })
			});
			expect(
				await addPasskey(db, { userId: user.id, body, challengeToken: started.challengeToken, rp }),
				JSON.stringify(c)
			).toEqual({
				ok: false,
				reason: 'invalid'
			});
		}
		expect(await listPasskeys(db, user.id)).toEqual([]);
	});

	it('refuses a passkey that is already someone’s', async () => {
		const user = await person();
		const other = await person();
		const auth = await registered(user);
		const started = await startPasskeyRegistration(db, { user: asSessionUser(other), rp });
		if (!started.ok) throw new Error('refused');
		const body = addPasskeyBodySchema.parse({
			response: registrationAnswer(auth, { challenge: started.options.challenge, ...rp })
		});
		expect(await addPasskey(db, { userId: other.id, body, challengeToken: started.challengeToken, rp })).toEqual({
			ok: false,
			reason: 'already-added'
		});
		const [row] = await db.select({ userId: passkeys.userId }).from(passkeys).where(eq(passkeys.id, auth.id));
		expect(row?.userId).toBe(user.id);
	});
});

describe('my passkeys', () => {
	it('are renamed and removed by their owner only; another account’s id changes nothing', async () => {
		const owner = await person();
		const stranger = await person();
		const auth = await registered(owner, 'Laptop');
		expect(await renamePasskey(db, { userId: stranger.id, passkeyId: auth.id, name: 'Van mij' })).toBe(false);
		expect(await removePasskey(db, { userId: stranger.id, passkeyId: auth.id })).toBe(false);
		expect((await listPasskeys(db, owner.id)).map((p) => p.name)).toEqual(['Laptop']);
		expect(await listPasskeys(db, stranger.id)).toEqual([]);
		expect(await eventsOf(stranger.id)).toEqual([]);

		expect(await renamePasskey(db, { userId: owner.id, passkeyId: auth.id, name: 'Laptop thuis' })).toBe(true);
		expect((await listPasskeys(db, owner.id)).map((p) => p.name)).toEqual(['Laptop thuis']);
		expect(await removePasskey(db, { userId: owner.id, passkeyId: auth.id, client: client() })).toBe(true);
		expect(await listPasskeys(db, owner.id)).toEqual([]);
		expect(await eventsOf(owner.id)).toEqual(expect.arrayContaining(['passkey-added', 'passkey-removed']));
		// A removed passkey cannot log in.
		const attempt = await loginAttempt(auth, 1);
		expect(
			await verifyPasskeyLogin(db, { response: attempt.response, challengeToken: attempt.challengeToken, ...rp })
		).toEqual({ ok: false, reason: 'unknown-passkey' });
	});
});

describe('logging in with a passkey', () => {
	it('without a password: offers no list, accepts a signed answer and moves the counter and “last used”', async () => {
		const user = await person();
		const auth = await registered(user);
		const attempt = await loginAttempt(auth, 1, { owner: user.id });
		expect(attempt.options.allowCredentials).toEqual([]);
		expect(attempt.options.userVerification).toBe('required');
		const outcome = await logInWithPasskey(db, {
			response: attempt.response,
			challengeToken: attempt.challengeToken,
			rp,
			client: client()
		});
		expect(outcome).toEqual({ ok: true, userId: user.id });
		const [row] = await db.select().from(passkeys).where(eq(passkeys.id, auth.id));
		expect(row?.counter).toBe(1);
		expect(row?.lastUsedAt).toBeInstanceOf(Date);
		expect(await eventsOf(user.id)).toContain('login');
		// The same answer again: the challenge is gone.
		expect(
			await verifyPasskeyLogin(db, { response: attempt.response, challengeToken: attempt.challengeToken, ...rp })
		).toEqual({ ok: false, reason: 'expired' });
	});

	it('refuses a counter that does not go up, and logs the failure for the owner', async () => {
		const user = await person();
		const auth = await registered(user);
		const first = await loginAttempt(auth, 5);
		expect((await verifyPasskeyLogin(db, { ...first, ...rp })).ok).toBe(true);
		for (const counter of [5, 3, 0]) {
			const again = await loginAttempt(auth, counter);
			expect(await verifyPasskeyLogin(db, { ...again, ...rp }), `counter ${counter}`).toEqual({
				ok: false,
				reason: 'counter-regressed'
			});
		}
		const [row] = await db.select({ counter: passkeys.counter }).from(passkeys).where(eq(passkeys.id, auth.id));
		expect(row?.counter).toBe(5);
		expect((await eventsOf(user.id)).filter((k) => k === 'login-failed')).toHaveLength(3);
		const next = await loginAttempt(auth, 6);
		expect(await verifyPasskeyLogin(db, { ...next, ...rp })).toEqual({ ok: true, userId: user.id });
	});

	it('accepts an authenticator without a counter (always 0)', async () => {
		const user = await person();
		const auth = await registered(user);
		for (let i = 0; i < 2; i++) {
			const attempt = await loginAttempt(auth, 0);
			expect(await verifyPasskeyLogin(db, { ...attempt, ...rp })).toEqual({ ok: true, userId: user.id });
		}
	});

	it('as the second step: a passkey of account A cannot complete a login of account B', async () => {
		const a = await person();
		const b = await person();
		const authA = await registered(a);
		const authB = await registered(b);
		const attempt = await loginAttempt(authA, 1, { userId: b.id });
		expect(attempt.options.allowCredentials?.map((c) => c.id)).toEqual([authB.id]);
		expect(await verifyPasskeyLogin(db, { ...attempt, ...rp, userId: b.id })).toEqual({
			ok: false,
			reason: 'wrong-account'
		});
		expect(await eventsOf(b.id)).toContain('second-factor-failed');
		expect(await eventsOf(a.id)).not.toContain('login-failed');
		// B's own passkey does.
		const own = await loginAttempt(authB, 1, { userId: b.id });
		expect(await verifyPasskeyLogin(db, { ...own, ...rp, userId: b.id })).toEqual({ ok: true, userId: b.id });
	});

	it('keeps challenges apart: one for a sign-in without a password does not serve a second step, nor the reverse', async () => {
		const user = await person();
		const auth = await registered(user);
		const open = await loginAttempt(auth, 1);
		expect(await verifyPasskeyLogin(db, { ...open, ...rp, userId: user.id })).toEqual({ ok: false, reason: 'expired' });
		const forUser = await loginAttempt(auth, 2, { userId: user.id });
		expect(await verifyPasskeyLogin(db, { ...forUser, ...rp })).toEqual({ ok: false, reason: 'expired' });
		// A registration challenge is no login challenge either.
		const reg = await startPasskeyRegistration(db, { user: asSessionUser(user), rp });
		if (!reg.ok) throw new Error('refused');
		const response = authenticationAnswer(auth, { challenge: reg.options.challenge, ...rp, counter: 3 });
		expect(await verifyPasskeyLogin(db, { response, challengeToken: reg.challengeToken, ...rp })).toEqual({
			ok: false,
			reason: 'expired'
		});
	});

	it('refuses an expired challenge, a wrong signature, a missing verification, another user handle and a malformed answer', async () => {
		const user = await person();
		const other = await person();
		const auth = await registered(user);
		const late = await loginAttempt(auth, 1);
		await db
			.update(authChallenges)
			.set({ expiresAt: sql`now() - interval '1 second'` })
			.where(eq(authChallenges.id, sha256(late.challengeToken)));
		expect(await verifyPasskeyLogin(db, { ...late, ...rp })).toEqual({ ok: false, reason: 'expired' });

		const forged = await loginAttempt(auth, 2);
		const impostor = softAuthenticator();
		const signedByOther = authenticationAnswer(impostor, { challenge: forged.options.challenge, ...rp, counter: 2 });
		const response = {
			...forged.response,
			response: { ...forged.response.response, signature: signedByOther.response.signature }
		};
		expect(await verifyPasskeyLogin(db, { response, challengeToken: forged.challengeToken, ...rp })).toEqual({
			ok: false,
			reason: 'invalid'
		});

		const { options, challengeToken } = await startPasskeyLogin(db, { rp });
		const unverified = authenticationAnswer(auth, {
			challenge: options.challenge,
			...rp,
			counter: 3,
			userVerified: false
		});
		expect(await verifyPasskeyLogin(db, { response: unverified, challengeToken, ...rp })).toEqual({
			ok: false,
			reason: 'invalid'
		});

		const handle = await loginAttempt(auth, 4, { owner: other.id });
		expect(await verifyPasskeyLogin(db, { ...handle, ...rp })).toEqual({ ok: false, reason: 'invalid' });

		const wrongSite = await loginAttempt(auth, 5);
		expect(await verifyPasskeyLogin(db, { ...wrongSite, origin: 'https://elders.test', rpID: rp.rpID })).toEqual({
			ok: false,
			reason: 'invalid'
		});

		const malformed = await startPasskeyLogin(db, { rp });
		expect(
			await verifyPasskeyLogin(db, { response: { id: 'x' }, challengeToken: malformed.challengeToken, ...rp })
		).toEqual({ ok: false, reason: 'malformed' });
		// The malformed answer used the challenge up.
		const [left] = await db
			.select()
			.from(authChallenges)
			.where(and(eq(authChallenges.id, sha256(malformed.challengeToken))));
		expect(left).toBeUndefined();
		const [row] = await db.select({ counter: passkeys.counter }).from(passkeys).where(eq(passkeys.id, auth.id));
		expect(row?.counter).toBe(0);
	});

	it('takes a challenge only once when two answers race for it', async () => {
		const user = await person();
		const auth = await registered(user);
		const attempt = await loginAttempt(auth, 1);
		const results = await Promise.all(Array.from({ length: 5 }, () => verifyPasskeyLogin(db, { ...attempt, ...rp })));
		expect(results.filter((r) => r.ok)).toHaveLength(1);
	});

	it('blocks an address after repeated failures, even with a right answer', async () => {
		const user = await person();
		const auth = await registered(user);
		const ip = `10.21.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
		for (let i = 0; i < MAX_PASSKEY_FAILURES_PER_IP; i++)
			expect((await logInWithPasskey(db, { response: {}, challengeToken: null, rp, client: client(ip) })).ok).toBe(
				false
			);
		const right = await loginAttempt(auth, 1);
		expect(await logInWithPasskey(db, { ...right, rp, client: client(ip) })).toMatchObject({
			ok: false,
			reason: 'rate-limited',
			minutes: expect.any(Number)
		});
		// Another address is not blocked.
		const elsewhere = await loginAttempt(auth, 2);
		expect(await logInWithPasskey(db, { ...elsewhere, rp, client: client('10.22.0.1') })).toEqual({
			ok: true,
			userId: user.id
		});
	});
});
