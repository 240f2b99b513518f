import { readVersion } from '$lib/fields';
import { isId } from '$lib/ids';
import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { caseSections, type CaseSectionKind } from '$lib/content/cases';
import { arrayFieldNames } from '$lib/domain/worksheets/worksheet';
import {
	actionSchema,
	caseMetaSchema,
	parseRasciForm,
	perspectiveSchema,
	sectionSchemas
} from '$lib/domain/cases/case.schema';
import {
	addCaseAction,
	getCase,
	saveCaseSection,
	savePerspective,
	setActionAssignments,
	setActionChosen,
	updateCaseMeta
} from '$lib/domain/cases/case.server';
import { listCaseAgreements } from '$lib/domain/agreements/agreement.server';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { listOpenAccessRequests } from '$lib/domain/cases/case-access.server';
import { getCaseConsentWarnings } from '$lib/domain/sharing/consent.server';
import { recordAudit } from '$lib/domain/audit/audit.server';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { listSignalsForSource } from '$lib/domain/signals/signal.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { getDb } from '$lib/server/db/client';
import { mayHold } from '$lib/domain/permissions/permissions';
import { addAgreementAction } from '$lib/server/agreement-action';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { m } from '$lib/paraglide/messages.js';
import { notFound, badRequest, forbidden } from '$lib/http-errors';

const SECTION_KINDS = Object.keys(caseSections) as CaseSectionKind[];

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'case:read');
	const db = getDb();
	const scope = { partnershipId: ctx.partnership.id, caseId: event.params.case };
	const found = await requireRecord(getCase(db, { ...scope, userId: ctx.user.id }));
	// Not a partner of this case: the access page says who reads it and how to ask (ADR 0023).
	if (!found.ok) redirect(303, `/s/${scope.partnershipId}/casussen/${scope.caseId}/toegang`);
	const [members, agreements, consentWarnings, signals, accessRequests] = await Promise.all([
		listMembers(db, ctx.partnership.id),
		listCaseAgreements(db, { ...scope, userId: ctx.user.id }),
		getCaseConsentWarnings(db, scope),
		listSignalsForSource(db, { partnershipId: scope.partnershipId, source: { kind: 'case', id: scope.caseId } }),
		listOpenAccessRequests(db, scope)
	]);
	await recordAudit(db, { ...scope, userId: ctx.user.id, action: 'read', target: 'case' });
	return {
		found,
		agreements,
		consentWarnings,
		openAccessRequests: accessRequests.length,
		signals: signals.map((sg) => ({ id: sg.id, title: sg.title })),
		members: members
			.filter((mb) => mayHold(mb.role, 'case:partner'))
			.map((mb) => ({
				membershipId: mb.membershipId,
				userId: mb.userId,
				name: mb.name,
				organisationName: mb.organisationName
			}))
	};
};

/** Every action: a member with case:write, on a case of this partnership. */
async function caseContext(event: RequestEvent) {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'case:write');
	const caseId = event.params.case;
	const found = await requireRecord(
		getCase(getDb(), { partnershipId: ctx.partnership.id, caseId, userId: ctx.user.id })
	);
	// Only the case's partners and the coordinators work on it (ADR 0023); a purged case has nothing
	// left to edit (ADR 0021).
	if (!found.ok || found.case.purgedAt) forbidden();
	return { ctx, scope: { partnershipId: ctx.partnership.id, caseId }, form: await event.request.formData() };
}

/** The guard runs on the free text of every part before it is saved, unless the user chose "save anyway". */
function guardFailure(part: string, form: FormData, values: Record<string, unknown>) {
	if (savesAnyway(form)) return null;
	const guard = checkPersonalData(values);
	return guard ? fail(422, { part, values, errors: {}, guard }) : null;
}

export const actions: Actions = {
	meta: async (event) => {
		const { ctx, scope, form } = await caseContext(event);
		const parsed = parseForm(caseMetaSchema, form, ['partners']);
		if (!parsed.ok) return fail(400, { part: 'meta', values: parsed.values, errors: parsed.errors });
		const blocked = guardFailure('meta', form, { code: parsed.data.code });
		if (blocked) return blocked;
		const result = await updateCaseMeta(getDb(), {
			...scope,
			...parsed.data,
			userId: ctx.user.id,
			version: readVersion(form)
		});
		if (result.ok) return { part: 'meta', saved: true };
		if (result.reason === 'not-partner') forbidden();
		if (result.reason === 'not-eligible')
			return fail(400, { part: 'meta', values: parsed.data, errors: { partners: m.err_case_partners() } });
		if (result.reason === 'code-taken')
			return fail(409, {
				part: 'meta',
				values: parsed.data,
				errors: { code: m.err_case_code_taken() }
			});
		return fail(409, {
			part: 'meta',
			values: parsed.data,
			errors: {
				form: m.err_case_meta_conflict()
			}
		});
	},
	section: async (event) => {
		const { ctx, scope, form } = await caseContext(event);
		const kind = String(form.get('kind')) as CaseSectionKind;
		if (!SECTION_KINDS.includes(kind)) badRequest();
		const part = `section:${kind}`;
		const parsed = parseForm(sectionSchemas[kind], form, arrayFieldNames(caseSections[kind].fields));
		if (!parsed.ok) return fail(400, { part, values: parsed.values, errors: parsed.errors });
		const content = parsed.data as Record<string, string>;
		const blocked = guardFailure(part, form, content);
		if (blocked) return blocked;
		const result = await saveCaseSection(getDb(), {
			...scope,
			kind,
			content,
			version: readVersion(form),
			userId: ctx.user.id,
			savedAnyway: savesAnyway(form)
		});
		if (!result.ok && result.reason === 'not-partner') forbidden();
		if (!result.ok) return fail(409, { part, values: content, errors: {}, conflict: result.current });
		// Saved for real: my draft of this part is done.
		await discardDraft(getDb(), { ...scope, userId: ctx.user.id, formKey: draftKey.caseSection(scope.caseId, kind) });
		return { part, saved: true };
	},
	perspective: async (event) => {
		const { ctx, scope, form } = await caseContext(event);
		const parsed = parseForm(perspectiveSchema, form);
		if (!parsed.ok) return fail(400, { part: 'perspective', values: parsed.values, errors: parsed.errors });
		const content = parsed.data as Record<string, string>;
		const blocked = guardFailure('perspective', form, content);
		if (blocked) return blocked;
		const result = await savePerspective(getDb(), {
			...scope,
			userId: ctx.user.id,
			content,
			version: readVersion(form),
			savedAnyway: savesAnyway(form)
		});
		if (!result.ok && result.reason === 'not-partner') forbidden();
		if (!result.ok) return fail(409, { part: 'perspective', values: content, errors: {}, conflict: result.current });
		await discardDraft(getDb(), { ...scope, userId: ctx.user.id, formKey: draftKey.perspective(scope.caseId) });
		return { part: 'perspective', saved: true };
	},
	addAction: async (event) => {
		const { ctx, scope, form } = await caseContext(event);
		const parsed = parseForm(actionSchema, form);
		if (!parsed.ok) return fail(400, { part: 'action', values: parsed.values, errors: parsed.errors });
		const blocked = guardFailure('action', form, { description: parsed.data.description });
		if (blocked) return blocked;
		const added = await addCaseAction(getDb(), {
			...scope,
			userId: ctx.user.id,
			...parsed.data,
			savedAnyway: savesAnyway(form)
		});
		if (!added.ok) forbidden();
		return { part: 'action', saved: true };
	},
	chooseAction: async (event) => {
		const { ctx, scope, form } = await caseContext(event);
		const actionId = String(form.get('actionId'));
		if (!isId(actionId)) notFound();
		const chosen = await setActionChosen(getDb(), {
			...scope,
			actionId,
			chosen: form.get('chosen') === '1',
			userId: ctx.user.id
		});
		if (!chosen.ok && chosen.reason === 'not-partner') forbidden();
		if (!chosen.ok) notFound();
		return { part: `rasci:${actionId}`, saved: true };
	},
	rasci: async (event) => {
		const { ctx, scope, form } = await caseContext(event);
		const actionId = String(form.get('actionId'));
		if (!isId(actionId)) notFound();
		const part = `rasci:${actionId}`;
		const assignments = parseRasciForm(form);
		const values = Object.fromEntries([...form.entries()].filter(([k]) => k.startsWith('rasci_')));
		if (!assignments) return fail(400, { part, values, errors: { form: m.err_rasci_letters() } });
		const result = await setActionAssignments(getDb(), { ...scope, actionId, assignments, userId: ctx.user.id });
		if (result.ok) return { part, saved: true };
		if (result.reason === 'invalid') return fail(400, { part, values, errors: { form: result.message } });
		if (result.reason === 'not-eligible') return fail(400, { part, values, errors: { form: m.err_case_partners() } });
		if (result.reason === 'not-partner') forbidden();
		notFound();
	},
	addAgreement: async (event) => {
		const { ctx, scope, form } = await caseContext(event);
		return addAgreementAction(form, {
			partnershipId: scope.partnershipId,
			userId: ctx.user.id,
			ref: { caseId: scope.caseId },
			ownerError: m.err_rasci_not_eligible(),
			draftKey: draftKey.caseAgreement(scope.caseId)
		});
	}
};
