import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { sessions, users } from '$lib/server/db/schema';
import { newToken, sha256 } from '$lib/server/crypto';

export const SESSION_COOKIE = 'brugwerk_session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_DAYS = 30;

export interface SessionUser {
	id: string;
	email: string;
	name: string;
	locale: string;
}

/** Creates a session and returns the token for the cookie (only its hash is stored). */
export async function createSession(db: Db, userId: string): Promise<{ token: string; expiresAt: Date }> {
	const token = newToken();
	const expiresAt = new Date(Date.now() + SESSION_DAYS * DAY);
	await db.insert(sessions).values({ id: sha256(token), userId, expiresAt });
	return { token, expiresAt };
}

/**
 * Resolves a cookie token to its user. Sessions slide: when less than half the lifetime is left,
 * the expiry moves forward and `renewedUntil` tells the caller to refresh the cookie.
 */
export async function validateSession(
	db: Db,
	token: string
): Promise<{ user: SessionUser; sessionId: string; renewedUntil: Date | null } | null> {
	const id = sha256(token);
	const [row] = await db
		.select({
			expiresAt: sessions.expiresAt,
			user: { id: users.id, email: users.email, name: users.name, locale: users.locale }
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date())));
	if (!row) return null;
	let renewedUntil: Date | null = null;
	if (row.expiresAt.getTime() - Date.now() < (SESSION_DAYS / 2) * DAY) {
		renewedUntil = new Date(Date.now() + SESSION_DAYS * DAY);
		await db.update(sessions).set({ expiresAt: renewedUntil }).where(eq(sessions.id, id));
	}
	return { user: row.user, sessionId: id, renewedUntil };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
	await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
