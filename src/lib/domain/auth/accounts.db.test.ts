import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { logIn, registerUser } from './accounts.server';
import { sql } from 'drizzle-orm';
import { sha256 } from '$lib/server/crypto';
import { MAX_PER_ACCOUNT, MAX_PER_IP } from './rate-limit.server';
import { createSession, invalidateSession, sessionLimits, validateSession } from './session.server';

const { db } = getTestDb();
const password = 'een lange zin als wachtwoord';
const email = () => `${randomUUID()}@test.brugwerk`;
const from = (ip: string) => ({ ip, userAgent: 'vitest' });

describe('accounts', () => {
	it('registers once per e-mail address and logs in with the right password only', async () => {
		const address = email();
		const first = await registerUser(db, { name: 'An', email: address, password });
		expect(first.ok).toBe(true);
		const again = await registerUser(db, { name: 'An', email: address, password });
		expect(again).toMatchObject({ ok: false, errors: { email: expect.stringMatching(/bestaat al/) } });
		expect((await logIn(db, { email: address, password }, from('10.0.0.1'))).ok).toBe(true);
		expect(await logIn(db, { email: address, password: 'fout' }, from('10.0.0.1'))).toEqual({
			ok: false,
			reason: 'wrong-credentials'
		});
	});

	it('refuses a common password on the server', async () => {
		const r = await registerUser(db, { name: 'An', email: email(), password: 'iloveyou1' });
		expect(r).toMatchObject({ ok: false, errors: { password: expect.stringMatching(/veelgebruikte/) } });
	});

	it('blocks an account after repeated failures, even with the right password', async () => {
		const address = email();
		await registerUser(db, { name: 'Bo', email: address, password });
		for (let i = 0; i < MAX_PER_ACCOUNT; i++)
			await logIn(db, { email: address, password: 'fout' }, from(`10.1.${i}.1`));
		const blocked = await logIn(db, { email: address, password }, from('10.9.9.9'));
		expect(blocked).toMatchObject({ ok: false, reason: 'rate-limited', minutes: expect.any(Number) });
	});

	it('blocks an IP address that tries many accounts', async () => {
		const ip = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
		for (let i = 0; i < MAX_PER_IP; i++) await logIn(db, { email: email(), password: 'fout' }, from(ip));
		const address = email();
		await registerUser(db, { name: 'Cas', email: address, password });
		expect((await logIn(db, { email: address, password }, from(ip))).ok).toBe(false);
		expect((await logIn(db, { email: address, password }, from('10.3.0.1'))).ok).toBe(true);
	});

	it('holds the account limit under 50 parallel attempts, and the right password in the burst is refused too', async () => {
		const address = email();
		await registerUser(db, { name: 'Els', email: address, password });
		const burst = await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				logIn(db, { email: address, password: i === 49 ? password : `fout ${i}` }, from(`10.4.${i}.1`))
			)
		);
		const checked = burst.filter((r) => r.ok || r.reason === 'wrong-credentials');
		expect(checked.length).toBe(MAX_PER_ACCOUNT);
		expect(burst.filter((r) => !r.ok && r.reason === 'rate-limited').length).toBe(50 - MAX_PER_ACCOUNT);
	});

	it('holds the IP limit under 50 parallel attempts on different accounts', async () => {
		const ip = `10.5.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
		const burst = await Promise.all(
			Array.from({ length: 50 }, () => logIn(db, { email: email(), password: 'fout' }, from(ip)))
		);
		expect(burst.filter((r) => !r.ok && r.reason === 'wrong-credentials').length).toBe(MAX_PER_IP);
	});

	it('lets the owner in from a browser that logged in before while strangers are locked out', async () => {
		const address = email();
		await registerUser(db, { name: 'Fien', email: address, password });
		const first = await logIn(db, { email: address, password }, from('10.6.0.1'));
		if (!first.ok) throw new Error('login failed');
		expect(first.deviceToken).toMatch(/.{20,}/);
		for (let i = 0; i < MAX_PER_ACCOUNT + 2; i++)
			await logIn(db, { email: address, password: `fout ${i}` }, from(`10.6.${i + 1}.1`));
		expect(await logIn(db, { email: address, password }, from('10.6.99.1'))).toMatchObject({ reason: 'rate-limited' });
		// Another account's device token does not help.
		const other = email();
		await registerUser(db, { name: 'Gust', email: other, password });
		const theirs = await logIn(db, { email: other, password }, from('10.6.200.1'));
		if (!theirs.ok) throw new Error('login failed');
		expect(await logIn(db, { email: address, password }, from('10.6.0.1'), theirs.deviceToken)).toMatchObject({
			reason: 'rate-limited'
		});
		// The owner's browser: its own count, and no new token (it is known already).
		expect(await logIn(db, { email: address, password }, from('10.6.0.1'), first.deviceToken)).toMatchObject({
			ok: true,
			deviceToken: null
		});
		// A device token is stored only as a hash.
		const stored = await db.execute(sql`select id from known_devices where id = ${first.deviceToken}`);
		expect(stored.rows).toHaveLength(0);
	});

	it('limits guesses from a known device too', async () => {
		const address = email();
		await registerUser(db, { name: 'Hanne', email: address, password });
		const first = await logIn(db, { email: address, password }, from('10.7.0.1'));
		if (!first.ok) throw new Error('login failed');
		const burst = await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				logIn(db, { email: address, password: `fout ${i}` }, from('10.7.0.1'), first.deviceToken)
			)
		);
		expect(burst.filter((r) => !r.ok && r.reason === 'wrong-credentials').length).toBe(MAX_PER_ACCOUNT);
	});

	it('stores only a hash of the session token and ends sessions on logout', async () => {
		const r = await registerUser(db, { name: 'Dirk', email: email(), password });
		if (!r.ok) throw new Error('register failed');
		const { token } = await createSession(db, r.user.id);
		const found = await validateSession(db, token);
		expect(found?.user.id).toBe(r.user.id);
		expect(found?.sessionId).not.toBe(token);
		await invalidateSession(db, found!.sessionId);
		expect(await validateSession(db, token)).toBeNull();
	});

	describe('session timeouts', () => {
		async function sessionFor(name: string) {
			const r = await registerUser(db, { name, email: email(), password });
			if (!r.ok) throw new Error('register failed');
			return createSession(db, r.user.id);
		}
		const age = (token: string, column: 'last_seen_at' | 'created_at', minutes: number) =>
			db.execute(
				sql`update sessions set ${sql.raw(column)} = now() - make_interval(mins => ${minutes}) where id = ${sha256(token)}`
			);

		it('defaults to 2 hours idle and 12 hours in all', () => {
			expect(sessionLimits()).toEqual({ idleMinutes: 120, absoluteHours: 12 });
		});

		it('ends a session idle for longer than the idle timeout, and keeps an active one going', async () => {
			const idle = await sessionFor('Ida');
			await age(idle.token, 'last_seen_at', 121);
			expect(await validateSession(db, idle.token)).toBeNull();
			const active = await sessionFor('Jan');
			await age(active.token, 'last_seen_at', 119);
			expect(await validateSession(db, active.token)).not.toBeNull();
			// The request moved "last seen": the same session is good for another two hours.
			const [row] = (
				await db.execute(
					sql`select extract(epoch from now() - last_seen_at) as seconds from sessions where id = ${sha256(active.token)}`
				)
			).rows as { seconds: string }[];
			expect(Number(row!.seconds)).toBeLessThan(60);
		});

		it('ends a session after the absolute timeout, however active', async () => {
			const { token } = await sessionFor('Kato');
			await age(token, 'created_at', 12 * 60 + 1);
			expect(await validateSession(db, token)).toBeNull();
		});

		it('reads both timeouts from the environment', async () => {
			const { token } = await sessionFor('Lien');
			await age(token, 'last_seen_at', 10);
			process.env.SESSION_IDLE_MINUTES = '5';
			try {
				expect(await validateSession(db, token)).toBeNull();
			} finally {
				delete process.env.SESSION_IDLE_MINUTES;
			}
		});
	});
});
