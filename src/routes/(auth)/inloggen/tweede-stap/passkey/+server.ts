import { json } from '@sveltejs/kit';
import { safeNext } from '$lib/domain/auth/auth.schema';
import { passkeyLoginBodySchema } from '$lib/domain/auth/passkeys.schema';
import { passkeySecondStep, relyingPartyOf } from '$lib/domain/auth/passkeys.server';
import { loginRefusalMessage } from '$lib/domain/auth/passkey-messages';
import { clearPendingLogin, clientInfo, finishPendingLogin, pendingLogin } from '$lib/server/auth-guard';
import { getDb } from '$lib/server/db/client';
import { passkeyChallengeCookieName } from '$lib/server/cookies';
import { jsonMessage, readOwnJson } from '$lib/server/json-post';
import { m } from '$lib/paraglide/messages.js';
import type { RequestHandler } from './$types';

/** The browser's answer at the second login step: the pending session is complete, with a new token. */
export const POST: RequestHandler = async (event) => {
	const { cookies, url } = event;
	const body = await readOwnJson(event, passkeyLoginBodySchema);
	if (!body.ok) return body.response;
	const pending = await pendingLogin(event);
	if (!pending) return jsonMessage(401, m.second_factor_passkey_login_again());
	const cookie = passkeyChallengeCookieName(url, 'authenticate');
	const outcome = await passkeySecondStep(getDb(), {
		sessionId: pending.sessionId,
		userId: pending.user.id,
		response: body.data.response,
		challengeToken: cookies.get(cookie),
		rp: relyingPartyOf(url),
		client: clientInfo(event)
	});
	cookies.delete(cookie, { path: '/' });
	if (!outcome.ok) {
		if (outcome.reason !== 'ended') return jsonMessage(400, loginRefusalMessage(outcome.reason));
		clearPendingLogin(event);
		return jsonMessage(429, m.second_factor_passkey_login_again());
	}
	if (!(await finishPendingLogin(event, pending.sessionId)))
		return jsonMessage(401, m.second_factor_passkey_login_again());
	return json({ redirect: safeNext(body.data.next, url.origin) ?? '/s' });
};
