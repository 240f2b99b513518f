import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { accountNameSchema, changeEmailSchema, changePasswordSchema } from '$lib/domain/auth/auth.schema';
import { changePassword, requestEmailChange, resendConfirmation, setUserName } from '$lib/domain/auth/accounts.server';
import { accountMail, requireUser } from '$lib/server/auth-guard';
import { getDb } from '$lib/server/db/client';
import { mailRateLimited } from '$lib/labels';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return { name: user.name, email: user.email, emailConfirmed: user.emailConfirmed };
};

export const actions: Actions = {
	name: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(accountNameSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { action: 'name', values: parsed.values, errors: parsed.errors });
		await setUserName(getDb(), user.id, parsed.data.name);
		return { action: 'name', done: true };
	},
	email: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(changeEmailSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { action: 'email', values: parsed.values, errors: parsed.errors });
		const outcome = await requestEmailChange(
			getDb(),
			{ userId: user.id, password: parsed.data.password, newEmail: parsed.data.newEmail },
			accountMail(event)
		);
		const values = { newEmail: parsed.data.newEmail };
		if (!outcome.ok) return fail(400, { action: 'email', values, errors: outcome.errors });
		return { action: 'email', done: true, newEmail: parsed.data.newEmail };
	},
	password: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(changePasswordSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { action: 'password', values: {}, errors: parsed.errors });
		const outcome = await changePassword(
			getDb(),
			{ userId: user.id, sessionId: event.locals.sessionId ?? '', ...parsed.data },
			accountMail(event)
		);
		if (!outcome.ok) return fail(400, { action: 'password', values: {}, errors: outcome.errors });
		return { action: 'password', done: true, endedSessions: outcome.endedSessions };
	},
	resend: async (event) => {
		const user = requireUser(event);
		const outcome = await resendConfirmation(getDb(), user.id, accountMail(event));
		if (outcome.ok) return { action: 'resend', done: true };
		const form = 'errors' in outcome ? (outcome.errors.form ?? '') : mailRateLimited(outcome.minutes);
		return fail(429, { action: 'resend', values: {}, errors: { form } });
	}
};
