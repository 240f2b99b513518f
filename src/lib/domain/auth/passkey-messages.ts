// Why a login with a passkey was refused, in the reader's language: for the sign-in without a
// password and for the second login step alike.
import { m } from '$lib/paraglide/messages.js';
import type { PasskeyLoginRefusal } from './passkeys.server';

export function loginRefusalMessage(reason: PasskeyLoginRefusal): string {
	switch (reason) {
		case 'expired':
			return m.passkey_err_expired();
		case 'malformed':
		case 'invalid':
			return m.passkey_err_invalid();
		case 'unknown-passkey':
			return m.passkey_err_unknown();
		case 'wrong-account':
			return m.passkey_err_wrong_account();
		case 'counter-regressed':
			return m.passkey_err_counter();
	}
}
