import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeMember, makeTeam, makeTotp, makeUser, totpCode } from '../../../../tests/factories';
import { accountEvents, partnerships, passkeys, sessions } from '$lib/server/db/schema';
import { sha256 } from '$lib/server/crypto';
import { getMembership } from '$lib/domain/partnerships/partnership.server';
import { MAX_SECOND_STEP_TRIES } from './code-tries.server';
import { createSession, validateSession } from './session.server';
import { logIn } from './accounts.server';
import {
	completePendingSession,
	getPendingSession,
	hasSecondFactor,
	mustSetUpSecondFactor,
	rotateSessionToken,
	secondFactorsOf,
	setSecondFactorRule,
	verifySecondStep
} from './second-factor.server';

const { db } = getTestDb();
const client = { ip: '10.30.0.1', userAgent: 'vitest' };

/** A passkey row as the passkey registration stores it (that flow is tested on its own). */
const addPasskey = (userId: string) =>
	db.insert(passkeys).values({ id: sha256(`${userId}:${Math.random()}`), userId, publicKey: 'x', name: 'Sleutel' });

const pendingFor = async (userId: string) => createSession(db, userId, client, { secondFactorPending: true });
const ageSession = (token: string, minutes: number) =>
	db.execute(
		sql`update sessions set created_at = now() - make_interval(mins => ${minutes}) where id = ${sha256(token)}`
	);
const failures = async (userId: string) =>
	(await db.select().from(accountEvents).where(eq(accountEvents.userId, userId))).filter(
		(e) => e.kind === 'second-factor-failed'
	).length;

describe("an account's second factors", () => {
	it('counts the app, the passkeys and the unused recovery codes', async () => {
		const user = await makeUser(db);
		expect(await secondFactorsOf(db, user.id)).toEqual({ totp: false, passkeys: 0, recoveryCodesLeft: 0 });
		expect(await hasSecondFactor(db, user.id)).toBe(false);
		await makeTotp(db, user);
		await addPasskey(user.id);
		await addPasskey(user.id);
		expect(await secondFactorsOf(db, user.id)).toEqual({ totp: true, passkeys: 2, recoveryCodesLeft: 10 });
		const withPasskeyOnly = await makeUser(db);
		await addPasskey(withPasskeyOnly.id);
		expect(await hasSecondFactor(db, withPasskeyOnly.id)).toBe(true);
	});
});

describe('a pending session', () => {
	it('opens nothing until the second step, then opens the app', async () => {
		const user = await makeUser(db);
		const { token } = await pendingFor(user.id);
		expect(await validateSession(db, token)).toBeNull();
		const pending = await getPendingSession(db, token);
		expect(pending).toMatchObject({ sessionId: sha256(token), user: { id: user.id } });
		expect(await completePendingSession(db, pending!.sessionId)).toBe(true);
		expect(await validateSession(db, token)).not.toBeNull();
		// Complete now: not pending any more, and it cannot be completed twice.
		expect(await getPendingSession(db, token)).toBeNull();
		expect(await completePendingSession(db, pending!.sessionId)).toBe(false);
	});

	it('is not valid after ten minutes', async () => {
		const user = await makeUser(db);
		const young = await pendingFor(user.id);
		await ageSession(young.token, 9);
		expect(await getPendingSession(db, young.token)).not.toBeNull();
		const old = await pendingFor(user.id);
		await ageSession(old.token, 11);
		expect(await getPendingSession(db, old.token)).toBeNull();
		expect(await completePendingSession(db, sha256(old.token))).toBe(false);
		// A complete session is never a pending one.
		const full = await createSession(db, user.id);
		expect(await getPendingSession(db, full.token)).toBeNull();
	});

	it('gets a new token once complete: the old one stops working', async () => {
		const user = await makeUser(db);
		const { token } = await pendingFor(user.id);
		expect(await rotateSessionToken(db, sha256(token))).toBeNull(); // still pending
		await completePendingSession(db, sha256(token));
		const rotated = await rotateSessionToken(db, sha256(token));
		expect(rotated).not.toBeNull();
		expect(await validateSession(db, token)).toBeNull();
		expect((await validateSession(db, rotated!.token))?.user.id).toBe(user.id);
	});
});

describe('the second step of a login', () => {
	it('completes with a right code of the app, which then cannot be used again', async () => {
		const user = await makeUser(db);
		const { secret } = await makeTotp(db, user);
		const first = await pendingFor(user.id);
		const code = totpCode(secret);
		const step = { userId: user.id, method: 'totp', code, client } as const;
		expect(await verifySecondStep(db, { ...step, sessionId: sha256(first.token) })).toEqual({ ok: true });
		expect(await validateSession(db, first.token)).not.toBeNull();
		const second = await pendingFor(user.id);
		expect(await verifySecondStep(db, { ...step, sessionId: sha256(second.token) })).toEqual({
			ok: false,
			reason: 'reused',
			triesLeft: MAX_SECOND_STEP_TRIES - 1
		});
		expect(await validateSession(db, second.token)).toBeNull();
	});

	it('completes with a recovery code, once', async () => {
		const user = await makeUser(db);
		const { recoveryCodes } = await makeTotp(db, user);
		const first = await pendingFor(user.id);
		const step = { userId: user.id, method: 'recovery', code: recoveryCodes[0]!, client } as const;
		expect(await verifySecondStep(db, { ...step, sessionId: sha256(first.token) })).toEqual({ ok: true });
		const second = await pendingFor(user.id);
		expect(await verifySecondStep(db, { ...step, sessionId: sha256(second.token) })).toMatchObject({
			ok: false,
			reason: 'wrong-code'
		});
	});

	it('ends the pending session after five wrong codes, and logs each for the owner', async () => {
		const user = await makeUser(db);
		const { secret } = await makeTotp(db, user);
		const { token } = await pendingFor(user.id);
		const sessionId = sha256(token);
		const wrong = { sessionId, userId: user.id, method: 'totp', code: '000000', client } as const;
		for (let left = MAX_SECOND_STEP_TRIES - 1; left > 0; left--)
			expect(await verifySecondStep(db, wrong)).toEqual({ ok: false, reason: 'wrong-code', triesLeft: left });
		expect(await verifySecondStep(db, wrong)).toEqual({ ok: false, reason: 'ended' });
		expect(await db.select().from(sessions).where(eq(sessions.id, sessionId))).toEqual([]);
		// Even the right code cannot revive it: the person starts over with the password.
		expect(await verifySecondStep(db, { ...wrong, code: totpCode(secret) })).toEqual({ ok: false, reason: 'ended' });
		expect(await getPendingSession(db, token)).toBeNull();
		expect(await failures(user.id)).toBe(MAX_SECOND_STEP_TRIES);
	});

	it('checks at most five codes of a burst of twenty parallel tries', async () => {
		const user = await makeUser(db);
		await makeTotp(db, user);
		const { token } = await pendingFor(user.id);
		const burst = await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				verifySecondStep(db, {
					sessionId: sha256(token),
					userId: user.id,
					method: 'recovery',
					code: `aaaa-aa${String(i).padStart(2, '2')}`.replace(/[01]/g, '3'),
					client
				})
			)
		);
		expect(burst.every((r) => !r.ok)).toBe(true);
		expect(await failures(user.id)).toBe(MAX_SECOND_STEP_TRIES);
		expect(await getPendingSession(db, token)).toBeNull();
	});
});

describe("the partnership's rule", () => {
	it('can be turned on only by a coordinator who has a second factor', async () => {
		const { partnership, coordinator } = await makeTeam(db);
		const rule = { partnershipId: partnership.id, userId: coordinator.id, required: true };
		expect(await setSecondFactorRule(db, rule)).toEqual({ ok: false, reason: 'own-second-factor-missing' });
		await makeTotp(db, coordinator);
		expect(await setSecondFactorRule(db, rule)).toEqual({ ok: true });
		const [row] = await db.select().from(partnerships).where(eq(partnerships.id, partnership.id));
		expect(row!.requireSecondFactor).toBe(true);
		// Turning it off needs nothing.
		expect(await setSecondFactorRule(db, { ...rule, required: false })).toEqual({ ok: true });
	});

	it('sends a partner without a second factor away, and lets observers and partners with one in', async () => {
		const { partnership, coordinator, member } = await makeTeam(db);
		await makeTotp(db, coordinator);
		await setSecondFactorRule(db, { partnershipId: partnership.id, userId: coordinator.id, required: true });
		const { user: observer } = await makeMember(db, { partnershipId: partnership.id, role: 'observer' });
		const { user: withPasskey } = await makeMember(db, { partnershipId: partnership.id, role: 'member' });
		await addPasskey(withPasskey.id);
		const verdict = async (userId: string) => {
			const found = await getMembership(db, { partnershipId: partnership.id, userId });
			return mustSetUpSecondFactor({
				required: found!.partnership.requireSecondFactor,
				role: found!.membership.role,
				hasSecondFactor: found!.hasSecondFactor
			});
		};
		expect(await verdict(member.id)).toBe(true);
		expect(await verdict(observer.id)).toBe(false);
		expect(await verdict(withPasskey.id)).toBe(false);
		expect(await verdict(coordinator.id)).toBe(false);
		await makeTotp(db, member);
		expect(await verdict(member.id)).toBe(false);
	});
});

describe('the account log of a login in two steps', () => {
	it('records the login only once the second step is done', async () => {
		const user = await makeUser(db, { password: 'een lange zin als wachtwoord' });
		const { secret } = await makeTotp(db, user);
		const kinds = async () =>
			(await db.select().from(accountEvents).where(eq(accountEvents.userId, user.id))).map((e) => e.kind);
		const password = await logIn(db, { email: user.email, password: user.password! }, client);
		expect(password).toMatchObject({ ok: true, secondStep: true });
		expect(await kinds()).not.toContain('login');
		const pending = await pendingFor(user.id);
		const step = { sessionId: sha256(pending.token), userId: user.id, method: 'totp' as const, client };
		expect(
			await verifySecondStep(db, { ...step, code: '000000' === totpCode(secret) ? '111111' : '000000' })
		).toMatchObject({
			ok: false
		});
		expect(await kinds()).not.toContain('login');
		expect(await verifySecondStep(db, { ...step, code: totpCode(secret) })).toEqual({ ok: true });
		expect((await kinds()).filter((k) => k === 'login')).toHaveLength(1);
	});
});
