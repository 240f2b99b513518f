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

export const registerSchema = z.object({
	name: z
		.string()
		.trim()
		.min(2, { error: () => m.err_name_required() })
		.max(80, { error: () => m.err_name_too_long() }),
	email,
	password: z
		.string()
		.min(PASSWORD_MIN, { error: () => m.err_password_min({ min: PASSWORD_MIN }) })
		.max(PASSWORD_MAX, { error: () => m.err_password_max({ max: PASSWORD_MAX }) }),
	next: z.string().optional()
});

export const loginSchema = z.object({
	email,
	password: z
		.string()
		.min(1, { error: () => m.err_password_required() })
		.max(PASSWORD_MAX, { error: () => m.err_password_too_long() }),
	next: z.string().optional()
});

export type RegisterInput = z.infer<typeof registerSchema>;
export type LoginInput = z.infer<typeof loginSchema>;

/** Only same-site paths may be a redirect target after login. */
export function safeNext(next: string | undefined | null): string | null {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
	return next;
}
