import { fail, redirect } from '@sveltejs/kit';
import { parseForm, type FieldErrors } from '$lib/forms';
import { loginSchema, safeNext } from '$lib/domain/auth/auth.schema';
import { logIn } from '$lib/domain/auth/accounts.server';
import { getDb } from '$lib/server/db/client';
import { clientInfo, startSession } from '$lib/server/auth-guard';
import { deviceCookieName, deviceCookieOptions } from '$lib/server/cookies';
import { m } from '$lib/paraglide/messages.js';
import { loginRateLimited } from '$lib/labels';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), url.origin) ?? '/s');
	const notices = {
		nieuw: 'password-reset',
		account: 'confirmed-account',
		adres: 'confirmed-address'
	} as const;
	const key = url.searchParams.get('wachtwoord') ?? url.searchParams.get('bevestigd') ?? '';
	return {
		next: safeNext(url.searchParams.get('next'), url.origin),
		notice: Object.hasOwn(notices, key) ? notices[key as keyof typeof notices] : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { request, cookies, url } = event;
		const parsed = parseForm(loginSchema, await request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const outcome = await logIn(getDb(), parsed.data, clientInfo(event), cookies.get(deviceCookieName(url)) ?? null);
		if (!outcome.ok)
			return fail(outcome.reason === 'rate-limited' ? 429 : 400, {
				values: { email: parsed.data.email, next: parsed.data.next ?? '' },
				errors: <FieldErrors>{
					form: outcome.reason === 'rate-limited' ? loginRateLimited(outcome.minutes) : m.login_wrong_credentials()
				}
			});
		// With a second factor the session waits for the second step (ADR 0015).
		const { secondStep } = outcome;
		await startSession(event, outcome.user.id, { secondFactorPending: secondStep });
		if (outcome.deviceToken) cookies.set(deviceCookieName(url), outcome.deviceToken, deviceCookieOptions(url));
		const next = safeNext(parsed.data.next, url.origin);
		if (secondStep) redirect(303, `/inloggen/tweede-stap${next ? `?next=${encodeURIComponent(next)}` : ''}`);
		redirect(303, next ?? '/s');
	}
};
