import { describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import { matchTotpStep, newTotpSecret, TOTP_PERIOD } from './totp.server';
import { newRecoveryCode, normaliseRecoveryCode } from './recovery-codes.server';
import { mustSetUpSecondFactor } from './second-factor.server';

const codeAt = (secret: string, timestamp: number) =>
	TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30, timestamp });
const STEP = TOTP_PERIOD * 1000;

describe('TOTP codes', () => {
	const secret = newTotpSecret();
	// The middle of a time step, so ± one step stays clear of the edges.
	const now = Math.floor(Date.now() / STEP) * STEP + STEP / 2;
	const step = Math.floor(now / STEP);

	it('makes a 160-bit base32 secret, a new one each time', () => {
		expect(secret).toMatch(/^[A-Z2-7]{32}$/);
		expect(newTotpSecret()).not.toBe(secret);
	});

	it('accepts the code of now and of one step before or after, and says which step it was', () => {
		expect(matchTotpStep(secret, codeAt(secret, now), now)).toBe(step);
		expect(matchTotpStep(secret, codeAt(secret, now - STEP), now)).toBe(step - 1);
		expect(matchTotpStep(secret, codeAt(secret, now + STEP), now)).toBe(step + 1);
		expect(matchTotpStep(secret, codeAt(secret, now).replace(/^(\d{3})/, '$1 '), now)).toBe(step);
	});

	it('refuses a code two steps away, of another secret, or that is not six digits', () => {
		expect(matchTotpStep(secret, codeAt(secret, now - 2 * STEP), now)).toBeNull();
		expect(matchTotpStep(secret, codeAt(secret, now + 2 * STEP), now)).toBeNull();
		expect(matchTotpStep(secret, codeAt(newTotpSecret(), now), now)).toBeNull();
		expect(matchTotpStep(secret, '12345', now)).toBeNull();
		expect(matchTotpStep(secret, 'abcdef', now)).toBeNull();
	});
});

describe('recovery codes', () => {
	it('reads like k7f3-9q2m, without characters people mix up', () => {
		const codes = Array.from({ length: 200 }, newRecoveryCode);
		for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
		expect(new Set(codes).size).toBe(codes.length);
	});

	it('accepts a code typed with capitals, spaces or without the dash', () => {
		expect(normaliseRecoveryCode('K7F3 9Q2M')).toBe('k7f3-9q2m');
		expect(normaliseRecoveryCode('k7f39q2m')).toBe('k7f3-9q2m');
		expect(normaliseRecoveryCode(' k7f3-9q2m ')).toBe('k7f3-9q2m');
		expect(normaliseRecoveryCode('k7f3-9q2')).toBeNull();
		expect(normaliseRecoveryCode('k7f3-9q2o')).toBeNull();
	});
});

describe("the partnership's second-factor rule", () => {
	it('sends away who reads case content without a second factor, only when the rule is on', () => {
		expect(mustSetUpSecondFactor({ required: true, role: 'member', hasSecondFactor: false })).toBe(true);
		expect(mustSetUpSecondFactor({ required: true, role: 'coordinator', hasSecondFactor: false })).toBe(true);
		expect(mustSetUpSecondFactor({ required: true, role: 'member', hasSecondFactor: true })).toBe(false);
		// Observers see no case content (ADR 0004).
		expect(mustSetUpSecondFactor({ required: true, role: 'observer', hasSecondFactor: false })).toBe(false);
		expect(mustSetUpSecondFactor({ required: false, role: 'member', hasSecondFactor: false })).toBe(false);
	});
});
