import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { m } from '$lib/paraglide/messages.js';

// @node-rs/argon2 hashes with argon2id by default (memory 19 MiB, 2 iterations: OWASP's minimum).
export function hashPassword(password: string): Promise<string> {
	return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

let common: Set<string> | undefined;

/** ASVS 2.1.7: refuse passwords from a list of the most common ones (~49k, from zxcvbn-ts). */
export function isCommonPassword(password: string): boolean {
	common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
	return common.has(password.toLowerCase());
}

/** The server-side password rules that a schema cannot know; null when the password is fine. */
export function passwordProblem(password: string, email: string): string | null {
	const lower = password.toLowerCase();
	if (isCommonPassword(password)) return m.err_password_common();
	if (lower === email.toLowerCase() || lower === email.split('@')[0]?.toLowerCase()) return m.err_password_is_email();
	if (/^(.)\1+$/.test(password)) return m.err_password_repeated();
	return null;
}
