import { redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { createSession, type SessionUser } from '$lib/domain/auth/session.server';
import { getDb } from './db/client';
import { sessionCookieName, sessionCookieOptions } from './cookies';

/** The logged-in user, or a redirect to the login page that comes back here afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	if (!event.locals.user) redirect(303, `/inloggen?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	return event.locals.user;
}

export async function startSession(cookies: Cookies, url: URL, userId: string): Promise<void> {
	const { token, expiresAt } = await createSession(getDb(), userId);
	cookies.set(sessionCookieName(url), token, sessionCookieOptions(url, expiresAt));
}
