import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { accessDecisionSchema, accessRequestSchema } from '$lib/domain/cases/case-access.schema';
import {
	caseAccess,
	decideCaseAccess,
	getCaseOutline,
	getOwnAccessRequest,
	listCaseReaders,
	listOpenAccessRequests,
	requestCaseAccess
} from '$lib/domain/cases/case-access.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { mayHold } from '$lib/domain/permissions/permissions';
import { getDb } from '$lib/server/db/client';
import { sendMail, siteOrigin } from '$lib/server/mail';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import { forbidden, notFound } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * Who reads this case (its partners and the coordinators, ADR 0023). A member who is not one of
 * them asks for access here; its readers see the open requests and grant or refuse them.
 */
export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'case:read');
	const db = getDb();
	const scope = { partnershipId: ctx.partnership.id, caseId: event.params.case };
	const outline = await requireRecord(getCaseOutline(db, scope));
	const access = await caseAccess(db, { ...scope, userId: ctx.user.id });
	const [readers, requests, own] = await Promise.all([
		listCaseReaders(db, scope),
		access.found && access.allowed ? listOpenAccessRequests(db, scope) : Promise.resolve([]),
		getOwnAccessRequest(db, { ...scope, userId: ctx.user.id })
	]);
	return {
		outline,
		reader: access.found && access.allowed,
		mayAsk: access.found && !access.allowed && mayHold(ctx.role, 'case:partner'),
		readers: readers.map((r) => ({
			userId: r.userId,
			name: r.name,
			organisationName: r.organisationName,
			partner: r.partner
		})),
		requests,
		own
	};
};

async function accessContext(event: RequestEvent) {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'case:read');
	return {
		ctx,
		scope: { partnershipId: ctx.partnership.id, caseId: event.params.case as string },
		form: await event.request.formData()
	};
}

async function decide(event: RequestEvent, grant: boolean) {
	const { ctx, scope, form } = await accessContext(event);
	const parsed = parseForm(accessDecisionSchema, form);
	if (!parsed.ok) notFound();
	const result = await decideCaseAccess(getDb(), {
		...scope,
		requestId: parsed.data.request,
		userId: ctx.user.id,
		grant
	});
	if (result.ok) return { decided: grant ? 'granted' : 'refused' };
	if (result.reason === 'not-partner') forbidden();
	if (result.reason === 'decided') return fail(409, { errors: { form: m.acc_err_decided() } });
	if (result.reason === 'not-eligible') return fail(400, { errors: { form: m.err_case_partners() } });
	notFound();
}

export const actions: Actions = {
	ask: async (event) => {
		const { ctx, scope, form } = await accessContext(event);
		const parsed = parseForm(accessRequestSchema, form);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const anyway = savesAnyway(form);
		const guard = anyway ? null : checkPersonalData({ reason: parsed.data.reason });
		if (guard) return fail(422, { values: parsed.data, errors: {}, guard });
		const result = await requestCaseAccess(getDb(), {
			...scope,
			userId: ctx.user.id,
			reason: parsed.data.reason,
			savedAnyway: anyway,
			origin: siteOrigin(),
			send: sendMail
		});
		if (result.ok) return { asked: true };
		if (result.reason === 'not-found') notFound();
		if (result.reason === 'not-eligible') forbidden();
		if (result.reason === 'already-reader') return { asked: false };
		return fail(409, { values: parsed.data, errors: { form: m.acc_err_already_asked() } });
	},
	grant: (event) => decide(event, true),
	refuse: (event) => decide(event, false)
};
