import { z } from 'zod';

export const PASSWORD_MIN = 8;
/** Long passphrases are welcome; the cap only protects the hasher. */
export const PASSWORD_MAX = 128;

const email = z
	.string()
	.trim()
	.toLowerCase()
	.min(1, 'Vul je e-mailadres in.')
	.max(254, 'Dit e-mailadres is te lang.')
	.pipe(z.email('Dit is geen geldig e-mailadres. Controleer het even.'));

export const registerSchema = z.object({
	name: z
		.string()
		.trim()
		.min(2, 'Vul je naam in (minstens 2 tekens).')
		.max(80, 'Je naam mag hoogstens 80 tekens hebben.'),
	email,
	password: z
		.string()
		.min(
			PASSWORD_MIN,
			`Kies een wachtwoord van minstens ${PASSWORD_MIN} tekens. Een zin van een paar woorden is sterk én makkelijk te onthouden.`
		)
		.max(PASSWORD_MAX, `Je wachtwoord mag hoogstens ${PASSWORD_MAX} tekens hebben.`),
	next: z.string().optional()
});

export const loginSchema = z.object({
	email,
	password: z.string().min(1, 'Vul je wachtwoord in.').max(PASSWORD_MAX, 'Dit wachtwoord is te lang.'),
	next: z.string().optional()
});

export type RegisterInput = z.infer<typeof registerSchema>;
export type LoginInput = z.infer<typeof loginSchema>;

/** Only same-site paths may be a redirect target after login. */
export function safeNext(next: string | undefined | null): string | null {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
	return next;
}
