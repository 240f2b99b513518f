import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { users } from '$lib/server/db/schema';
import type { FieldErrors } from '$lib/forms';
import type { LoginInput, RegisterInput } from './auth.schema';
import { hashPassword, passwordProblem, verifyPassword } from './password.server';
import { loginSucceeded, reserveLoginAttempt } from './rate-limit.server';
import type { SessionUser } from './session.server';
import { m } from '$lib/paraglide/messages.js';
import { recordAccountEvent, type ClientInfo } from './account-events.server';

type Outcome = { ok: true; user: SessionUser } | { ok: false; errors: FieldErrors };

const publicUser = (u: typeof users.$inferSelect): SessionUser => ({
	id: u.id,
	email: u.email,
	name: u.name,
	locale: u.locale
});

export async function registerUser(db: Db, input: RegisterInput, locale = 'nl'): Promise<Outcome> {
	const problem = passwordProblem(input.password, input.email);
	if (problem) return { ok: false, errors: { password: problem } };
	const passwordHash = await hashPassword(input.password);
	const [user] = await db
		.insert(users)
		.values({ email: input.email, name: input.name, passwordHash, locale })
		.onConflictDoNothing({ target: users.email })
		.returning();
	if (!user)
		return {
			ok: false,
			errors: { email: m.err_account_exists() }
		};
	return { ok: true, user: publicUser(user) };
}

// Verifying against a fixed hash when the account does not exist keeps the timing the same.
let dummyHash: Promise<string> | undefined;

/** Why a login was refused; the route words it in the user's language and picks the status. */
export type LoginRefusal =
	{ ok: false; reason: 'rate-limited'; minutes: number } | { ok: false; reason: 'wrong-credentials' };

/**
 * Checks a login. `deviceToken` is the cookie of a browser that logged in before; on success the
 * answer carries the token to set (a new one when this browser was not known yet).
 */
export async function logIn(
	db: Db,
	input: LoginInput,
	client: ClientInfo,
	deviceToken: string | null = null
): Promise<{ ok: true; user: SessionUser; deviceToken: string | null } | LoginRefusal> {
	const reserved = await reserveLoginAttempt(db, { email: input.email, ip: client.ip, deviceToken });
	if (!reserved.ok) return { ok: false, reason: 'rate-limited', minutes: reserved.minutes };
	const [user] = await db.select().from(users).where(eq(users.email, input.email));
	dummyHash ??= hashPassword('brugwerk-timing-equaliser');
	const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
	// A failure keeps its place in the count, and the owner sees it in the account's log.
	if (!user || !valid) {
		if (user) await recordAccountEvent(db, user.id, 'login-failed', client);
		return { ok: false, reason: 'wrong-credentials' };
	}
	const newDevice = await loginSucceeded(db, reserved.attempt, user.id);
	await recordAccountEvent(db, user.id, 'login', client);
	return { ok: true, user: publicUser(user), deviceToken: newDevice };
}

export async function setUserLocale(db: Db, userId: string, locale: string): Promise<void> {
	await db.update(users).set({ locale }).where(eq(users.id, userId));
}
