import { redirect } from '@sveltejs/kit';
import { invalidateSession } from '$lib/domain/auth/session.server';
import { getDb } from '$lib/server/db/client';
import { sessionCookieName } from '$lib/server/cookies';
import { isOwnFormPost } from '$lib/server/form-post';
import { forbidden } from '$lib/http-errors';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, cookies, request, url }) => {
	if (!isOwnFormPost(request, url)) forbidden();
	if (locals.sessionId) await invalidateSession(getDb(), locals.sessionId);
	cookies.delete(sessionCookieName(url), { path: '/' });
	redirect(303, '/');
};
