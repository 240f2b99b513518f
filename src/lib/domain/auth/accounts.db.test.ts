import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { logIn, registerUser } from './accounts.server';
import { MAX_PER_ACCOUNT, MAX_PER_IP } from './rate-limit.server';
import { createSession, invalidateSession, validateSession } from './session.server';

const { db } = getTestDb();
const password = 'een lange zin als wachtwoord';
const email = () => `${randomUUID()}@test.brugwerk`;

describe('accounts', () => {
	it('registers once per e-mail address and logs in with the right password only', async () => {
		const address = email();
		const first = await registerUser(db, { name: 'An', email: address, password });
		expect(first.ok).toBe(true);
		const again = await registerUser(db, { name: 'An', email: address, password });
		expect(again).toMatchObject({ ok: false, errors: { email: expect.stringMatching(/bestaat al/) } });
		expect((await logIn(db, { email: address, password }, '10.0.0.1')).ok).toBe(true);
		expect(await logIn(db, { email: address, password: 'fout' }, '10.0.0.1')).toEqual({
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
		for (let i = 0; i < MAX_PER_ACCOUNT; i++) await logIn(db, { email: address, password: 'fout' }, `10.1.${i}.1`);
		const blocked = await logIn(db, { email: address, password }, '10.9.9.9');
		expect(blocked).toMatchObject({ ok: false, reason: 'rate-limited', minutes: expect.any(Number) });
	});

	it('blocks an IP address that tries many accounts', async () => {
		const ip = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
		for (let i = 0; i < MAX_PER_IP; i++) await logIn(db, { email: email(), password: 'fout' }, ip);
		const address = email();
		await registerUser(db, { name: 'Cas', email: address, password });
		expect((await logIn(db, { email: address, password }, ip)).ok).toBe(false);
		expect((await logIn(db, { email: address, password }, '10.3.0.1')).ok).toBe(true);
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
});
