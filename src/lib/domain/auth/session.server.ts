import { and, desc, eq, gt, lt, ne, or, sql } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import { sessions, users } from '$lib/server/db/schema';
import { newToken, sha256 } from '$lib/server/crypto';
import { clipClient, unknownClient, type ClientInfo } from './account-events.server';

export const SESSION_COOKIE = 'brugwerk_session';
const MINUTE = 60 * 1000;

/**
 * How long a session lasts (ADR 0014): it ends after `idleMinutes` without a request and, however
 * active, `absoluteHours` after the login. SESSION_IDLE_MINUTES and SESSION_ABSOLUTE_HOURS override
 * the defaults.
 */
export function sessionLimits(): { idleMinutes: number; absoluteHours: number } {
	const read = (name: string, fallback: number) => {
		const value = Number(process.env[name]);
		return Number.isFinite(value) && value > 0 ? value : fallback;
	};
	return { idleMinutes: read('SESSION_IDLE_MINUTES', 120), absoluteHours: read('SESSION_ABSOLUTE_HOURS', 12) };
}

export interface SessionUser {
	id: string;
	email: string;
	name: string;
	locale: string;
	/** The owner followed the link mailed to the address; joining a partnership needs it. */
	emailConfirmed: boolean;
}

/** The columns of a SessionUser, for every query that resolves a session to its user. */
export const sessionUserColumns = {
	id: users.id,
	email: users.email,
	name: users.name,
	locale: users.locale,
	emailConfirmed: sql<boolean>`${users.emailVerifiedAt} is not null`
};

/**
 * Creates a session and returns the token for the cookie (only its hash is stored). With
 * `secondFactorPending` the password was right but the second step is still to come: such a
 * session opens nothing until `completePendingSession` (second-factor.server.ts, ADR 0015).
 */
export async function createSession(
	db: Db,
	userId: string,
	client: ClientInfo = unknownClient,
	{ secondFactorPending = false }: { secondFactorPending?: boolean } = {}
): Promise<{ token: string; expiresAt: Date }> {
	const token = newToken();
	const expiresAt = new Date(Date.now() + sessionLimits().absoluteHours * 60 * MINUTE);
	await db
		.insert(sessions)
		.values({ id: sha256(token), userId, expiresAt, secondFactorPending, ...clipClient(client) });
	return { token, expiresAt };
}

/**
 * Resolves a cookie token to its user while the session is neither idle too long nor past its
 * absolute end. The last-seen time moves at most once a minute, so most requests only read.
 */
export async function validateSession(db: Db, token: string): Promise<{ user: SessionUser; sessionId: string } | null> {
	const id = sha256(token);
	const now = Date.now();
	const { idleMinutes, absoluteHours } = sessionLimits();
	const [row] = await db
		.select({
			lastSeenAt: sessions.lastSeenAt,
			user: sessionUserColumns
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(
			and(
				eq(sessions.id, id),
				gt(sessions.expiresAt, new Date(now)),
				gt(sessions.createdAt, new Date(now - absoluteHours * 60 * MINUTE)),
				gt(sessions.lastSeenAt, new Date(now - idleMinutes * MINUTE)),
				eq(sessions.secondFactorPending, false)
			)
		);
	if (!row) return null;
	if (now - row.lastSeenAt.getTime() > MINUTE)
		await db
			.update(sessions)
			.set({ lastSeenAt: new Date(now) })
			.where(eq(sessions.id, id));
	return { user: row.user, sessionId: id };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/**
 * The account's live sessions, the most recently used first. A session lives at most
 * SESSION_ABSOLUTE_HOURS, so the list stays short; it shows at most 50.
 */
export async function listSessions(db: Db, userId: string) {
	const now = Date.now();
	const { idleMinutes, absoluteHours } = sessionLimits();
	return db
		.select({
			id: sessions.id,
			createdAt: sessions.createdAt,
			lastSeenAt: sessions.lastSeenAt,
			userAgent: sessions.userAgent,
			ip: sessions.ip
		})
		.from(sessions)
		.where(
			and(
				eq(sessions.userId, userId),
				gt(sessions.expiresAt, new Date(now)),
				gt(sessions.createdAt, new Date(now - absoluteHours * 60 * MINUTE)),
				gt(sessions.lastSeenAt, new Date(now - idleMinutes * MINUTE)),
				eq(sessions.secondFactorPending, false)
			)
		)
		.orderBy(desc(sessions.lastSeenAt), desc(sessions.id))
		.limit(50);
}

/** Ends one of the user's own sessions; another account's session id changes nothing. */
export async function endSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
	const ended = await db
		.delete(sessions)
		.where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId)))
		.returning({ id: sessions.id });
	return ended.length > 0;
}

/** Ends every session of the user but `keep` (none kept when it is null); returns how many ended. */
export async function endOtherSessions(db: Executor, userId: string, keep: string | null): Promise<number> {
	const ended = await db
		.delete(sessions)
		.where(and(eq(sessions.userId, userId), keep ? ne(sessions.id, keep) : undefined))
		.returning({ id: sessions.id });
	return ended.length;
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
	const { idleMinutes } = sessionLimits();
	await db
		.delete(sessions)
		.where(
			or(lt(sessions.expiresAt, new Date()), lt(sessions.lastSeenAt, new Date(Date.now() - idleMinutes * MINUTE)))
		);
}
