import { fail, redirect } from '@sveltejs/kit';
import { confirmEmail, getConfirmationLink } from '$lib/domain/auth/accounts.server';
import { safeNext } from '$lib/domain/auth/auth.schema';
import { getDb } from '$lib/server/db/client';
import { accountMail } from '$lib/server/auth-guard';
import type { Actions, PageServerLoad } from './$types';

// Opening the link only shows a button: mail scanners that fetch links must not use it up.
export const load: PageServerLoad = async ({ params, url }) => {
	const link = await getConfirmationLink(getDb(), params.token);
	return { link, next: safeNext(url.searchParams.get('next'), url.origin) };
};

export const actions: Actions = {
	default: async (event) => {
		const { url, locals } = event;
		const outcome = await confirmEmail(getDb(), event.params.token, accountMail(event));
		if (!outcome.ok) return fail(400, { reason: outcome.reason });
		const next = safeNext(url.searchParams.get('next'), url.origin);
		// Logged in as this account: straight on. Otherwise (another browser, or another account) log in.
		if (locals.user?.id === outcome.userId) redirect(303, `${next ?? '/account'}`);
		const query = new URLSearchParams({ bevestigd: outcome.purpose === 'email-change' ? 'adres' : 'account' });
		if (next) query.set('next', next);
		redirect(303, `/inloggen?${query}`);
	}
};
