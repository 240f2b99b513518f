import { readVersion } from '$lib/fields';
import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { agreementUpdateSchema, voiceSchema } from '$lib/domain/agreements/agreement.schema';
import { getAgreement, updateAgreement } from '$lib/domain/agreements/agreement.server';
import { recordAudit } from '$lib/domain/audit/audit.server';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { mayHold } from '$lib/domain/permissions/permissions';
import { getDb } from '$lib/server/db/client';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';
import { forbidden, notFound } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';

/** The agreement, or 403 when it belongs to a case this user does not read and is not theirs (ADR 0023). */
async function find(partnershipId: string, agreementId: string, userId: string) {
	const found = await requireRecord(getAgreement(getDb(), { partnershipId, agreementId, userId }));
	if (!found.ok) forbidden();
	return found;
}

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'agreement:read');
	const found = await find(ctx.partnership.id, event.params.agreement, ctx.user.id);
	if (found.agreement.caseId)
		await recordAudit(getDb(), {
			partnershipId: ctx.partnership.id,
			caseId: found.agreement.caseId,
			userId: ctx.user.id,
			action: 'read',
			target: 'agreement'
		});
	const members = await listMembers(getDb(), ctx.partnership.id);
	return {
		found,
		owners: members
			.filter((mb) => mayHold(mb.role, 'agreement:owner'))
			.map((mb) => ({ userId: mb.userId, name: mb.name, organisationName: mb.organisationName }))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'agreement:write');
		const { agreement } = await find(ctx.partnership.id, event.params.agreement, ctx.user.id);
		const form = await event.request.formData();
		const typed = Object.fromEntries(
			[...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string')
		);
		const parsed = parseForm(agreementUpdateSchema, form);
		const voice = parseForm(voiceSchema, form);
		if (!parsed.ok || !voice.ok)
			return fail(400, {
				values: typed,
				errors: { ...(parsed.ok ? {} : parsed.errors), ...(voice.ok ? {} : voice.errors) }
			});
		const voiceContent = voice.data as Record<string, string>;
		const anyway = savesAnyway(form);
		const guard = anyway
			? null
			: checkPersonalData({
					what: parsed.data.what,
					feedbackNote: parsed.data.feedbackNote,
					note: parsed.data.note,
					how: voiceContent.how,
					notYetHeard: voiceContent.notYetHeard
				});
		if (guard) return fail(422, { values: typed, errors: {}, guard });
		const result = await updateAgreement(getDb(), {
			partnershipId: ctx.partnership.id,
			agreementId: agreement.id,
			userId: ctx.user.id,
			version: readVersion(form),
			input: parsed.data,
			voice: voiceContent.heard || voiceContent.how || voiceContent.notYetHeard ? voiceContent : null,
			savedAnyway: anyway
		});
		if (result.ok) {
			const formKey = draftKey.agreement(agreement.id);
			await discardDraft(getDb(), { partnershipId: ctx.partnership.id, userId: ctx.user.id, formKey });
			return { saved: true };
		}
		if (result.reason === 'conflict') return fail(409, { values: typed, errors: {}, conflict: result.current });
		if (result.reason === 'bad-transition')
			return fail(400, {
				values: typed,
				errors: { status: m.err_agreement_status_step() }
			});
		if (result.reason === 'owner-not-member')
			return fail(400, { values: typed, errors: { ownerId: m.err_rasci_not_eligible() } });
		if (result.reason === 'not-partner') forbidden();
		notFound();
	}
};
