import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Db } from '$lib/server/db/client';
import { passkeys, users } from '$lib/server/db/schema';
import { hmacSha256, sameSecret } from '$lib/server/crypto';
import { recordAccountEvent, type ClientInfo } from './account-events.server';
import { verifyPassword } from './password.server';
import { deleteRecoveryCodes, replaceRecoveryCodes } from './recovery-codes.server';
import { accountCheckKey, clearCodeTries, MAX_ACCOUNT_CHECKS, reserveCodeTry } from './code-tries.server';

// The authenticator app (TOTP, RFC 6238) as the second step of a login: SHA-1, 6 digits, 30
// seconds, which every common app reads from the QR code. A code is accepted one step early or
// late (clocks drift), and a time step is accepted once per account (totp_last_step).

export const TOTP_ISSUER = 'Brugwerk';
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD = 30;
/** Steps before and after the current one that still count. */
export const TOTP_WINDOW = 1;
/** How long the QR code of an enrolment may be confirmed. */
export const ENROLMENT_MINUTES = 30;

const totpOf = (secret: string, label = '') =>
	new TOTP({
		issuer: TOTP_ISSUER,
		label,
		secret: Secret.fromBase32(secret),
		algorithm: 'SHA1',
		digits: TOTP_DIGITS,
		period: TOTP_PERIOD
	});

/** A new shared secret (160 bits, base32), as RFC 4226 recommends. */
export function newTotpSecret(): string {
	return new Secret({ size: 20 }).base32;
}

/** The time step a code belongs to (the current one ± TOTP_WINDOW), or null when it is not a right code. */
export function matchTotpStep(secret: string, code: string, timestamp = Date.now()): number | null {
	const token = code.replace(/\s/g, '');
	if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(token)) return null;
	const delta = totpOf(secret).validate({ token, timestamp, window: TOTP_WINDOW });
	return delta === null ? null : TOTP.counter({ period: TOTP_PERIOD, timestamp }) + delta;
}

export type TotpRefusal = { ok: false; reason: 'not-enabled' | 'wrong-code' | 'reused' };

/**
 * Checks a code of the account's app and uses up its time step. The step is stored with one
 * UPDATE … WHERE totp_last_step IS NULL OR totp_last_step < step, so a code cannot be used twice,
 * not even by two requests at the same moment: exactly one of them changes the row.
 */
export async function useTotpCode(
	db: Db,
	{ userId, code, now = Date.now() }: { userId: string; code: string; now?: number }
): Promise<{ ok: true } | TotpRefusal> {
	const [row] = await db
		.select({ secret: users.totpSecret, lastStep: users.totpLastStep })
		.from(users)
		.where(eq(users.id, userId));
	if (!row?.secret) return { ok: false, reason: 'not-enabled' };
	const step = matchTotpStep(row.secret, code, now);
	if (step === null) return { ok: false, reason: 'wrong-code' };
	if (row.lastStep !== null && step <= row.lastStep) return { ok: false, reason: 'reused' };
	const stored = await db
		.update(users)
		.set({ totpLastStep: step })
		.where(
			and(
				eq(users.id, userId),
				eq(users.totpSecret, row.secret),
				or(isNull(users.totpLastStep), lt(users.totpLastStep, step))
			)
		)
		.returning({ id: users.id });
	return stored.length > 0 ? { ok: true } : { ok: false, reason: 'reused' };
}

// --------------------------------------------------------------------------------------------
// Enrolment: the QR code, then a code from the app to confirm it.
//
// Between the two steps the new secret travels in the form, with a ticket: an expiry and an
// HMAC-SHA-256 over the account, the session, the secret and the expiry. The key is the
// account's password hash: a value only the server knows (it never leaves the database), the
// same on every app instance, and the app has no app-wide secret to use instead (no SECRET in
// the environment; a per-process key would fail behind two instances). So nobody can slip in a
// secret of their own choosing, a ticket of another session or account is refused, and a
// changed password voids open enrolments. The secret is stored in users.totp_secret only once
// a code confirms that the app has it. (ADR 0015)

export interface TotpEnrolment {
	/** base32, for manual entry and the hidden field. */
	secret: string;
	/** `<expiry ms>.<hmac>`, for the hidden field. */
	ticket: string;
	/** The secret in groups of four, for typing it over. */
	groups: string[];
	/** The otpauth:// URI as a QR code: an SVG data URI for an <img>. */
	qr: string;
}

const ticketMac = (key: string, v: { userId: string; sessionId: string; secret: string; expires: number }) =>
	hmacSha256(key, `totp-enrolment\n${v.userId}\n${v.sessionId}\n${v.secret}\n${v.expires}`);

/** What the page shows for `secret` (the QR code and the groups of four). */
export async function describeEnrolment(email: string, secret: string, ticket: string): Promise<TotpEnrolment> {
	const svg = await QRCode.toString(totpOf(secret, email).toString(), {
		type: 'svg',
		margin: 2,
		errorCorrectionLevel: 'M'
	});
	return {
		secret,
		ticket,
		groups: secret.match(/.{1,4}/g) ?? [],
		qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
	};
}

/** A new secret to scan, for an account without an app yet (null when it has one). */
export async function startTotpEnrolment(
	db: Db,
	{ userId, sessionId, now = Date.now() }: { userId: string; sessionId: string; now?: number }
): Promise<TotpEnrolment | null> {
	const [user] = await db
		.select({ email: users.email, passwordHash: users.passwordHash, totpSecret: users.totpSecret })
		.from(users)
		.where(eq(users.id, userId));
	if (!user || user.totpSecret) return null;
	const secret = newTotpSecret();
	const expires = now + ENROLMENT_MINUTES * 60_000;
	const ticket = `${expires}.${ticketMac(user.passwordHash, { userId, sessionId, secret, expires })}`;
	return describeEnrolment(user.email, secret, ticket);
}

/** Whether `ticket` was made by startTotpEnrolment for this account, session and secret, and is not too old. */
function ticketHolds(
	key: string,
	{ userId, sessionId, secret, ticket }: { userId: string; sessionId: string; secret: string; ticket: string },
	now: number
): boolean {
	const [expiresText, mac] = ticket.split('.');
	const expires = Number(expiresText);
	if (!mac || !Number.isSafeInteger(expires) || expires < now) return false;
	return sameSecret(mac, ticketMac(key, { userId, sessionId, secret, expires }));
}

/** The enrolment of a form sent back (after a wrong code), when its ticket still holds; else null. */
export async function resumeTotpEnrolment(
	db: Db,
	input: { userId: string; sessionId: string; secret: string; ticket: string },
	now = Date.now()
): Promise<TotpEnrolment | null> {
	const [user] = await db
		.select({ email: users.email, passwordHash: users.passwordHash, totpSecret: users.totpSecret })
		.from(users)
		.where(eq(users.id, input.userId));
	if (!user || user.totpSecret || !ticketHolds(user.passwordHash, input, now)) return null;
	return describeEnrolment(user.email, input.secret, input.ticket);
}

export type EnrolmentRefusal =
	| { ok: false; reason: 'already-enabled' | 'expired' | 'wrong-code' }
	| { ok: false; reason: 'too-many'; minutes: number };

/**
 * Turns the app on once `code` is right for the enrolment's secret, and makes the ten recovery
 * codes (returned to show once). 'expired': the ticket is old, forged or from another session.
 */
export async function confirmTotpEnrolment(
	db: Db,
	input: { userId: string; sessionId: string; secret: string; ticket: string; code: string; client: ClientInfo },
	now = Date.now()
): Promise<{ ok: true; recoveryCodes: string[] } | EnrolmentRefusal> {
	const { userId, sessionId, secret, ticket, code, client } = input;
	const [user] = await db
		.select({ passwordHash: users.passwordHash, totpSecret: users.totpSecret })
		.from(users)
		.where(eq(users.id, userId));
	if (!user) return { ok: false, reason: 'expired' };
	if (user.totpSecret) return { ok: false, reason: 'already-enabled' };
	if (!ticketHolds(user.passwordHash, { userId, sessionId, secret, ticket }, now))
		return { ok: false, reason: 'expired' };
	const tried = await reserveCodeTry(db, accountCheckKey(userId), MAX_ACCOUNT_CHECKS);
	if (!tried.ok) return { ok: false, reason: 'too-many', minutes: tried.minutes };
	const step = matchTotpStep(secret, code, now);
	if (step === null) {
		await recordAccountEvent(db, userId, 'second-factor-failed', client);
		return { ok: false, reason: 'wrong-code' };
	}
	const recoveryCodes = await db.transaction(async (tx) => {
		const enabled = await tx
			.update(users)
			.set({ totpSecret: secret, totpLastStep: step })
			.where(and(eq(users.id, userId), isNull(users.totpSecret)))
			.returning({ id: users.id });
		if (enabled.length === 0) return null;
		const codes = await replaceRecoveryCodes(tx, userId);
		await recordAccountEvent(tx, userId, 'totp-enabled', client);
		return codes;
	});
	if (!recoveryCodes) return { ok: false, reason: 'already-enabled' };
	await clearCodeTries(db, tried.key);
	return { ok: true, recoveryCodes };
}

// --------------------------------------------------------------------------------------------
// Proof on the account page: the current password or a current code of the app.

export type Proof = { password: string } | { code: string };
export type ProofRefusal =
	| { ok: false; reason: 'wrong-password' | 'wrong-code' | 'reused' }
	| { ok: false; reason: 'too-many'; minutes: number };

/** Checks the person at the keyboard knows the password (or has the app), within the account-page limit. */
export async function checkProof(
	db: Db,
	{ userId, proof, client }: { userId: string; proof: Proof; client: ClientInfo }
): Promise<{ ok: true } | ProofRefusal> {
	const tried = await reserveCodeTry(db, accountCheckKey(userId), MAX_ACCOUNT_CHECKS);
	if (!tried.ok) return { ok: false, reason: 'too-many', minutes: tried.minutes };
	if ('password' in proof) {
		const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
		if (!user || !(await verifyPassword(user.passwordHash, proof.password)))
			return { ok: false, reason: 'wrong-password' };
	} else {
		const used = await useTotpCode(db, { userId, code: proof.code });
		if (!used.ok) {
			await recordAccountEvent(db, userId, 'second-factor-failed', client);
			return { ok: false, reason: used.reason === 'reused' ? 'reused' : 'wrong-code' };
		}
	}
	await clearCodeTries(db, tried.key);
	return { ok: true };
}

/**
 * Turns the app off after a proof. The recovery codes go too when no passkey is left: without a
 * second factor they would open nothing.
 */
export async function disableTotp(
	db: Db,
	{ userId, proof, client }: { userId: string; proof: Proof; client: ClientInfo }
): Promise<{ ok: true } | ProofRefusal | { ok: false; reason: 'not-enabled' }> {
	const [user] = await db.select({ totpSecret: users.totpSecret }).from(users).where(eq(users.id, userId));
	if (!user?.totpSecret) return { ok: false, reason: 'not-enabled' };
	const checked = await checkProof(db, { userId, proof, client });
	if (!checked.ok) return checked;
	await db.transaction(async (tx) => {
		await tx.update(users).set({ totpSecret: null, totpLastStep: null }).where(eq(users.id, userId));
		const [passkey] = await tx.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.userId, userId)).limit(1);
		if (!passkey) await deleteRecoveryCodes(tx, userId);
		await recordAccountEvent(tx, userId, 'totp-disabled', client);
	});
	return { ok: true };
}

/** Ten new recovery codes after a proof (the old ones stop working); for an account with a second factor. */
export async function renewRecoveryCodes(
	db: Db,
	{ userId, proof, client }: { userId: string; proof: Proof; client: ClientInfo }
): Promise<{ ok: true; recoveryCodes: string[] } | ProofRefusal | { ok: false; reason: 'no-second-factor' }> {
	const [user] = await db.select({ totpSecret: users.totpSecret }).from(users).where(eq(users.id, userId));
	const [passkey] = await db.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.userId, userId)).limit(1);
	if (!user?.totpSecret && !passkey) return { ok: false, reason: 'no-second-factor' };
	const checked = await checkProof(db, { userId, proof, client });
	if (!checked.ok) return checked;
	const recoveryCodes = await db.transaction(async (tx) => {
		const codes = await replaceRecoveryCodes(tx, userId);
		await recordAccountEvent(tx, userId, 'recovery-codes-renewed', client);
		return codes;
	});
	return { ok: true, recoveryCodes };
}
