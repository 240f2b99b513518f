import { fail } from '@sveltejs/kit';
import { parseForm, type FieldErrors } from '$lib/forms';
import { forgotPasswordSchema } from '$lib/domain/auth/auth.schema';
import { requestPasswordReset } from '$lib/domain/auth/accounts.server';
import { getDb } from '$lib/server/db/client';
import { accountMail } from '$lib/server/auth-guard';
import { mailRateLimited } from '$lib/labels';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const parsed = parseForm(forgotPasswordSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		// The same answer whether or not the address has an account.
		const outcome = await requestPasswordReset(getDb(), parsed.data.email, accountMail(event));
		if (outcome.ok) return { sent: true, email: parsed.data.email };
		const form = 'errors' in outcome ? (outcome.errors.form ?? '') : mailRateLimited(outcome.minutes);
		return fail(429, { values: parsed.data, errors: <FieldErrors>{ form } });
	}
};
