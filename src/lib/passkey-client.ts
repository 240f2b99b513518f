// The browser's side of the passkey ceremonies (PasskeyAdd.svelte, PasskeyLogin.svelte): posting
// JSON to our endpoints, and turning what the browser throws into a sentence for the person.
import { m } from '$lib/paraglide/messages.js';

/** POSTs `body` as JSON to one of our endpoints: its JSON answer, or the message to show. */
export async function postJson<T>(
	url: string,
	body: unknown
): Promise<{ ok: true; data: T } | { ok: false; message: string }> {
	let response: Response;
	try {
		response = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify(body)
		});
	} catch {
		return { ok: false, message: m.passkey_err_network() };
	}
	const data: unknown = await response.json().catch(() => null);
	if (response.ok && data && typeof data === 'object') return { ok: true, data: data as T };
	const message =
		data && typeof data === 'object' && 'message' in data && typeof data.message === 'string' ? data.message : null;
	return { ok: false, message: message ?? m.passkey_err_general() };
}

/**
 * What went wrong in navigator.credentials (as @simplewebauthn/browser reports it): the person
 * stopped or waited too long, the passkey is already there, or the device cannot do it.
 */
export function passkeyBrowserMessage(error: unknown, ceremony: 'add' | 'login'): string {
	const name = error instanceof Error ? error.name : '';
	const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
	if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || name === 'InvalidStateError')
		return m.passkey_err_already_added();
	if (name === 'NotAllowedError' || name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED')
		return ceremony === 'add' ? m.passkey_add_cancelled() : m.passkey_login_cancelled();
	if (
		code === 'ERROR_AUTHENTICATOR_MISSING_DISCOVERABLE_CREDENTIAL_SUPPORT' ||
		code === 'ERROR_AUTHENTICATOR_MISSING_USER_VERIFICATION_SUPPORT' ||
		code === 'ERROR_AUTHENTICATOR_NO_SUPPORTED_PUBKEYCREDPARAMS_ALG' ||
		name === 'NotSupportedError'
	)
		return m.passkey_err_device();
	return m.passkey_err_general();
}
