import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { resetPasswordSchema } from '$lib/domain/auth/auth.schema';
import { getPasswordResetLink, resetPassword } from '$lib/domain/auth/accounts.server';
import { getDb } from '$lib/server/db/client';
import { clientInfo } from '$lib/server/auth-guard';
import { sessionCookieName } from '$lib/server/cookies';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const link = await getPasswordResetLink(getDb(), params.token);
	return link ? { valid: true as const, email: link.email } : { valid: false as const };
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = parseForm(resetPasswordSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const outcome = await resetPassword(
			getDb(),
			{ token: event.params.token, password: parsed.data.password },
			clientInfo(event)
		);
		if (!outcome.ok) return fail(400, { errors: 'errors' in outcome ? outcome.errors : { form: 'invalid-link' } });
		// Every session ended, this browser's too: the owner logs in with the new password (and a
		// second step, if the account has one).
		event.cookies.delete(sessionCookieName(event.url), { path: '/' });
		redirect(303, '/inloggen?wachtwoord=nieuw');
	}
};
