import { redirect } from '@sveltejs/kit';
import { invalidateSession, SESSION_COOKIE } from '$lib/domain/auth/session.server';
import { getDb } from '$lib/server/db/client';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, cookies }) => {
	if (locals.sessionId) await invalidateSession(getDb(), locals.sessionId);
	cookies.delete(SESSION_COOKIE, { path: '/' });
	redirect(303, '/');
};
