import { fail, type RequestEvent } from '@sveltejs/kit';
import { parseForm, type FieldErrors } from '$lib/forms';
import { safeNext } from '$lib/domain/auth/auth.schema';
import { enableTotpSchema, passwordProofSchema } from '$lib/domain/auth/second-factor.schema';
import { secondFactorsOf } from '$lib/domain/auth/second-factor.server';
import {
	confirmTotpEnrolment,
	disableTotp,
	renewRecoveryCodes,
	resumeTotpEnrolment,
	startTotpEnrolment,
	type ProofRefusal
} from '$lib/domain/auth/totp.server';
import { getDb } from '$lib/server/db/client';
import { clientInfo, requireUser } from '$lib/server/auth-guard';
import { m } from '$lib/paraglide/messages.js';
import { loginRateLimited } from '$lib/labels';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const factors = await secondFactorsOf(db, user.id);
	const enrolment = factors.totp
		? null
		: await startTotpEnrolment(db, { userId: user.id, sessionId: event.locals.sessionId ?? '' });
	return {
		factors,
		enrolment,
		required: event.url.searchParams.get('verplicht') === '1',
		next: safeNext(event.url.searchParams.get('next'), event.url.origin)
	};
};

/** A refused password or code, next to the password field of the form `action`. */
function proofFailure(action: 'renew' | 'disable', refusal: ProofRefusal) {
	switch (refusal.reason) {
		case 'wrong-password':
			return fail(400, { action, errors: <FieldErrors>{ password: m.totp_err_wrong_password() } });
		case 'wrong-code':
			return fail(400, { action, errors: <FieldErrors>{ password: m.totp_err_wrong_code() } });
		case 'reused':
			return fail(400, { action, errors: <FieldErrors>{ password: m.second_factor_err_reused() } });
		case 'too-many':
			return fail(429, { action, errors: <FieldErrors>{ password: loginRateLimited(refusal.minutes) } });
	}
}

async function readProof(event: RequestEvent, action: 'renew' | 'disable') {
	const parsed = parseForm(passwordProofSchema, await event.request.formData());
	if (!parsed.ok) return { refused: fail(400, { action, errors: parsed.errors }) } as const;
	return { proof: { password: parsed.data.password } } as const;
}

export const actions: Actions = {
	enable: async (event) => {
		const user = requireUser(event);
		const db = getDb();
		const sessionId = event.locals.sessionId ?? '';
		const parsed = parseForm(enableTotpSchema, await event.request.formData());
		const sent = parsed.ok ? parsed.data : parsed.values;
		const next = safeNext(typeof sent.next === 'string' ? sent.next : null, event.url.origin);
		// After a wrong code the same QR code stays on the page (the app already has it).
		const same = () =>
			resumeTotpEnrolment(db, {
				userId: user.id,
				sessionId,
				secret: String(sent.secret ?? ''),
				ticket: String(sent.ticket ?? '')
			});
		if (!parsed.ok) {
			if (parsed.errors.secret || parsed.errors.ticket)
				return fail(400, { action: 'enable', next, errors: <FieldErrors>{ form: m.totp_err_enrolment_expired() } });
			return fail(400, { action: 'enable', next, errors: parsed.errors, enrolment: await same() });
		}
		const outcome = await confirmTotpEnrolment(db, {
			userId: user.id,
			sessionId,
			secret: parsed.data.secret,
			ticket: parsed.data.ticket,
			code: parsed.data.code,
			client: clientInfo(event)
		});
		if (outcome.ok) return { action: 'enable', next, recoveryCodes: outcome.recoveryCodes };
		switch (outcome.reason) {
			case 'already-enabled':
				return fail(409, { action: 'enable', next, errors: <FieldErrors>{ form: m.totp_err_already_enabled() } });
			case 'expired':
				return fail(400, { action: 'enable', next, errors: <FieldErrors>{ form: m.totp_err_enrolment_expired() } });
			case 'wrong-code':
				return fail(400, {
					action: 'enable',
					next,
					errors: <FieldErrors>{ code: m.totp_err_wrong_code() },
					enrolment: await same()
				});
			case 'too-many':
				return fail(429, {
					action: 'enable',
					next,
					errors: <FieldErrors>{ code: loginRateLimited(outcome.minutes) },
					enrolment: await same()
				});
		}
	},
	renew: async (event) => {
		const user = requireUser(event);
		const read = await readProof(event, 'renew');
		if (read.refused) return read.refused;
		const outcome = await renewRecoveryCodes(getDb(), {
			userId: user.id,
			proof: read.proof,
			client: clientInfo(event)
		});
		if (outcome.ok) return { action: 'renew', recoveryCodes: outcome.recoveryCodes };
		if (outcome.reason === 'no-second-factor')
			return fail(409, { action: 'renew', errors: <FieldErrors>{ form: m.totp_err_no_second_factor() } });
		return proofFailure('renew', outcome);
	},
	disable: async (event) => {
		const user = requireUser(event);
		const read = await readProof(event, 'disable');
		if (read.refused) return read.refused;
		const outcome = await disableTotp(getDb(), { userId: user.id, proof: read.proof, client: clientInfo(event) });
		if (outcome.ok) return { action: 'disable', disabled: true };
		if (outcome.reason === 'not-enabled')
			return fail(409, { action: 'disable', errors: <FieldErrors>{ form: m.totp_err_not_enabled() } });
		return proofFailure('disable', outcome);
	}
};
