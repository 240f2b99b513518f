// What the browser sends about passkeys: the name of a passkey (forms), and the answers of
// navigator.credentials.create()/get() as @simplewebauthn/browser encodes them (JSON bodies).
// The shapes are checked here so that a malformed body is a 400 with a message; the signatures and
// everything inside the encoded parts are checked by @simplewebauthn/server (passkeys.server.ts).
import { z } from 'zod';
import { cleanText, line } from '$lib/fields';
import { m } from '$lib/paraglide/messages.js';

export const PASSKEY_NAME_MAX = 60;

/** A credential id is at most 1023 bytes (WebAuthn), so at most 1364 base64url characters. */
const credentialId = z.string().regex(/^[A-Za-z0-9_-]{1,1364}$/, { error: () => m.passkey_err_not_mine() });
/** An encoded part of an answer (authenticator data, client data, signature, attestation). */
const encoded = z
	.string()
	.regex(/^[A-Za-z0-9_-]+$/)
	.max(32_768);

const name = line(PASSKEY_NAME_MAX, () => m.passkey_err_name_too_long({ max: PASSKEY_NAME_MAX }));

/** Renaming one of my passkeys (form). */
export const renamePasskeySchema = z.object({
	id: credentialId,
	name: name.pipe(z.string().min(1, { error: () => m.passkey_err_name_required() }))
});

/** Removing one of my passkeys (form). */
export const removePasskeySchema = z.object({ id: credentialId });

const answerBase = {
	id: credentialId,
	rawId: credentialId,
	type: z.literal('public-key'),
	clientExtensionResults: z.looseObject({}).optional().default({}),
	authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional()
};

/** The answer of navigator.credentials.create(), as startRegistration() returns it. */
export const registrationAnswerSchema = z.looseObject({
	...answerBase,
	response: z.looseObject({
		clientDataJSON: encoded,
		attestationObject: encoded,
		transports: z.array(z.string().max(32)).max(10).optional()
	})
});

/** The answer of navigator.credentials.get(), as startAuthentication() returns it. */
export const authenticationAnswerSchema = z.looseObject({
	...answerBase,
	response: z.looseObject({
		clientDataJSON: encoded,
		authenticatorData: encoded,
		signature: encoded,
		userHandle: encoded.optional()
	})
});

/** POST /account/passkeys/toevoegen: the new passkey and the name the user gave it (may be empty). */
export const addPasskeyBodySchema = z.object({
	response: registrationAnswerSchema,
	// A JSON body does not pass through parseForm: its text is cleaned here.
	name: z.string().max(1000).optional().default('').transform(cleanText).pipe(name)
});

/**
 * POST /inloggen/passkey: the answer (checked by verifyPasskeyLogin, which uses the challenge up
 * even when the answer is malformed), and where to go afterwards.
 */
export const passkeyLoginBodySchema = z.object({
	response: z.unknown(),
	next: z.string().max(2048).optional()
});

export type AddPasskeyBody = z.infer<typeof addPasskeyBodySchema>;
export type PasskeyLoginBody = z.infer<typeof passkeyLoginBodySchema>;
