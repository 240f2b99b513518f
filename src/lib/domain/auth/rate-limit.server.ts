import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { loginFailures } from '$lib/server/db/schema';

// Kept in PostgreSQL so that several app instances share one count.
export const WINDOW_MINUTES = 15;
export const MAX_PER_ACCOUNT = 5;
export const MAX_PER_IP = 30;

const accountKey = (email: string) => `account:${email.toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

/** Minutes until a new attempt is allowed, or 0 when logging in may be tried now. */
export async function loginBlockedFor(db: Db, email: string, ip: string): Promise<number> {
	const since = new Date(Date.now() - WINDOW_MINUTES * 60_000);
	for (const [key, max] of [
		[accountKey(email), MAX_PER_ACCOUNT],
		[ipKey(ip), MAX_PER_IP]
	] as const) {
		const rows = await db
			.select({ at: loginFailures.at })
			.from(loginFailures)
			.where(and(eq(loginFailures.key, key), gt(loginFailures.at, since)))
			.orderBy(loginFailures.at);
		if (rows.length >= max) {
			// Free again when the oldest failure that still counts leaves the window.
			const oldest = rows[rows.length - max]!.at.getTime();
			return Math.max(1, Math.ceil((oldest + WINDOW_MINUTES * 60_000 - Date.now()) / 60_000));
		}
	}
	return 0;
}

export async function recordLoginFailure(db: Db, email: string, ip: string): Promise<void> {
	await db.insert(loginFailures).values([{ key: accountKey(email) }, { key: ipKey(ip) }]);
}

/** A successful login clears the account's failures (not the IP's). */
export async function clearLoginFailures(db: Db, email: string): Promise<void> {
	await db.delete(loginFailures).where(eq(loginFailures.key, accountKey(email)));
}

export async function purgeOldLoginFailures(db: Db): Promise<void> {
	await db.delete(loginFailures).where(lt(loginFailures.at, new Date(Date.now() - WINDOW_MINUTES * 60_000)));
}
