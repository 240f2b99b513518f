import { fail } from '@sveltejs/kit';
import { parseForm, type FieldErrors } from '$lib/forms';
import { removePasskeySchema, renamePasskeySchema } from '$lib/domain/auth/passkeys.schema';
import { listPasskeys, PASSKEYS_MAX, removePasskey, renamePasskey } from '$lib/domain/auth/passkeys.server';
import { clientInfo, requireUser } from '$lib/server/auth-guard';
import { getDb } from '$lib/server/db/client';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const passkeys = await listPasskeys(getDb(), user.id);
	// ?verwijderen=<id> is the second step of removing: the question "are you sure?".
	const asked = event.url.searchParams.get('verwijderen');
	return { passkeys, max: PASSKEYS_MAX, confirmRemove: passkeys.find((p) => p.id === asked) ?? null };
};

export const actions: Actions = {
	rename: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(renamePasskeySchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { action: 'rename', id: String(parsed.values.id ?? ''), errors: parsed.errors });
		const found = await renamePasskey(getDb(), { userId: user.id, passkeyId: parsed.data.id, name: parsed.data.name });
		if (!found)
			return fail(404, {
				action: 'rename',
				id: parsed.data.id,
				errors: <FieldErrors>{ form: m.passkey_err_not_mine() }
			});
		return { action: 'rename', id: parsed.data.id, done: true };
	},
	remove: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(removePasskeySchema, await event.request.formData());
		if (!parsed.ok)
			return fail(400, { action: 'remove', id: '', errors: <FieldErrors>{ form: m.passkey_err_not_mine() } });
		const found = await removePasskey(getDb(), {
			userId: user.id,
			passkeyId: parsed.data.id,
			client: clientInfo(event)
		});
		if (!found)
			return fail(404, {
				action: 'remove',
				id: parsed.data.id,
				errors: <FieldErrors>{ form: m.passkey_err_not_mine() }
			});
		return { action: 'remove', id: parsed.data.id, done: true };
	}
};
