import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { ClientInfo } from '$lib/domain/auth/account-events.server';
import { createSession, type SessionUser } from '$lib/domain/auth/session.server';
import { getDb } from './db/client';
import { sendMail, siteOrigin } from './mail';
import { sessionCookieName, sessionCookieOptions } from './cookies';

/** The logged-in user, or a redirect to the login page that comes back here afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	if (!event.locals.user) redirect(303, `/inloggen?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	return event.locals.user;
}

/** The request's address and browser, for the owner's list of sessions and account log. */
export function clientInfo(event: Pick<RequestEvent, 'request' | 'getClientAddress'>): ClientInfo {
	return { ip: event.getClientAddress(), userAgent: event.request.headers.get('user-agent') ?? '' };
}

export async function startSession(
	event: Pick<RequestEvent, 'cookies' | 'url' | 'request' | 'getClientAddress'>,
	userId: string
): Promise<void> {
	const { cookies, url } = event;
	const { token, expiresAt } = await createSession(getDb(), userId, clientInfo(event));
	cookies.set(sessionCookieName(url), token, sessionCookieOptions(url, expiresAt));
}

/** What the account flows need to mail a link: the site's address, the mailer and the request's client. */
export function accountMail(event: Pick<RequestEvent, 'request' | 'getClientAddress'>) {
	return { origin: siteOrigin(), send: sendMail, client: clientInfo(event) };
}
