import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { passkeyLoginBlocked, relyingPartyOf, startPasskeyLogin } from '$lib/domain/auth/passkeys.server';
import { getDb } from '$lib/server/db/client';
import { passkeyChallengeCookieName, passkeyChallengeCookieOptions } from '$lib/server/cookies';
import { jsonMessage, readOwnJson } from '$lib/server/json-post';
import { loginRateLimited } from '$lib/labels';
import type { RequestHandler } from './$types';

/** The options for logging in with a passkey, without a password; the challenge's token goes in a cookie. */
export const POST: RequestHandler = async (event) => {
	const { cookies, url } = event;
	const body = await readOwnJson(event, z.object({}));
	if (!body.ok) return body.response;
	const db = getDb();
	// An address that failed too often gets no new challenge either.
	const minutes = await passkeyLoginBlocked(db, event.getClientAddress());
	if (minutes !== null) return jsonMessage(429, loginRateLimited(minutes));
	const cookie = passkeyChallengeCookieName(url, 'authenticate');
	const { options, challengeToken } = await startPasskeyLogin(db, {
		rp: relyingPartyOf(url),
		replaces: cookies.get(cookie)
	});
	cookies.set(cookie, challengeToken, passkeyChallengeCookieOptions(url));
	return json({ options });
};
