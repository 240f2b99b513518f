import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { deleteAccountSchema } from '$lib/domain/auth/auth.schema';
import { deleteAccount, listBlockingPartnerships } from '$lib/domain/auth/account-deletion.server';
import { accountMail, requireUser } from '$lib/server/auth-guard';
import { sessionCookieName } from '$lib/server/cookies';
import { getDb } from '$lib/server/db/client';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { partnerships: await listBlockingPartnerships(getDb(), user.id) };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(deleteAccountSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { values: {}, errors: parsed.errors });
		const outcome = await deleteAccount(
			getDb(),
			{ userId: user.id, password: parsed.data.password },
			accountMail(event)
		);
		if (!outcome.ok) {
			if (outcome.reason === 'still-member') return fail(409, { values: {}, errors: {} });
			return fail(400, { values: {}, errors: outcome.errors });
		}
		// The sessions are gone with the account; the cookie goes too.
		event.cookies.delete(sessionCookieName(event.url), { path: '/' });
		redirect(303, '/?account=verwijderd');
	}
};
