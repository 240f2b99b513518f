import { fail, redirect } from '@sveltejs/kit';
import { parseForm, type FieldErrors } from '$lib/forms';
import { registerSchema, safeNext } from '$lib/domain/auth/auth.schema';
import { signUp } from '$lib/domain/auth/accounts.server';
import { getDb } from '$lib/server/db/client';
import { accountMail } from '$lib/server/auth-guard';
import { getLocale } from '$lib/paraglide/runtime.js';
import { mailRateLimited } from '$lib/labels';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), url.origin) ?? '/s');
	return { next: safeNext(url.searchParams.get('next'), url.origin) };
};

export const actions: Actions = {
	default: async (event) => {
		const { request, url, locals } = event;
		if (locals.user) redirect(303, '/s');
		const parsed = parseForm(registerSchema, await request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { password: _password, ...values } = parsed.data;
		// The same answer whether or not the address has an account: the mail says which it was.
		const outcome = await signUp(getDb(), parsed.data, {
			...accountMail(event),
			locale: getLocale(),
			next: safeNext(parsed.data.next, url.origin)
		});
		if (outcome.ok) return { sent: true, email: parsed.data.email };
		if ('errors' in outcome) return fail(400, { values, errors: outcome.errors });
		return fail(429, { values, errors: <FieldErrors>{ form: mailRateLimited(outcome.minutes) } });
	}
};
