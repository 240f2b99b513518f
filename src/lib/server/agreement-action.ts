import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { agreementSchema, voiceSchema } from '$lib/domain/agreements/agreement.schema';
import { createAgreement, type AgreementOriginRef } from '$lib/domain/agreements/agreement.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { getDb } from './db/client';
import { forbidden, notFound } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';

/**
 * Reads AgreementAddForm: parse, then the personal-data guard on its free text (unless "save
 * anyway"). Returns what to create, or the action failure to return (`part: 'agreement'`).
 */
export function parseAgreementForm(form: FormData) {
	const values = Object.fromEntries(form) as Record<string, string>;
	const parsed = parseForm(agreementSchema, form);
	const voice = parseForm(voiceSchema, form);
	if (!parsed.ok || !voice.ok)
		return {
			ok: false as const,
			values,
			failure: fail(400, {
				part: 'agreement',
				values,
				errors: { ...(parsed.ok ? {} : parsed.errors), ...(voice.ok ? {} : voice.errors) }
			})
		};
	const voiceContent = voice.data as Record<string, string>;
	if (!savesAnyway(form)) {
		const guard = checkPersonalData({
			what: parsed.data.what,
			feedbackNote: parsed.data.feedbackNote,
			how: voiceContent.how,
			notYetHeard: voiceContent.notYetHeard
		});
		if (guard)
			return { ok: false as const, values, failure: fail(422, { part: 'agreement', values, errors: {}, guard }) };
	}
	return {
		ok: true as const,
		values,
		input: parsed.data,
		voice: voiceContent.heard || voiceContent.how || voiceContent.notYetHeard ? voiceContent : null,
		savedAnyway: savesAnyway(form)
	};
}

/**
 * The `?/addAgreement` action behind AgreementAddForm, wherever an agreement is made (a case, a
 * meeting, the goal, a scan insight): parse, guard, create. The caller has already authorised and
 * resolved `ref` within the partnership. Results carry `part: 'agreement'`.
 */
export async function addAgreementAction(
	form: FormData,
	{
		partnershipId,
		userId,
		ref,
		ownerError = m.err_owner_not_eligible(),
		draftKey
	}: {
		partnershipId: string;
		userId: string;
		ref: AgreementOriginRef;
		ownerError?: string;
		/** The form's draft, cleared once the agreement is made. */
		draftKey?: string;
	}
) {
	const parsed = parseAgreementForm(form);
	if (!parsed.ok) return parsed.failure;
	const result = await createAgreement(getDb(), {
		partnershipId,
		userId,
		input: parsed.input,
		voice: parsed.voice,
		savedAnyway: parsed.savedAnyway,
		...ref
	});
	if (result.ok) {
		if (draftKey) await discardDraft(getDb(), { partnershipId, userId, formKey: draftKey });
		return { part: 'agreement' as const, saved: true as const, id: result.id };
	}
	if (result.reason === 'origin-not-found') notFound();
	if (result.reason === 'not-partner') forbidden();
	return fail(400, { part: 'agreement', values: parsed.values, errors: { ownerId: ownerError } });
}
