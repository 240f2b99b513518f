import { json } from '@sveltejs/kit';
import { addPasskeyBodySchema } from '$lib/domain/auth/passkeys.schema';
import { addPasskey, PASSKEYS_MAX, relyingPartyOf } from '$lib/domain/auth/passkeys.server';
import { clientInfo } from '$lib/server/auth-guard';
import { getDb } from '$lib/server/db/client';
import { passkeyChallengeCookieName } from '$lib/server/cookies';
import { jsonMessage, readOwnJson } from '$lib/server/json-post';
import { m } from '$lib/paraglide/messages.js';
import type { RequestHandler } from './$types';

/** The browser's answer for a new passkey, with the name I gave it. */
export const POST: RequestHandler = async (event) => {
	const { locals, cookies, url } = event;
	// Authenticate first, then read the body (the order of every route).
	if (!locals.user) return jsonMessage(401, m.passkey_err_logged_out());
	const body = await readOwnJson(event, addPasskeyBodySchema, ['name']);
	if (!body.ok) return body.response;
	const cookie = passkeyChallengeCookieName(url, 'register');
	const outcome = await addPasskey(getDb(), {
		userId: locals.user.id,
		body: body.data,
		challengeToken: cookies.get(cookie),
		rp: relyingPartyOf(url),
		client: clientInfo(event)
	});
	cookies.delete(cookie, { path: '/' });
	if (outcome.ok) return json({ passkey: outcome.passkey });
	switch (outcome.reason) {
		case 'expired':
			return jsonMessage(400, m.passkey_err_expired());
		case 'invalid':
			return jsonMessage(400, m.passkey_err_invalid());
		case 'already-added':
			return jsonMessage(409, m.passkey_err_already_added());
		case 'too-many':
			return jsonMessage(409, m.passkey_err_too_many({ max: PASSKEYS_MAX }));
	}
};
