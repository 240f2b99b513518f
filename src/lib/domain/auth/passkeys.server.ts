// Passkeys (WebAuthn credentials): adding one to my account, listing, renaming and removing mine,
// and logging in with one, without a password or as the second login step (ADR 0016).
//
// Every ceremony has a challenge: made with the options, kept in auth_challenges under the SHA-256
// of a token that the route puts in a cookie, valid for CHALLENGE_MINUTES and taken (deleted) by the
// first answer that comes back, right or wrong. The cryptography is @simplewebauthn/server's.
import { and, asc, count, eq, gt, lt, or, sql } from 'drizzle-orm';
import {
	generateAuthenticationOptions,
	generateRegistrationOptions,
	verifyAuthenticationResponse,
	verifyRegistrationResponse,
	type AuthenticationResponseJSON,
	type AuthenticatorTransportFuture,
	type PublicKeyCredentialCreationOptionsJSON,
	type PublicKeyCredentialRequestOptionsJSON,
	type RegistrationResponseJSON
} from '@simplewebauthn/server';
import { isoBase64URL, parseAuthenticatorData } from '@simplewebauthn/server/helpers';
import type { Db } from '$lib/server/db/client';
import { authChallenges, loginFailures, passkeys } from '$lib/server/db/schema';
import { newToken, sha256 } from '$lib/server/crypto';
import { recordAccountEvent, unknownClient, type ClientInfo } from './account-events.server';
import { authenticationAnswerSchema, type AddPasskeyBody } from './passkeys.schema';
import { defaultPasskeyName } from './passkey-name';
import { MAX_PER_IP, WINDOW_MINUTES } from './rate-limit.server';
import { takeSecondStep } from './second-factor.server';

export const RP_NAME = 'Brugwerk';
export const CHALLENGE_MINUTES = 5;
/** How long the browser waits for the person (shorter than the challenge lives). */
const CEREMONY_MS = 3 * 60_000;
/** Enough for every device someone owns; it keeps the list (and the options) small. */
export const PASSKEYS_MAX = 20;
/** Failed logins with a passkey from one address within WINDOW_MINUTES before it has to wait. */
export const MAX_PASSKEY_FAILURES_PER_IP = MAX_PER_IP;

/** Who the passkeys are for: the site's host name (rpID) and its origin, both the request's. */
export interface RelyingParty {
	rpID: string;
	origin: string;
}

export const relyingPartyOf = (url: URL): RelyingParty => ({ rpID: url.hostname, origin: url.origin });

type Purpose = (typeof authChallenges.$inferSelect)['purpose'];

const TRANSPORTS = new Set<string>(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);
const transportsOf = (stored: string) =>
	stored.split(',').filter((t): t is AuthenticatorTransportFuture => TRANSPORTS.has(t));

/** The WebAuthn user handle of an account: its UUID's 16 bytes (no e-mail address or name in it). */
export function userHandleOf(userId: string): Uint8Array<ArrayBuffer> {
	return new Uint8Array(Buffer.from(userId.replace(/-/g, ''), 'hex'));
}

// ---------------------------------------------------------------------------------------------
// Challenges

/** Stores a new challenge and returns the token for the cookie; `replaces` is the cookie's previous token. */
async function saveChallenge(
	db: Db,
	input: { purpose: Purpose; userId: string | null; challenge: string; replaces?: string | null }
): Promise<string> {
	const token = newToken();
	const now = Date.now();
	// Expired challenges (and this browser's previous one) go first, so the table stays small.
	await db
		.delete(authChallenges)
		.where(
			or(
				lt(authChallenges.expiresAt, new Date(now)),
				input.replaces ? eq(authChallenges.id, sha256(input.replaces)) : undefined
			)
		);
	await db.insert(authChallenges).values({
		id: sha256(token),
		userId: input.userId,
		purpose: input.purpose,
		challenge: input.challenge,
		expiresAt: new Date(now + CHALLENGE_MINUTES * 60_000)
	});
	return token;
}

/**
 * Takes the challenge of `token` out of the table (one statement: of two answers with the same
 * token, only one gets it) and returns it when it was made for this purpose and this account (null:
 * a sign-in where the account is not known) and has not expired.
 */
export async function takeChallenge(
	db: Db,
	input: { token: string | null | undefined; purpose: Purpose; userId: string | null }
): Promise<string | null> {
	if (!input.token) return null;
	const [row] = await db
		.delete(authChallenges)
		.where(eq(authChallenges.id, sha256(input.token)))
		.returning();
	if (!row || row.purpose !== input.purpose || row.userId !== input.userId) return null;
	return row.expiresAt.getTime() > Date.now() ? row.challenge : null;
}

// ---------------------------------------------------------------------------------------------
// My passkeys

export interface PasskeyListItem {
	id: string;
	name: string;
	createdAt: Date;
	lastUsedAt: Date | null;
}

/** My passkeys, oldest first. */
export function listPasskeys(db: Db, userId: string): Promise<PasskeyListItem[]> {
	return db
		.select({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
		.from(passkeys)
		.where(eq(passkeys.userId, userId))
		.orderBy(asc(passkeys.createdAt), asc(passkeys.id));
}

/** Renames one of my passkeys; false when I have no passkey with this id. */
export async function renamePasskey(
	db: Db,
	input: { userId: string; passkeyId: string; name: string }
): Promise<boolean> {
	const changed = await db
		.update(passkeys)
		.set({ name: input.name })
		.where(and(eq(passkeys.id, input.passkeyId), eq(passkeys.userId, input.userId)))
		.returning({ id: passkeys.id });
	return changed.length > 0;
}

/** Removes one of my passkeys (it can no longer log in); false when I have no passkey with this id. */
export async function removePasskey(
	db: Db,
	input: { userId: string; passkeyId: string; client?: ClientInfo }
): Promise<boolean> {
	const removed = await db
		.delete(passkeys)
		.where(and(eq(passkeys.id, input.passkeyId), eq(passkeys.userId, input.userId)))
		.returning({ id: passkeys.id });
	if (removed.length === 0) return false;
	await recordAccountEvent(db, input.userId, 'passkey-removed', input.client);
	return true;
}

// ---------------------------------------------------------------------------------------------
// Adding a passkey

export type AddPasskeyRefusal = 'too-many' | 'expired' | 'invalid' | 'already-added';

/** The options for navigator.credentials.create() for a logged-in user, and the challenge's token. */
export async function startPasskeyRegistration(
	db: Db,
	input: { user: { id: string; email: string; name: string }; rp: RelyingParty; replaces?: string | null }
): Promise<
	| { ok: true; options: PublicKeyCredentialCreationOptionsJSON; challengeToken: string }
	| { ok: false; reason: 'too-many' }
> {
	const mine = await db
		.select({ id: passkeys.id, transports: passkeys.transports })
		.from(passkeys)
		.where(eq(passkeys.userId, input.user.id));
	if (mine.length >= PASSKEYS_MAX) return { ok: false, reason: 'too-many' };
	const options = await generateRegistrationOptions({
		rpName: RP_NAME,
		rpID: input.rp.rpID,
		userName: input.user.email,
		userDisplayName: input.user.name,
		userID: userHandleOf(input.user.id),
		timeout: CEREMONY_MS,
		attestationType: 'none',
		// The same authenticator twice would be one passkey with two names.
		excludeCredentials: mine.map((p) => ({ id: p.id, transports: transportsOf(p.transports) })),
		// Discoverable, so it can log in without an e-mail address; verified (PIN, fingerprint, face),
		// so it is two factors in one (ADR 0016).
		authenticatorSelection: { residentKey: 'required', userVerification: 'required' }
	});
	const challengeToken = await saveChallenge(db, {
		purpose: 'register',
		userId: input.user.id,
		challenge: options.challenge,
		replaces: input.replaces
	});
	return { ok: true, options, challengeToken };
}

/** Checks the browser's answer against the challenge and saves the new passkey under the name given. */
export async function addPasskey(
	db: Db,
	input: {
		userId: string;
		body: AddPasskeyBody;
		challengeToken: string | null | undefined;
		rp: RelyingParty;
		client?: ClientInfo;
	}
): Promise<{ ok: true; passkey: { id: string; name: string } } | { ok: false; reason: AddPasskeyRefusal }> {
	const client = input.client ?? unknownClient;
	const challenge = await takeChallenge(db, { token: input.challengeToken, purpose: 'register', userId: input.userId });
	if (!challenge) return { ok: false, reason: 'expired' };
	const [mine] = await db.select({ n: count() }).from(passkeys).where(eq(passkeys.userId, input.userId));
	if ((mine?.n ?? 0) >= PASSKEYS_MAX) return { ok: false, reason: 'too-many' };
	let credential;
	try {
		const verification = await verifyRegistrationResponse({
			response: input.body.response as unknown as RegistrationResponseJSON,
			expectedChallenge: challenge,
			expectedOrigin: input.rp.origin,
			expectedRPID: input.rp.rpID,
			requireUserVerification: true
		});
		if (!verification.verified) return { ok: false, reason: 'invalid' };
		credential = verification.registrationInfo.credential;
	} catch {
		// A malformed or forged answer: the library says why in English, the user gets the reason.
		return { ok: false, reason: 'invalid' };
	}
	const [saved] = await db
		.insert(passkeys)
		.values({
			id: credential.id,
			userId: input.userId,
			publicKey: isoBase64URL.fromBuffer(credential.publicKey),
			counter: credential.counter,
			transports: (credential.transports ?? []).filter((t) => TRANSPORTS.has(t)).join(','),
			name: input.body.name || defaultPasskeyName(client.userAgent)
		})
		.onConflictDoNothing({ target: passkeys.id })
		.returning({ id: passkeys.id, name: passkeys.name });
	// The id is the authenticator's: it is already someone's (mine, or another account's: not said).
	if (!saved) return { ok: false, reason: 'already-added' };
	await recordAccountEvent(db, input.userId, 'passkey-added', client);
	return { ok: true, passkey: saved };
}

// ---------------------------------------------------------------------------------------------
// Logging in with a passkey

export type PasskeyLoginRefusal =
	'expired' | 'malformed' | 'unknown-passkey' | 'wrong-account' | 'invalid' | 'counter-regressed';

/**
 * The options for navigator.credentials.get(), and the challenge's token. With `userId` (the second
 * login step, the account is known) only that account's passkeys are offered; without, the browser
 * offers the passkeys it holds for this site (a sign-in without a password).
 */
export async function startPasskeyLogin(
	db: Db,
	input: { rp: RelyingParty; userId?: string | null; replaces?: string | null }
): Promise<{ options: PublicKeyCredentialRequestOptionsJSON; challengeToken: string }> {
	const userId = input.userId ?? null;
	const allowed = userId
		? await db
				.select({ id: passkeys.id, transports: passkeys.transports })
				.from(passkeys)
				.where(eq(passkeys.userId, userId))
		: [];
	const options = await generateAuthenticationOptions({
		rpID: input.rp.rpID,
		timeout: CEREMONY_MS,
		userVerification: 'required',
		allowCredentials: allowed.map((p) => ({ id: p.id, transports: transportsOf(p.transports) }))
	});
	const challengeToken = await saveChallenge(db, {
		purpose: 'authenticate',
		userId,
		challenge: options.challenge,
		replaces: input.replaces
	});
	return { options, challengeToken };
}

/**
 * Checks a login with a passkey: the challenge (single use, for this purpose and account), the
 * passkey (known; with `userId`, it must be that account's), the signature, the user's verification
 * and the counter (it must go up when the authenticator keeps one; a copied passkey is refused).
 * The counter and "last used" move in one statement that repeats the counter check. Failures with a
 * known account are written to its log: 'second-factor-failed' when `userId` is given (the
 * second login step), 'login-failed' otherwise. A success is recorded by the caller, which knows
 * what the login was.
 */
export async function verifyPasskeyLogin(
	db: Db,
	input: {
		response: unknown;
		challengeToken: string | null | undefined;
		origin: string;
		rpID: string;
		userId?: string;
		client?: ClientInfo;
	}
): Promise<{ ok: true; userId: string } | { ok: false; reason: PasskeyLoginRefusal }> {
	const client = input.client ?? unknownClient;
	const userId = input.userId ?? null;
	const failedFor = async (accountId: string | null, reason: PasskeyLoginRefusal) => {
		if (accountId) await recordAccountEvent(db, accountId, userId ? 'second-factor-failed' : 'login-failed', client);
		return { ok: false as const, reason };
	};
	// The challenge is used up by any answer, even a malformed one.
	const challenge = await takeChallenge(db, { token: input.challengeToken, purpose: 'authenticate', userId });
	if (!challenge) return failedFor(userId, 'expired');
	const parsed = authenticationAnswerSchema.safeParse(input.response);
	if (!parsed.success) return failedFor(userId, 'malformed');
	const answer = parsed.data as unknown as AuthenticationResponseJSON;

	const [key] = await db.select().from(passkeys).where(eq(passkeys.id, answer.id));
	if (!key) return failedFor(userId, 'unknown-passkey');
	if (userId && key.userId !== userId) return failedFor(userId, 'wrong-account');
	const owner = key.userId;
	if (answer.response.userHandle && answer.response.userHandle !== isoBase64URL.fromBuffer(userHandleOf(owner)))
		return failedFor(owner, 'invalid');

	let counter: number;
	try {
		counter = parseAuthenticatorData(isoBase64URL.toBuffer(answer.response.authenticatorData)).counter;
	} catch {
		return failedFor(owner, 'malformed');
	}
	// An authenticator that keeps a counter raises it at every use; an answer that does not is a
	// replay or comes from a copy of the passkey.
	if ((counter > 0 || key.counter > 0) && counter <= key.counter) return failedFor(owner, 'counter-regressed');

	let newCounter: number;
	try {
		const verification = await verifyAuthenticationResponse({
			response: answer,
			expectedChallenge: challenge,
			expectedOrigin: input.origin,
			expectedRPID: input.rpID,
			credential: {
				id: key.id,
				publicKey: isoBase64URL.toBuffer(key.publicKey),
				counter: key.counter,
				transports: transportsOf(key.transports)
			},
			requireUserVerification: true
		});
		if (!verification.verified) return failedFor(owner, 'invalid');
		newCounter = verification.authenticationInfo.newCounter;
	} catch {
		return failedFor(owner, 'invalid');
	}
	const [used] = await db
		.update(passkeys)
		.set({ counter: newCounter, lastUsedAt: new Date() })
		.where(
			and(
				eq(passkeys.id, key.id),
				eq(passkeys.userId, owner),
				newCounter === 0 ? eq(passkeys.counter, 0) : lt(passkeys.counter, newCounter)
			)
		)
		.returning({ id: passkeys.id });
	// Another answer with the same or a higher counter got there first.
	if (!used) return failedFor(owner, 'counter-regressed');
	return { ok: true, userId: owner };
}

/**
 * A sign-in with a passkey and without a password. Failed attempts count per address (the same
 * window as the password login, a key of their own); a success gives its place back and is written
 * to the account's log as a login.
 */
export async function logInWithPasskey(
	db: Db,
	input: { response: unknown; challengeToken: string | null | undefined; rp: RelyingParty; client: ClientInfo }
): Promise<
	| { ok: true; userId: string }
	| { ok: false; reason: PasskeyLoginRefusal }
	| { ok: false; reason: 'rate-limited'; minutes: number }
> {
	const reserved = await reservePasskeyAttempt(db, input.client.ip);
	if (!reserved.ok) return { ok: false, reason: 'rate-limited', minutes: reserved.minutes };
	const outcome = await verifyPasskeyLogin(db, {
		response: input.response,
		challengeToken: input.challengeToken,
		origin: input.rp.origin,
		rpID: input.rp.rpID,
		client: input.client
	});
	// A failure keeps its place in the count.
	if (!outcome.ok) return outcome;
	await db.delete(loginFailures).where(eq(loginFailures.id, reserved.id));
	await recordAccountEvent(db, outcome.userId, 'login', input.client);
	return outcome;
}

// ---------------------------------------------------------------------------------------------
// The limit per address (as in rate-limit.server.ts: the place is taken before the check, under a lock)

const passkeyIpKey = (ip: string) => `passkey-ip:${ip}`;

async function recentFailures(db: Pick<Db, 'select'>, key: string) {
	return db
		.select({ at: loginFailures.at })
		.from(loginFailures)
		.where(and(eq(loginFailures.key, key), gt(loginFailures.at, new Date(Date.now() - WINDOW_MINUTES * 60_000))))
		.orderBy(loginFailures.at);
}

/** Minutes until the next attempt may be made, or null when it may be made now. */
function minutesToWait(rows: { at: Date }[]): number | null {
	if (rows.length < MAX_PASSKEY_FAILURES_PER_IP) return null;
	const oldest = rows[rows.length - MAX_PASSKEY_FAILURES_PER_IP]!.at.getTime();
	return Math.max(1, Math.ceil((oldest + WINDOW_MINUTES * 60_000 - Date.now()) / 60_000));
}

/** Whether this address has to wait before it may try a passkey again: the minutes, or null. */
export async function passkeyLoginBlocked(db: Db, ip: string): Promise<number | null> {
	return minutesToWait(await recentFailures(db, passkeyIpKey(ip)));
}

async function reservePasskeyAttempt(
	db: Db,
	ip: string
): Promise<{ ok: true; id: string } | { ok: false; minutes: number }> {
	const key = passkeyIpKey(ip);
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
		const minutes = minutesToWait(await recentFailures(tx, key));
		if (minutes !== null) return { ok: false, minutes };
		const [made] = await tx.insert(loginFailures).values({ key }).returning({ id: loginFailures.id });
		return { ok: true, id: made!.id };
	});
}

/**
 * The second login step with a passkey: the answer must come from a passkey of the account whose
 * password was just given. A try counts like a code (takeSecondStep).
 */
export function passkeySecondStep(
	db: Db,
	input: {
		sessionId: string;
		userId: string;
		response: unknown;
		challengeToken: string | null | undefined;
		rp: RelyingParty;
		client: ClientInfo;
	}
): ReturnType<typeof takeSecondStep<PasskeyLoginRefusal>> {
	// verifyPasskeyLogin logs a refusal for the account itself.
	return takeSecondStep(db, input, async () => {
		const outcome = await verifyPasskeyLogin(db, {
			response: input.response,
			challengeToken: input.challengeToken,
			origin: input.rp.origin,
			rpID: input.rp.rpID,
			userId: input.userId,
			client: input.client
		});
		return outcome.ok ? null : outcome.reason;
	});
}
