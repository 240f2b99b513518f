import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { PASSKEYS_MAX, relyingPartyOf, startPasskeyRegistration } from '$lib/domain/auth/passkeys.server';
import { getDb } from '$lib/server/db/client';
import { passkeyChallengeCookieName, passkeyChallengeCookieOptions } from '$lib/server/cookies';
import { jsonMessage, readOwnJson } from '$lib/server/json-post';
import { m } from '$lib/paraglide/messages.js';
import type { RequestHandler } from './$types';

/** The options for adding a passkey to my account; the challenge's token goes in a cookie. */
export const POST: RequestHandler = async (event) => {
	const { locals, cookies, url } = event;
	// Authenticate first, then read the body (the order of every route).
	if (!locals.user) return jsonMessage(401, m.passkey_err_logged_out());
	const body = await readOwnJson(event, z.object({}));
	if (!body.ok) return body.response;
	const cookie = passkeyChallengeCookieName(url, 'register');
	const started = await startPasskeyRegistration(getDb(), {
		user: locals.user,
		rp: relyingPartyOf(url),
		replaces: cookies.get(cookie)
	});
	if (!started.ok) return jsonMessage(409, m.passkey_err_too_many({ max: PASSKEYS_MAX }));
	cookies.set(cookie, started.challengeToken, passkeyChallengeCookieOptions(url));
	return json({ options: started.options });
};
