import { and, count, eq, gt, min, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { loginFailures } from '$lib/server/db/schema';
import { WINDOW_MINUTES } from './rate-limit.server';

// Tries at a code or a password after the login itself: the second step of a login (per pending
// session) and the checks on the account's second-factor page (per account). As for the login
// (rate-limit.server.ts), a try takes its place in the count under an advisory lock BEFORE the
// code is checked, so a burst of parallel tries cannot all be checked at once. The places live in
// the same table as the login's, under their own keys, so every app instance shares the count.

/** Wrong codes a pending login may make before it ends and the person starts over. */
export const MAX_SECOND_STEP_TRIES = 5;
/** Wrong codes or passwords on the account's second-factor page per WINDOW_MINUTES. */
export const MAX_ACCOUNT_CHECKS = 5;

export const secondStepKey = (sessionId: string) => `second-step:${sessionId}`;
export const accountCheckKey = (userId: string) => `second-factor-check:${userId}`;

export type CodeTry = { ok: true; key: string; used: number } | { ok: false; minutes: number };

/** Takes a place in the count of `key` (at most `max` in the window), or says how long to wait. */
export async function reserveCodeTry(db: Db, key: string, max: number): Promise<CodeTry> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
		const since = new Date(Date.now() - WINDOW_MINUTES * 60_000);
		const [row] = await tx
			.select({ n: count(), oldest: min(loginFailures.at) })
			.from(loginFailures)
			.where(and(eq(loginFailures.key, key), gt(loginFailures.at, since)));
		const used = row?.n ?? 0;
		if (used >= max) {
			const oldest = row?.oldest ? new Date(row.oldest).getTime() : Date.now();
			return { ok: false, minutes: Math.max(1, Math.ceil((oldest + WINDOW_MINUTES * 60_000 - Date.now()) / 60_000)) };
		}
		await tx.insert(loginFailures).values({ key });
		return { ok: true, key, used: used + 1 };
	});
}

/** The try was right: the count of `key` starts again. */
export async function clearCodeTries(db: Db, key: string): Promise<void> {
	await db.delete(loginFailures).where(eq(loginFailures.key, key));
}
