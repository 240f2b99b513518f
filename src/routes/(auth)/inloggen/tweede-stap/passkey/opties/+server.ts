import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { relyingPartyOf, startPasskeyLogin } from '$lib/domain/auth/passkeys.server';
import { pendingLogin } from '$lib/server/auth-guard';
import { getDb } from '$lib/server/db/client';
import { passkeyChallengeCookieName, passkeyChallengeCookieOptions } from '$lib/server/cookies';
import { jsonMessage, readOwnJson } from '$lib/server/json-post';
import { m } from '$lib/paraglide/messages.js';
import type { RequestHandler } from './$types';

/** The options for the second login step with a passkey: only the passkeys of the pending login's account. */
export const POST: RequestHandler = async (event) => {
	const { cookies, url } = event;
	const body = await readOwnJson(event, z.object({}));
	if (!body.ok) return body.response;
	const pending = await pendingLogin(event);
	if (!pending) return jsonMessage(401, m.second_factor_passkey_login_again());
	const cookie = passkeyChallengeCookieName(url, 'authenticate');
	const { options, challengeToken } = await startPasskeyLogin(getDb(), {
		rp: relyingPartyOf(url),
		userId: pending.user.id,
		replaces: cookies.get(cookie)
	});
	cookies.set(cookie, challengeToken, passkeyChallengeCookieOptions(url));
	return json({ options });
};
