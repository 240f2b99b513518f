import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeTotp, makeUser, totpCode } from '../../../../tests/factories';
import { accountEvents, recoveryCodes, users } from '$lib/server/db/schema';
import { hashPassword } from './password.server';
import { useRecoveryCode } from './recovery-codes.server';
import { MAX_ACCOUNT_CHECKS } from './code-tries.server';
import {
	confirmTotpEnrolment,
	disableTotp,
	renewRecoveryCodes,
	resumeTotpEnrolment,
	startTotpEnrolment,
	useTotpCode
} from './totp.server';

const { db } = getTestDb();
const client = { ip: '10.20.0.1', userAgent: 'vitest' };
const STEP = 30_000;
const password = 'een lange zin als wachtwoord';

async function account() {
	const [user] = await db
		.insert(users)
		.values({ email: `${randomUUID()}@test.brugwerk`, name: 'Totp', passwordHash: await hashPassword(password) })
		.returning();
	return user!;
}

const eventsOf = async (userId: string) =>
	(await db.select({ kind: accountEvents.kind }).from(accountEvents).where(eq(accountEvents.userId, userId))).map(
		(e) => e.kind
	);

describe('turning the app on', () => {
	it('stores the secret only after a right code, with ten recovery codes, and logs both', async () => {
		const user = await account();
		const enrolment = await startTotpEnrolment(db, { userId: user.id, sessionId: 's1' });
		if (!enrolment) throw new Error('no enrolment');
		expect(enrolment.groups.join('')).toBe(enrolment.secret);
		expect(enrolment.qr).toMatch(/^data:image\/svg\+xml;base64,/);
		const svg = Buffer.from(enrolment.qr.split(',')[1]!, 'base64').toString();
		expect(svg).toMatch(/^<svg /);

		const input = { userId: user.id, sessionId: 's1', secret: enrolment.secret, ticket: enrolment.ticket, client };
		const wrong = String((Number(totpCode(enrolment.secret)) + 1) % 1_000_000).padStart(6, '0');
		expect(await confirmTotpEnrolment(db, { ...input, code: wrong })).toEqual({ ok: false, reason: 'wrong-code' });
		const [before] = await db.select().from(users).where(eq(users.id, user.id));
		expect(before!.totpSecret).toBeNull();

		const done = await confirmTotpEnrolment(db, { ...input, code: totpCode(enrolment.secret) });
		if (!done.ok) throw new Error(`refused: ${done.reason}`);
		expect(done.recoveryCodes).toHaveLength(10);
		const [after] = await db.select().from(users).where(eq(users.id, user.id));
		expect(after!.totpSecret).toBe(enrolment.secret);
		// The step of the code is used up (the step of now, or the one before at a step's edge).
		expect(Math.floor(Date.now() / STEP) - after!.totpLastStep!).toBeLessThanOrEqual(1);
		const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
		expect(stored).toHaveLength(10);
		// Only hashes are stored.
		for (const row of stored) expect(done.recoveryCodes).not.toContain(row.codeHash);
		expect(await eventsOf(user.id)).toEqual(expect.arrayContaining(['second-factor-failed', 'totp-enabled']));

		// Once on, there is nothing to enrol; a second confirmation changes nothing.
		expect(await startTotpEnrolment(db, { userId: user.id, sessionId: 's1' })).toBeNull();
		expect(await confirmTotpEnrolment(db, { ...input, code: totpCode(enrolment.secret) })).toEqual({
			ok: false,
			reason: 'already-enabled'
		});
	});

	it('refuses a secret of its own choosing, a ticket of another session or account, and an old ticket', async () => {
		const user = await account();
		const other = await account();
		const enrolment = (await startTotpEnrolment(db, { userId: user.id, sessionId: 's1' }))!;
		const chosen = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
		const base = { userId: user.id, sessionId: 's1', secret: enrolment.secret, ticket: enrolment.ticket, client };
		const refused = { ok: false, reason: 'expired' };
		expect(await confirmTotpEnrolment(db, { ...base, secret: chosen, code: totpCode(chosen) })).toEqual(refused);
		expect(await confirmTotpEnrolment(db, { ...base, sessionId: 's2', code: totpCode(enrolment.secret) })).toEqual(
			refused
		);
		expect(await confirmTotpEnrolment(db, { ...base, userId: other.id, code: totpCode(enrolment.secret) })).toEqual(
			refused
		);
		const [expires, mac] = enrolment.ticket.split('.');
		expect(
			await confirmTotpEnrolment(db, {
				...base,
				ticket: `${Number(expires) + 3_600_000}.${mac}`,
				code: totpCode(enrolment.secret)
			})
		).toEqual(refused);
		const later = Date.now() + 31 * 60_000;
		expect(await confirmTotpEnrolment(db, { ...base, code: totpCode(enrolment.secret, later) }, later)).toEqual(
			refused
		);
		// The page can show the same QR code again only for a ticket that holds.
		expect((await resumeTotpEnrolment(db, base))?.secret).toBe(enrolment.secret);
		expect(await resumeTotpEnrolment(db, { ...base, secret: chosen })).toBeNull();
		// A new password voids open enrolments.
		await db
			.update(users)
			.set({ passwordHash: await hashPassword('een ander wachtwoord nu') })
			.where(eq(users.id, user.id));
		expect(await resumeTotpEnrolment(db, base)).toBeNull();
	});
});

describe('a code of the app', () => {
	it('counts one step early or late, not two', async () => {
		const now = Math.floor(Date.now() / STEP) * STEP + STEP / 2;
		for (const [offset, ok] of [
			[-2, false],
			[-1, true],
			[0, true],
			[1, true],
			[2, false]
		] as const) {
			const user = await makeUser(db);
			const { secret } = await makeTotp(db, user);
			const used = await useTotpCode(db, { userId: user.id, code: totpCode(secret, now + offset * STEP), now });
			expect(used.ok, `a code ${offset} steps away`).toBe(ok);
		}
	});

	it('works once: the same code again, or an earlier one, is refused', async () => {
		const user = await makeUser(db);
		const { secret } = await makeTotp(db, user);
		const code = totpCode(secret);
		expect(await useTotpCode(db, { userId: user.id, code })).toEqual({ ok: true });
		expect(await useTotpCode(db, { userId: user.id, code })).toEqual({ ok: false, reason: 'reused' });
		expect(await useTotpCode(db, { userId: user.id, code: totpCode(secret, Date.now() - STEP) })).toEqual({
			ok: false,
			reason: 'reused'
		});
		// The next step's code is still good.
		expect(await useTotpCode(db, { userId: user.id, code: totpCode(secret, Date.now() + STEP) })).toEqual({ ok: true });
	});

	it('gives exactly one success when one code is used ten times at once', async () => {
		const user = await makeUser(db);
		const { secret } = await makeTotp(db, user);
		const code = totpCode(secret);
		const results = await Promise.all(Array.from({ length: 10 }, () => useTotpCode(db, { userId: user.id, code })));
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok && r.reason === 'reused')).toHaveLength(9);
	});

	it('is refused for an account without the app', async () => {
		const user = await makeUser(db);
		expect(await useTotpCode(db, { userId: user.id, code: '123456' })).toEqual({ ok: false, reason: 'not-enabled' });
	});
});

describe('recovery codes', () => {
	it('each works once, typed any way; and not for another account', async () => {
		const user = await makeUser(db);
		const other = await makeUser(db);
		const { recoveryCodes: codes } = await makeTotp(db, user);
		expect(await useRecoveryCode(db, { userId: other.id, code: codes[0]!, client })).toBe(false);
		expect(
			await useRecoveryCode(db, { userId: user.id, code: codes[0]!.toUpperCase().replace('-', ' '), client })
		).toBe(true);
		expect(await useRecoveryCode(db, { userId: user.id, code: codes[0]!, client })).toBe(false);
		expect(await useRecoveryCode(db, { userId: user.id, code: codes[1]!, client })).toBe(true);
		expect(await useRecoveryCode(db, { userId: user.id, code: 'abcd-efgh', client })).toBe(false);
		expect((await eventsOf(user.id)).filter((k) => k === 'recovery-code-used')).toHaveLength(2);
	});

	it('gives exactly one success when one code is used ten times at once', async () => {
		const user = await makeUser(db);
		const { recoveryCodes: codes } = await makeTotp(db, user);
		const results = await Promise.all(
			Array.from({ length: 10 }, () => useRecoveryCode(db, { userId: user.id, code: codes[3]!, client }))
		);
		expect(results.filter(Boolean)).toHaveLength(1);
		const used = await db
			.select()
			.from(recoveryCodes)
			.where(and(eq(recoveryCodes.userId, user.id)));
		expect(used.filter((r) => r.usedAt !== null)).toHaveLength(1);
	});

	it('renewing asks the password and replaces every code', async () => {
		const user = await account();
		const { recoveryCodes: old } = await makeTotp(db, user);
		expect(await renewRecoveryCodes(db, { userId: user.id, proof: { password: 'fout wachtwoord' }, client })).toEqual({
			ok: false,
			reason: 'wrong-password'
		});
		const renewed = await renewRecoveryCodes(db, { userId: user.id, proof: { password }, client });
		if (!renewed.ok) throw new Error(renewed.reason);
		expect(renewed.recoveryCodes).toHaveLength(10);
		expect(renewed.recoveryCodes.filter((c) => old.includes(c))).toEqual([]);
		expect(await useRecoveryCode(db, { userId: user.id, code: old[0]!, client })).toBe(false);
		expect(await useRecoveryCode(db, { userId: user.id, code: renewed.recoveryCodes[0]!, client })).toBe(true);
		expect(await eventsOf(user.id)).toContain('recovery-codes-renewed');
	});

	it('are not made for an account without a second factor', async () => {
		const user = await account();
		expect(await renewRecoveryCodes(db, { userId: user.id, proof: { password }, client })).toEqual({
			ok: false,
			reason: 'no-second-factor'
		});
	});
});

describe('turning the app off', () => {
	it('asks the password or a current code, then removes the secret and the recovery codes', async () => {
		const user = await account();
		const { secret } = await makeTotp(db, user);
		expect(await disableTotp(db, { userId: user.id, proof: { password: 'fout wachtwoord' }, client })).toEqual({
			ok: false,
			reason: 'wrong-password'
		});
		expect(await disableTotp(db, { userId: user.id, proof: { code: '000000' }, client })).toMatchObject({ ok: false });
		expect(await disableTotp(db, { userId: user.id, proof: { code: totpCode(secret) }, client })).toEqual({ ok: true });
		const [after] = await db.select().from(users).where(eq(users.id, user.id));
		expect(after).toMatchObject({ totpSecret: null, totpLastStep: null });
		expect(await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toEqual([]);
		expect(await eventsOf(user.id)).toContain('totp-disabled');
		expect(await disableTotp(db, { userId: user.id, proof: { password }, client })).toEqual({
			ok: false,
			reason: 'not-enabled'
		});
	});

	it('limits wrong passwords, even in a burst', async () => {
		const user = await account();
		await makeTotp(db, user);
		const burst = await Promise.all(
			Array.from({ length: 12 }, () => disableTotp(db, { userId: user.id, proof: { password: 'fout' }, client }))
		);
		expect(burst.filter((r) => !r.ok && r.reason === 'wrong-password')).toHaveLength(MAX_ACCOUNT_CHECKS);
		expect(burst.filter((r) => !r.ok && r.reason === 'too-many')).toHaveLength(12 - MAX_ACCOUNT_CHECKS);
		// The right password is refused too until the window has passed.
		expect(await disableTotp(db, { userId: user.id, proof: { password }, client })).toMatchObject({
			ok: false,
			reason: 'too-many'
		});
	});
});
