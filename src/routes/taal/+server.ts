import { redirect } from '@sveltejs/kit';
import { cookieName, cookieMaxAge, isLocale } from '$lib/paraglide/runtime.js';
import { safeNext } from '$lib/domain/auth/auth.schema';
import { setUserLocale } from '$lib/domain/auth/accounts.server';
import { getDb } from '$lib/server/db/client';
import { isOwnFormPost } from '$lib/server/form-post';
import { forbidden } from '$lib/http-errors';
import type { RequestHandler } from './$types';

/** Works without JavaScript: remembers the language in a cookie (and on the account). */
export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
	if (!isOwnFormPost(request, url)) forbidden();
	const form = await request.formData();
	const locale = String(form.get('locale') ?? '');
	if (isLocale(locale)) {
		// Not HttpOnly: Paraglide reads it in the browser too.
		cookies.set(cookieName, locale, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax' });
		if (locals.user) await setUserLocale(getDb(), locals.user.id, locale);
	}
	redirect(303, safeNext(String(form.get('redirectTo') ?? ''), url.origin) ?? '/');
};
