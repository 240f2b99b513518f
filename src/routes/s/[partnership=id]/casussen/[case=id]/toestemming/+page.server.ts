import { readVersion } from '$lib/fields';
import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { caseWorkRefusal } from '$lib/domain/cases/case-access.server';
import { isCasePurged } from '$lib/domain/cases/retention.server';
import { recordAudit } from '$lib/domain/audit/audit.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import {
	CONSENT_TEXT_FIELDS,
	caseLinkSchema,
	consentRecordSchema,
	recordLinkSchema,
	withdrawSchema
} from '$lib/domain/sharing/sharing.schema';
import {
	addConsentRecord,
	getCaseConsent,
	linkCaseSharingAgreement,
	linkConsentRecord,
	unlinkCaseSharingAgreement,
	withdrawConsentRecord
} from '$lib/domain/sharing/consent.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { forbidden, notFound } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'case:read');
	const scope = { partnershipId: ctx.partnership.id, caseId: event.params.case };
	const db = getDb();
	const found = await requireRecord(getCaseConsent(db, { ...scope, userId: ctx.user.id }));
	// Not a partner of this case: the access page says who reads it (ADR 0023).
	if (!found.ok) redirect(303, `/s/${scope.partnershipId}/casussen/${scope.caseId}/toegang`);
	await recordAudit(db, { ...scope, userId: ctx.user.id, action: 'read', target: 'consent' });
	return { consent: found, caseId: scope.caseId };
};

/** Every action: a member with case:write, on a case of this partnership. */
async function caseContext(event: RequestEvent) {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'case:write');
	const caseId = event.params.case;
	const scope = { partnershipId: ctx.partnership.id, caseId };
	const refused = await caseWorkRefusal(getDb(), { ...scope, userId: ctx.user.id });
	if (refused?.reason === 'not-found') notFound();
	if (refused) forbidden();
	// A purged case has nothing left to edit (ADR 0021).
	if (await isCasePurged(getDb(), scope)) forbidden();
	return { ctx, scope, form: await event.request.formData() };
}

const typed = (form: FormData) =>
	Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));

export const actions: Actions = {
	link: async (event) => {
		const { ctx, scope, form } = await caseContext(event);
		const parsed = parseForm(caseLinkSchema, form);
		if (!parsed.ok) return fail(400, { part: 'link', values: parsed.values, errors: parsed.errors });
		const result = await linkCaseSharingAgreement(getDb(), {
			...scope,
			sharingAgreementId: parsed.data.sharingAgreementId,
			userId: ctx.user.id
		});
		if (!result.ok)
			return fail(400, {
				part: 'link',
				values: parsed.data,
				errors: { sharingAgreementId: m.err_sharing_from_list() }
			});
		return { part: 'link', saved: true };
	},
	unlink: async (event) => {
		const { ctx, scope, form } = await caseContext(event);
		const parsed = parseForm(caseLinkSchema, form);
		if (!parsed.ok) return fail(400, { part: 'link', values: parsed.values, errors: parsed.errors });
		const result = await unlinkCaseSharingAgreement(getDb(), {
			...scope,
			sharingAgreementId: parsed.data.sharingAgreementId,
			userId: ctx.user.id
		});
		if (!result.ok) notFound();
		return { part: 'link', saved: true };
	},
	add: async (event) => {
		const { ctx, scope, form } = await caseContext(event);
		const parsed = parseForm(consentRecordSchema, form);
		if (!parsed.ok) return fail(400, { part: 'add', values: parsed.values, errors: parsed.errors });
		const anyway = savesAnyway(form);
		const guard = anyway
			? null
			: checkPersonalData(Object.fromEntries(CONSENT_TEXT_FIELDS.map((f) => [f, parsed.data[f]])));
		if (guard) return fail(422, { part: 'add', values: typed(form), errors: {}, guard });
		const result = await addConsentRecord(getDb(), {
			...scope,
			userId: ctx.user.id,
			input: parsed.data,
			savedAnyway: anyway
		});
		if (result.ok) return { part: 'add', saved: true, savedAnyway: anyway };
		if (result.reason === 'agreement-not-linked')
			return fail(400, {
				part: 'add',
				values: typed(form),
				errors: {
					sharingAgreementId: m.err_consent_agreement_not_linked()
				}
			});
		notFound();
	},
	withdraw: async (event) => {
		const { ctx, scope, form } = await caseContext(event);
		const parsed = parseForm(withdrawSchema, form);
		const part = `withdraw:${String(form.get('recordId'))}`;
		if (!parsed.ok) return fail(400, { part, values: parsed.values, errors: parsed.errors });
		const anyway = savesAnyway(form);
		const guard = anyway ? null : checkPersonalData({ withdrawnNote: parsed.data.withdrawnNote });
		if (guard) return fail(422, { part, values: typed(form), errors: {}, guard });
		const result = await withdrawConsentRecord(getDb(), {
			...scope,
			userId: ctx.user.id,
			version: readVersion(form),
			input: parsed.data,
			savedAnyway: anyway
		});
		if (result.ok) return { part, saved: true, savedAnyway: anyway };
		if (result.reason === 'conflict' || result.reason === 'already-withdrawn')
			return fail(409, {
				part,
				values: typed(form),
				errors: {
					form: m.err_consent_conflict()
				}
			});
		if (result.reason === 'before-given')
			return fail(400, {
				part,
				values: typed(form),
				errors: {
					withdrawnOn: m.err_consent_withdrawn_before_given()
				}
			});
		notFound();
	},
	linkRecord: async (event) => {
		const { ctx, scope, form } = await caseContext(event);
		const parsed = parseForm(recordLinkSchema, form);
		const part = `linkRecord:${String(form.get('recordId'))}`;
		if (!parsed.ok) return fail(400, { part, values: parsed.values, errors: parsed.errors });
		const result = await linkConsentRecord(getDb(), { ...scope, ...parsed.data, userId: ctx.user.id });
		if (result.ok) return { part, saved: true };
		if (result.reason === 'not-found') notFound();
		return fail(400, {
			part,
			values: parsed.data,
			errors: {
				sharingAgreementId:
					result.reason === 'already-linked' ? m.err_consent_already_linked() : m.err_consent_agreement_for_case()
			}
		});
	}
};
