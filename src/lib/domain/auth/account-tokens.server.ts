import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import { accountTokens } from '$lib/server/db/schema';
import { newToken, sha256 } from '$lib/server/crypto';

// The links Brugwerk mails to prove that someone reads an address: a password reset, the
// confirmation of a new account's address, a change of address. The link carries a random token;
// only its SHA-256 is stored, so a copy of the table opens nothing. A token works once.

export type AccountTokenPurpose = (typeof accountTokens.$inferSelect)['purpose'];

/** How long a link works. A reset opens the account, so it is short; a confirmation may wait a day. */
export const TOKEN_MINUTES: Record<AccountTokenPurpose, number> = {
	'password-reset': 60,
	'email-confirm': 24 * 60,
	'email-change': 24 * 60
};

/** A new link for `purpose`; earlier unused links of the same purpose stop working. */
export async function issueAccountToken(
	db: Db,
	{ userId, purpose, newEmail = null }: { userId: string; purpose: AccountTokenPurpose; newEmail?: string | null }
): Promise<string> {
	const token = newToken();
	await db.transaction(async (tx) => {
		await tx
			.delete(accountTokens)
			.where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
		await tx.insert(accountTokens).values({
			id: sha256(token),
			userId,
			purpose,
			newEmail,
			expiresAt: new Date(Date.now() + TOKEN_MINUTES[purpose] * 60_000)
		});
	});
	return token;
}

const usable = (token: string, purpose: AccountTokenPurpose) =>
	and(
		eq(accountTokens.id, sha256(token)),
		eq(accountTokens.purpose, purpose),
		isNull(accountTokens.usedAt),
		gt(accountTokens.expiresAt, new Date())
	);

/** The link's account while it still works, without using it (to show the form behind it). */
export async function peekAccountToken(db: Db, token: string, purpose: AccountTokenPurpose) {
	const [row] = await db
		.select({ userId: accountTokens.userId, newEmail: accountTokens.newEmail })
		.from(accountTokens)
		.where(usable(token, purpose));
	return row ?? null;
}

/**
 * Uses the link: one statement marks it used, so of two parallel uses exactly one gets the row.
 * Pass `tx` to use it inside the transaction that does what the link allows.
 */
export async function consumeAccountToken(db: Executor, token: string, purpose: AccountTokenPurpose) {
	const [row] = await db
		.update(accountTokens)
		.set({ usedAt: new Date() })
		.where(usable(token, purpose))
		.returning({ userId: accountTokens.userId, newEmail: accountTokens.newEmail });
	return row ?? null;
}

/** Links that no longer work are kept only until the next start. */
export async function purgeOldAccountTokens(db: Db): Promise<void> {
	await db.delete(accountTokens).where(lt(accountTokens.expiresAt, new Date()));
}
