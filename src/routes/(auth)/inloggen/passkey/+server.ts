import { json } from '@sveltejs/kit';
import { safeNext } from '$lib/domain/auth/auth.schema';
import { passkeyLoginBodySchema } from '$lib/domain/auth/passkeys.schema';
import { logInWithPasskey, relyingPartyOf } from '$lib/domain/auth/passkeys.server';
import { loginRefusalMessage } from '$lib/domain/auth/passkey-messages';
import { loginRateLimited } from '$lib/labels';
import { clientInfo, startSession } from '$lib/server/auth-guard';
import { getDb } from '$lib/server/db/client';
import { passkeyChallengeCookieName } from '$lib/server/cookies';
import { jsonMessage, readOwnJson } from '$lib/server/json-post';
import type { RequestHandler } from './$types';

/** The browser's answer for a login with a passkey: a session, and where to go next. */
export const POST: RequestHandler = async (event) => {
	const { cookies, url } = event;
	const body = await readOwnJson(event, passkeyLoginBodySchema);
	if (!body.ok) return body.response;
	const cookie = passkeyChallengeCookieName(url, 'authenticate');
	const outcome = await logInWithPasskey(getDb(), {
		response: body.data.response,
		challengeToken: cookies.get(cookie),
		rp: relyingPartyOf(url),
		client: clientInfo(event)
	});
	cookies.delete(cookie, { path: '/' });
	if (!outcome.ok)
		return outcome.reason === 'rate-limited'
			? jsonMessage(429, loginRateLimited(outcome.minutes))
			: jsonMessage(400, loginRefusalMessage(outcome.reason));
	await startSession(event, outcome.userId);
	return json({ redirect: safeNext(body.data.next, url.origin) ?? '/s' });
};
