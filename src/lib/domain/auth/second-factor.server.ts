import { and, eq, getTableName, gt, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '$lib/server/db/client';
import { partnerships, sessions, users } from '$lib/server/db/schema';
import { newToken, sha256 } from '$lib/server/crypto';
import { can, type Role } from '$lib/domain/permissions/permissions';
import { recordAccountEvent, type ClientInfo } from './account-events.server';
import { clearCodeTries, MAX_SECOND_STEP_TRIES, reserveCodeTry, secondStepKey } from './code-tries.server';
import { useRecoveryCode } from './recovery-codes.server';
import { sessionLimits, sessionUserColumns, type SessionUser } from './session.server';
import { useTotpCode } from './totp.server';

// The second step of a login (ADR 0015). After a right password, an account with a second factor
// (the authenticator app or a passkey) gets a *pending* session: validateSession ignores it, so it
// opens nothing; its own cookie (PENDING_COOKIE) only reaches the second-step page. A right code
// completes it; five wrong ones, or ten minutes, end it and the person starts over.

export const PENDING_COOKIE = 'brugwerk_pending';
/** A pending session older than this is not valid any more. */
export const PENDING_MINUTES = 10;
const MINUTE = 60_000;

export interface SecondFactors {
	totp: boolean;
	passkeys: number;
	recoveryCodesLeft: number;
}

// Column references inside these subqueries are written out with their table: drizzle leaves a
// column in a select list unqualified, which a subquery would read as its own table's column.

/** The account's second factors, in one round trip. */
export async function secondFactorsOf(db: Db, userId: string): Promise<SecondFactors> {
	const [row] = await db
		.select({
			totp: sql<boolean>`"users"."totp_secret" is not null`,
			passkeys: sql<number>`(select count(*)::int from "passkeys" p where p.user_id = "users"."id")`,
			recoveryCodesLeft: sql<number>`(select count(*)::int from "recovery_codes" r where r.user_id = "users"."id" and r.used_at is null)`
		})
		.from(users)
		.where(eq(users.id, userId));
	return row ?? { totp: false, passkeys: 0, recoveryCodesLeft: 0 };
}

/** Whether the account has a second factor: the app, or at least one passkey (recovery codes alone do not count). */
export async function hasSecondFactor(db: Db, userId: string): Promise<boolean> {
	const factors = await secondFactorsOf(db, userId);
	return factors.totp || factors.passkeys > 0;
}

/**
 * The same question as a SQL expression on a user id column of the query it goes in (the
 * membership lookup of every partnership page), so the partnership's rule costs no extra round trip.
 */
export function hasSecondFactorSql(userId: AnyPgColumn): SQL<boolean> {
	const outer = sql.raw(`"${getTableName(userId.table)}"."${userId.name}"`);
	return sql<boolean>`(exists (select 1 from "users" u where u.id = ${outer} and u.totp_secret is not null) or exists (select 1 from "passkeys" p where p.user_id = ${outer}))`;
}

// --------------------------------------------------------------------------------------------
// Pending sessions

/** The where-clause of a live pending session: validateSession's limits, and at most PENDING_MINUTES old. */
function livePending(id: string, now: number) {
	const { idleMinutes, absoluteHours } = sessionLimits();
	const since = Math.max(now - absoluteHours * 60 * MINUTE, now - PENDING_MINUTES * MINUTE);
	return and(
		eq(sessions.id, id),
		eq(sessions.secondFactorPending, true),
		gt(sessions.expiresAt, new Date(now)),
		gt(sessions.createdAt, new Date(since)),
		gt(sessions.lastSeenAt, new Date(now - idleMinutes * MINUTE))
	);
}

/** The pending session behind a cookie token and its user, or null (none, complete, too old). */
export async function getPendingSession(
	db: Db,
	token: string
): Promise<{ sessionId: string; user: SessionUser } | null> {
	const id = sha256(token);
	const [row] = await db
		.select({ user: sessionUserColumns })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(livePending(id, Date.now()));
	return row ? { sessionId: id, user: row.user } : null;
}

/** The second step succeeded: the session opens the app from now on. False when it was not (or no longer) pending. */
export async function completePendingSession(db: Db, sessionId: string): Promise<boolean> {
	const now = Date.now();
	const done = await db
		.update(sessions)
		.set({ secondFactorPending: false, lastSeenAt: new Date(now) })
		.where(livePending(sessionId, now))
		.returning({ id: sessions.id });
	return done.length > 0;
}

/** Ends a pending session (too many wrong codes); a complete session is left alone. */
export async function endPendingSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(sessions).where(and(eq(sessions.id, sessionId), eq(sessions.secondFactorPending, true)));
}

/**
 * Gives a session a new token (after the second step: the token of the pending cookie never
 * becomes the session cookie). Returns the new token and the session's end, or null.
 */
export async function rotateSessionToken(
	db: Db,
	sessionId: string
): Promise<{ token: string; sessionId: string; expiresAt: Date } | null> {
	const token = newToken();
	const [row] = await db
		.update(sessions)
		.set({ id: sha256(token) })
		.where(and(eq(sessions.id, sessionId), eq(sessions.secondFactorPending, false)))
		.returning({ id: sessions.id, expiresAt: sessions.expiresAt });
	return row ? { token, sessionId: row.id, expiresAt: row.expiresAt } : null;
}

export type SecondStepMethod = 'totp' | 'recovery';
export type SecondStepOutcome =
	| { ok: true }
	| { ok: false; reason: 'wrong-code'; triesLeft: number }
	| { ok: false; reason: 'reused'; triesLeft: number }
	/** The pending session has ended: too many wrong codes, or it expired meanwhile. */
	| { ok: false; reason: 'ended' };

/**
 * One try at the second step of a pending session, whatever proves it (a code, a passkey): the
 * try takes its place in the session's count first (MAX_SECOND_STEP_TRIES), so parallel tries
 * cannot exceed it; `check` answers null for a right answer or the reason it is wrong; the last
 * wrong try ends the session, and a right one completes it and logs the login.
 */
export async function takeSecondStep<Refusal extends string>(
	db: Db,
	{ sessionId, userId, client }: { sessionId: string; userId: string; client: ClientInfo },
	check: () => Promise<Refusal | null>
): Promise<{ ok: true } | { ok: false; reason: Refusal; triesLeft: number } | { ok: false; reason: 'ended' }> {
	const key = secondStepKey(sessionId);
	const tried = await reserveCodeTry(db, key, MAX_SECOND_STEP_TRIES);
	if (!tried.ok) {
		await endPendingSession(db, sessionId);
		return { ok: false, reason: 'ended' };
	}
	const refusal = await check();
	if (refusal === null) {
		await clearCodeTries(db, key);
		if (!(await completePendingSession(db, sessionId))) return { ok: false, reason: 'ended' };
		await recordAccountEvent(db, userId, 'login', client);
		return { ok: true };
	}
	// The tries stay counted until they leave the window: cleared here, the parallel tries of the
	// same burst would find free places again.
	if (tried.used >= MAX_SECOND_STEP_TRIES) {
		await endPendingSession(db, sessionId);
		return { ok: false, reason: 'ended' };
	}
	return { ok: false, reason: refusal, triesLeft: MAX_SECOND_STEP_TRIES - tried.used };
}

/** The second step with a code of the app or a recovery code; a wrong one is logged for the owner. */
export function verifySecondStep(
	db: Db,
	input: { sessionId: string; userId: string; method: SecondStepMethod; code: string; client: ClientInfo }
): Promise<SecondStepOutcome> {
	const { userId, method, code, client } = input;
	return takeSecondStep(db, input, async () => {
		let refusal: 'wrong-code' | 'reused' | null;
		if (method === 'totp') {
			const used = await useTotpCode(db, { userId, code });
			refusal = used.ok ? null : used.reason === 'reused' ? 'reused' : 'wrong-code';
		} else {
			refusal = (await useRecoveryCode(db, { userId, code, client })) ? null : 'wrong-code';
		}
		if (refusal) await recordAccountEvent(db, userId, 'second-factor-failed', client);
		return refusal;
	});
}

// --------------------------------------------------------------------------------------------
// The partnership's rule: who reads case content needs a second factor.

/** Whether a member must set up a second factor before entering the partnership. */
export function mustSetUpSecondFactor({
	required,
	role,
	hasSecondFactor
}: {
	required: boolean;
	role: Role;
	hasSecondFactor: boolean;
}): boolean {
	return required && can(role, 'case:read') && !hasSecondFactor;
}

/**
 * A coordinator turns the rule on or off. Turning it on asks the coordinator to have a second factor
 * first (they read case content too, and would otherwise be sent away from their own partnership).
 */
export async function setSecondFactorRule(
	db: Db,
	{ partnershipId, userId, required }: { partnershipId: string; userId: string; required: boolean }
): Promise<{ ok: true } | { ok: false; reason: 'own-second-factor-missing' }> {
	if (required && !(await hasSecondFactor(db, userId))) return { ok: false, reason: 'own-second-factor-missing' };
	await db.update(partnerships).set({ requireSecondFactor: required }).where(eq(partnerships.id, partnershipId));
	return { ok: true };
}
