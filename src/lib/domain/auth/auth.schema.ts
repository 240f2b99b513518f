import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';

export const PASSWORD_MIN = 8;
/** Long passphrases are welcome; the cap only protects the hasher. */
export const PASSWORD_MAX = 128;

const email = z
	.string()
	.trim()
	.toLowerCase()
	.min(1, { error: () => m.err_email_required() })
	.max(254, { error: () => m.err_email_too_long() })
	.pipe(z.email({ error: () => m.err_email_invalid() }));

const name = z
	.string()
	.trim()
	.min(2, { error: () => m.err_name_required() })
	.max(80, { error: () => m.err_name_too_long() });

/** A password being chosen: long enough, not absurdly long (the server checks the rest). */
const newPassword = z
	.string()
	.min(PASSWORD_MIN, { error: () => m.err_password_min({ min: PASSWORD_MIN }) })
	.max(PASSWORD_MAX, { error: () => m.err_password_max({ max: PASSWORD_MAX }) });

/** A password being checked. */
const givenPassword = z
	.string()
	.min(1, { error: () => m.err_password_required() })
	.max(PASSWORD_MAX, { error: () => m.err_password_too_long() });

export const registerSchema = z.object({ name, email, password: newPassword, next: z.string().optional() });

export const loginSchema = z.object({ email, password: givenPassword, next: z.string().optional() });

export const forgotPasswordSchema = z.object({ email });
export const resetPasswordSchema = z.object({ password: newPassword });
export const accountNameSchema = z.object({ name });
export const changePasswordSchema = z.object({ currentPassword: givenPassword, newPassword });
export const changeEmailSchema = z.object({ newEmail: email, password: givenPassword });
export const deleteAccountSchema = z.object({ password: givenPassword });

export type RegisterInput = z.infer<typeof registerSchema>;
export type LoginInput = z.infer<typeof loginSchema>;

/**
 * The path to go to after logging in, registering or choosing a language, if `next` is a place on
 * this site: parsed as a URL against `origin` (the request's) and compared by origin, so tabs,
 * backslashes and `//host` tricks that a browser would follow elsewhere are refused. The answer
 * is the URL's own serialisation (percent-encoded), so it is always a valid Location header.
 */
export function safeNext(next: string | undefined | null, origin: string): string | null {
	if (!next || next.length > 2048) return null;
	let url: URL;
	try {
		url = new URL(next, origin);
	} catch {
		return null;
	}
	// A path starting with "//" would be read as another host when used as a Location.
	if (url.origin !== new URL(origin).origin || url.pathname.startsWith('//')) return null;
	return `${url.pathname}${url.search}${url.hash}`;
}
