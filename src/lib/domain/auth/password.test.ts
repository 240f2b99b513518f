import { describe, expect, it } from 'vitest';
import { registerSchema } from './auth.schema';
import { hashPassword, isCommonPassword, passwordProblem, verifyPassword } from './password.server';

const base = { name: 'An Peeters', email: 'an@example.be' };

describe('password rules', () => {
	it('refuses fewer than 8 characters with a Dutch message', () => {
		const r = registerSchema.safeParse({ ...base, password: 'kort12' });
		expect(r.success).toBe(false);
		expect(r.error?.issues[0]?.message).toMatch(/minstens 8 tekens/);
	});

	it('accepts a long passphrase', () => {
		const phrase = 'de brug tussen school en welzijn draagt ons allemaal samen';
		expect(registerSchema.safeParse({ ...base, password: phrase }).success).toBe(true);
		expect(passwordProblem(phrase, base.email)).toBeNull();
	});

	it('refuses the most common passwords, case-insensitively', () => {
		expect(isCommonPassword('password')).toBe(true);
		expect(isCommonPassword('Wachtwoord')).toBe(true);
		expect(passwordProblem('12345678', base.email)).toMatch(/veelgebruikte/);
		expect(isCommonPassword('zonnige-brug-74-kikker')).toBe(false);
	});

	it('refuses the e-mail address as password', () => {
		expect(passwordProblem('an@example.be', base.email)).toMatch(/e-mailadres/);
	});

	it('hashes with argon2id and verifies', async () => {
		const h = await hashPassword('zonnige-brug-74-kikker');
		expect(h.startsWith('$argon2id$')).toBe(true);
		expect(await verifyPassword(h, 'zonnige-brug-74-kikker')).toBe(true);
		expect(await verifyPassword(h, 'zonnige-brug-74-kikkers')).toBe(false);
		expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
	});
});
