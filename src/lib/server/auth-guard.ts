import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { ClientInfo } from '$lib/domain/auth/account-events.server';
import { createSession, type SessionUser } from '$lib/domain/auth/session.server';
import { getDb } from './db/client';
import { sendMail, siteOrigin } from './mail';
import { getPendingSession, PENDING_MINUTES, rotateSessionToken } from '$lib/domain/auth/second-factor.server';
import { pendingCookieName, sessionCookieName, sessionCookieOptions } from './cookies';

/** The logged-in user, or a redirect to the login page that comes back here afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	if (!event.locals.user) redirect(303, `/inloggen?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	return event.locals.user;
}

/** The request's address and browser, for the owner's list of sessions and account log. */
export function clientInfo(event: Pick<RequestEvent, 'request' | 'getClientAddress'>): ClientInfo {
	return { ip: event.getClientAddress(), userAgent: event.request.headers.get('user-agent') ?? '' };
}

/**
 * Starts a session and sets its cookie. With `secondFactorPending` the session waits for the second
 * step: it gets the pending cookie (for PENDING_MINUTES) instead of the session cookie.
 */
export async function startSession(
	event: Pick<RequestEvent, 'cookies' | 'url' | 'request' | 'getClientAddress'>,
	userId: string,
	{ secondFactorPending = false }: { secondFactorPending?: boolean } = {}
): Promise<void> {
	const { cookies, url } = event;
	const { token, expiresAt } = await createSession(getDb(), userId, clientInfo(event), { secondFactorPending });
	if (secondFactorPending)
		cookies.set(
			pendingCookieName(url),
			token,
			sessionCookieOptions(url, new Date(Math.min(expiresAt.getTime(), Date.now() + PENDING_MINUTES * 60_000)))
		);
	else cookies.set(sessionCookieName(url), token, sessionCookieOptions(url, expiresAt));
}

/** The login of this browser that waits for its second step, or null. */
export async function pendingLogin(event: Pick<RequestEvent, 'cookies' | 'url'>) {
	const token = event.cookies.get(pendingCookieName(event.url));
	return token ? getPendingSession(getDb(), token) : null;
}

/** Forgets the pending login's cookie (its session is complete or ended). */
export function clearPendingLogin(event: Pick<RequestEvent, 'cookies' | 'url'>): void {
	event.cookies.delete(pendingCookieName(event.url), { path: '/' });
}

/**
 * After the second step: the completed session gets a new token in the session cookie, so the
 * pending cookie's token never opens anything; the pending cookie goes.
 */
export async function finishPendingLogin(
	event: Pick<RequestEvent, 'cookies' | 'url'>,
	sessionId: string
): Promise<boolean> {
	clearPendingLogin(event);
	const rotated = await rotateSessionToken(getDb(), sessionId);
	if (!rotated) return false;
	event.cookies.set(sessionCookieName(event.url), rotated.token, sessionCookieOptions(event.url, rotated.expiresAt));
	return true;
}

/** What the account flows need to mail a link: the site's address, the mailer and the request's client. */
export function accountMail(event: Pick<RequestEvent, 'request' | 'getClientAddress'>) {
	return { origin: siteOrigin(), send: sendMail, client: clientInfo(event) };
}
