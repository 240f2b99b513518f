import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { parseForm, type FieldErrors } from '$lib/forms';
import { safeNext } from '$lib/domain/auth/auth.schema';
import { secondStepCodeSchema, secondStepRecoverySchema } from '$lib/domain/auth/second-factor.schema';
import { secondFactorsOf, verifySecondStep, type SecondStepMethod } from '$lib/domain/auth/second-factor.server';
import { getDb } from '$lib/server/db/client';
import { clearPendingLogin, clientInfo, finishPendingLogin, pendingLogin } from '$lib/server/auth-guard';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

const loginAgain = (next: string | null) => `/inloggen${next ? `?next=${encodeURIComponent(next)}` : ''}`;

export const load: PageServerLoad = async (event) => {
	const { locals, url } = event;
	const next = safeNext(url.searchParams.get('next'), url.origin);
	if (locals.user) redirect(303, next ?? '/s');
	const pending = await pendingLogin(event);
	if (!pending) redirect(303, loginAgain(next));
	const factors = await secondFactorsOf(getDb(), pending.user.id);
	return {
		next,
		method: (url.searchParams.has('herstelcode') || !factors.totp ? 'recovery' : 'totp') as SecondStepMethod,
		...factors
	};
};

/** One try at the second step, with a code of the app or a recovery code. */
async function secondStep(event: RequestEvent, method: SecondStepMethod) {
	const { request, url } = event;
	const schema = method === 'totp' ? secondStepCodeSchema : secondStepRecoverySchema;
	const parsed = parseForm(schema, await request.formData());
	const sentNext = parsed.ok ? parsed.data.next : parsed.values.next;
	const next = safeNext(typeof sentNext === 'string' ? sentNext : null, url.origin);
	const pending = await pendingLogin(event);
	if (!pending) redirect(303, loginAgain(next));
	// A code is never sent back to the page: only `next` is kept.
	if (!parsed.ok) return fail(400, { method, next, ended: false, errors: parsed.errors });
	const outcome = await verifySecondStep(getDb(), {
		sessionId: pending.sessionId,
		userId: pending.user.id,
		method,
		code: parsed.data.code,
		client: clientInfo(event)
	});
	if (outcome.ok) {
		if (!(await finishPendingLogin(event, pending.sessionId))) redirect(303, loginAgain(next));
		redirect(303, next ?? '/s');
	}
	switch (outcome.reason) {
		case 'wrong-code':
			return fail(400, {
				method,
				next,
				ended: false,
				errors: <FieldErrors>{
					code:
						method === 'totp'
							? m.second_factor_err_wrong_code({ left: outcome.triesLeft })
							: m.second_factor_err_wrong_recovery({ left: outcome.triesLeft })
				}
			});
		case 'reused':
			return fail(400, { method, next, ended: false, errors: <FieldErrors>{ code: m.second_factor_err_reused() } });
		case 'ended':
			clearPendingLogin(event);
			return fail(429, { method, next, ended: true, errors: <FieldErrors>{} });
	}
}

export const actions: Actions = {
	code: (event) => secondStep(event, 'totp'),
	recovery: (event) => secondStep(event, 'recovery')
};
