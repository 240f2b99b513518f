import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from '$lib/domain/auth/session.server';
import { DEVICE_COOKIE, DEVICE_DAYS } from '$lib/domain/auth/rate-limit.server';
import { PENDING_COOKIE } from '$lib/domain/auth/second-factor.server';
import { CHALLENGE_MINUTES } from '$lib/domain/auth/passkeys.server';

type CookieOptions = Parameters<Cookies['set']>[2];

// Over https the cookies carry the `__Host-` prefix: the browser then accepts them only from this
// exact origin, Secure and for path "/", so a sibling subdomain cannot plant or overwrite one.
const named = (url: URL, name: string) => (url.protocol === 'https:' ? `__Host-${name}` : name);

/** The session cookie's name for this request. */
export const sessionCookieName = (url: URL) => named(url, SESSION_COOKIE);
/** The cookie of a login waiting for its second step (second-factor.server.ts). */
export const pendingCookieName = (url: URL) => named(url, PENDING_COOKIE);
/** The known-device cookie's name for this request (rate-limit.server.ts). */
export const deviceCookieName = (url: URL) => named(url, DEVICE_COOKIE);

/** The cookie with the token of a passkey ceremony's challenge (passkeys.server.ts), one per purpose. */
export const passkeyChallengeCookieName = (url: URL, purpose: 'register' | 'authenticate') =>
	named(url, `brugwerk_passkey_${purpose}`);

/** HttpOnly, SameSite=Lax, Secure whenever the site is served over https (production). */
export function sessionCookieOptions(url: URL, expires: Date): CookieOptions {
	return { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', expires };
}

/** Like the session's, for a year: the browser stays known while the account's sessions come and go. */
export function deviceCookieOptions(url: URL): CookieOptions {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: DEVICE_DAYS * 24 * 60 * 60
	};
}

/** A challenge lives a few minutes; only this site's own requests carry it. */
export function passkeyChallengeCookieOptions(url: URL): CookieOptions {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'strict',
		secure: url.protocol === 'https:',
		maxAge: CHALLENGE_MINUTES * 60
	};
}
