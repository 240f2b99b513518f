import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { registerSchema, safeNext } from '$lib/domain/auth/auth.schema';
import { registerUser } from '$lib/domain/auth/accounts.server';
import { getDb } from '$lib/server/db/client';
import { startSession } from '$lib/server/auth-guard';
import { getLocale } from '$lib/paraglide/runtime.js';
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
		const outcome = await registerUser(getDb(), parsed.data, getLocale());
		if (!outcome.ok) {
			const { password: _password, ...values } = parsed.data;
			return fail(400, { values, errors: outcome.errors });
		}
		await startSession(event, outcome.user.id);
		redirect(303, safeNext(parsed.data.next, url.origin) ?? '/s');
	}
};
