import { randomInt } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import { recoveryCodes } from '$lib/server/db/schema';
import { sha256 } from '$lib/server/crypto';
import { recordAccountEvent, type ClientInfo } from './account-events.server';

// Ten single-use codes for the day the authenticator app is lost. They are shown once, right after
// they are made, and only their hash is stored. A code reads like `k7f3-9q2m`: lower case, without
// the characters people mix up (0/o, 1/l/i), in two groups of four.

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUP = 4;

/** A new random code, e.g. `k7f3-9q2m` (about 40 bits). */
export function newRecoveryCode(): string {
	const pick = () => Array.from({ length: GROUP }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
	return `${pick()}-${pick()}`;
}

/**
 * A code as typed (capitals, spaces, with or without the dash) in its stored form, or null when it
 * cannot be a recovery code.
 */
export function normaliseRecoveryCode(typed: string): string | null {
	const plain = typed.toLowerCase().replace(/[\s-]/g, '');
	if (plain.length !== GROUP * 2 || ![...plain].every((c) => ALPHABET.includes(c))) return null;
	return `${plain.slice(0, GROUP)}-${plain.slice(GROUP)}`;
}

/** The stored hash: salted with the account, so one guess never fits two accounts. */
const hashCode = (userId: string, code: string) => sha256(`${userId}:${code}`);

/** Throws away the account's codes and makes ten new ones; returns them (to show once). */
export async function replaceRecoveryCodes(db: Executor, userId: string): Promise<string[]> {
	const codes = new Set<string>();
	while (codes.size < RECOVERY_CODE_COUNT) codes.add(newRecoveryCode());
	await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
	await db.insert(recoveryCodes).values([...codes].map((code) => ({ userId, codeHash: hashCode(userId, code) })));
	return [...codes];
}

/** Removes every code of the account (when it has no second factor left). */
export async function deleteRecoveryCodes(db: Executor, userId: string): Promise<void> {
	await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

/**
 * Uses one code: true once per code. The single UPDATE … WHERE used_at IS NULL makes two parallel
 * uses of the same code give exactly one success.
 */
export async function useRecoveryCode(
	db: Db,
	{ userId, code, client }: { userId: string; code: string; client: ClientInfo }
): Promise<boolean> {
	const normal = normaliseRecoveryCode(code);
	if (!normal) return false;
	const used = await db
		.update(recoveryCodes)
		.set({ usedAt: new Date() })
		.where(
			and(
				eq(recoveryCodes.userId, userId),
				eq(recoveryCodes.codeHash, hashCode(userId, normal)),
				isNull(recoveryCodes.usedAt)
			)
		)
		.returning({ id: recoveryCodes.id });
	if (used.length === 0) return false;
	await recordAccountEvent(db, userId, 'recovery-code-used', client);
	return true;
}
