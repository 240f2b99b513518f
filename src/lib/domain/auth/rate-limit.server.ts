import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { knownDevices, loginFailures, users } from '$lib/server/db/schema';
import { newToken, sha256 } from '$lib/server/crypto';

// Kept in PostgreSQL so that several app instances share one count. An attempt takes its place in
// the count BEFORE the password is checked, under a lock per key, so a burst of parallel attempts
// cannot all pass the check at once (issue 13: 25 parallel tries got 18 checks against 5).
//
// A browser that logged in to the account before is a known device: its attempts count on the
// device's own key and not on the account's or the IP's, so a stranger who fails five times locks
// out strangers, not the owner at their usual computer (ADR 0013).
export const WINDOW_MINUTES = 15;
export const MAX_PER_ACCOUNT = 5;
export const MAX_PER_DEVICE = 5;
export const MAX_PER_IP = 30;
export const DEVICE_COOKIE = 'brugwerk_device';
export const DEVICE_DAYS = 365;

const accountKey = (email: string) => `account:${email.toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;
const deviceKey = (deviceId: string) => `device:${deviceId}`;

/** A place in the count, given back when the attempt succeeds. */
export type Attempt = { ids: string[]; email: string; deviceId: string | null };

/**
 * Takes an attempt's place in the count for this account and IP (or this known device), or says
 * how many minutes are left before a new attempt may be made.
 */
export async function reserveLoginAttempt(
	db: Db,
	input: { email: string; ip: string; deviceToken: string | null }
): Promise<{ ok: true; attempt: Attempt } | { ok: false; minutes: number }> {
	const deviceId = await knownDeviceOf(db, input.email, input.deviceToken);
	const limits: [string, number][] = deviceId
		? [[deviceKey(deviceId), MAX_PER_DEVICE]]
		: [
				[accountKey(input.email), MAX_PER_ACCOUNT],
				[ipKey(input.ip), MAX_PER_IP]
			];
	const taken = await takeSlots(db, limits);
	return taken.ok ? { ok: true, attempt: { ids: taken.ids, email: input.email, deviceId } } : taken;
}

/**
 * Takes one place in the count of every key, or none when one of them is full: then the answer
 * says how many minutes remain until a place frees up. Under a transaction-scoped lock per key, so
 * parallel requests are counted one after the other. Used for logins and for the mails that
 * anyone can ask for (password reset, registration).
 */
export async function takeSlots(
	db: Db,
	limits: [key: string, max: number][]
): Promise<{ ok: true; ids: string[] } | { ok: false; minutes: number }> {
	// Always the same lock order, so two requests never wait for each other's second lock.
	const sorted = [...limits].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return db.transaction(async (tx) => {
		for (const [key] of sorted) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
		const since = new Date(Date.now() - WINDOW_MINUTES * 60_000);
		for (const [key, max] of sorted) {
			const rows = await tx
				.select({ at: loginFailures.at })
				.from(loginFailures)
				.where(and(eq(loginFailures.key, key), gt(loginFailures.at, since)))
				.orderBy(loginFailures.at);
			if (rows.length >= max) {
				// Free again when the oldest attempt that still counts leaves the window.
				const oldest = rows[rows.length - max]!.at.getTime();
				return { ok: false, minutes: Math.max(1, Math.ceil((oldest + WINDOW_MINUTES * 60_000 - Date.now()) / 60_000)) };
			}
		}
		const made = await tx
			.insert(loginFailures)
			.values(sorted.map(([key]) => ({ key })))
			.returning({ id: loginFailures.id });
		return { ok: true, ids: made.map((r) => r.id) };
	});
}

/**
 * The attempt succeeded: its places are given back and the account's earlier failures are
 * forgotten. Returns the device token to remember this browser by (a new one for a new device).
 */
export async function loginSucceeded(db: Db, attempt: Attempt, userId: string): Promise<string | null> {
	await db.delete(loginFailures).where(inArray(loginFailures.id, attempt.ids));
	await db.delete(loginFailures).where(eq(loginFailures.key, accountKey(attempt.email)));
	if (attempt.deviceId) {
		await db.delete(loginFailures).where(eq(loginFailures.key, deviceKey(attempt.deviceId)));
		await db.update(knownDevices).set({ lastUsedAt: new Date() }).where(eq(knownDevices.id, attempt.deviceId));
		return null;
	}
	const token = newToken();
	await db.insert(knownDevices).values({ id: sha256(token), userId });
	return token;
}

/** The known device behind a cookie token, when it belongs to the account being logged in to. */
async function knownDeviceOf(db: Db, email: string, token: string | null): Promise<string | null> {
	if (!token) return null;
	const [row] = await db
		.select({ id: knownDevices.id })
		.from(knownDevices)
		.innerJoin(users, eq(users.id, knownDevices.userId))
		.where(
			and(
				eq(knownDevices.id, sha256(token)),
				eq(users.email, email.toLowerCase()),
				gt(knownDevices.lastUsedAt, new Date(Date.now() - DEVICE_DAYS * 24 * 60 * 60_000))
			)
		);
	return row?.id ?? null;
}

/** A reset password starts with a clean slate: the account's counted failures are dropped. */
export async function forgetLoginFailures(db: Db, email: string): Promise<void> {
	await db.delete(loginFailures).where(eq(loginFailures.key, accountKey(email)));
}

export async function purgeOldLoginFailures(db: Db): Promise<void> {
	await db.delete(loginFailures).where(lt(loginFailures.at, new Date(Date.now() - WINDOW_MINUTES * 60_000)));
	await db
		.delete(knownDevices)
		.where(lt(knownDevices.lastUsedAt, new Date(Date.now() - DEVICE_DAYS * 24 * 60 * 60_000)));
}
