import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { can } from '$lib/domain/permissions/permissions';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { answerSchema } from '$lib/domain/scan/scan.schema';
import { closeScanRound, getScanRound, roundStatements, submitScanResponse } from '$lib/domain/scan/scan.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { notFound, forbidden } from '$lib/http-errors';

/** The round of this partnership named in the URL, or a 404 (also for another partnership's round). */
async function roundContext(event: RequestEvent, permission: 'scan:read' | 'scan:answer' | 'scan:manage') {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, permission);
	const roundId = event.params.round;
	const round = await requireRecord(
		getScanRound(getDb(), { partnershipId: ctx.partnership.id, roundId, userId: ctx.user.id })
	);
	return { ctx, round };
}

export const load: PageServerLoad = async (event) => {
	const { ctx, round } = await roundContext(event, 'scan:read');
	const mayAnswer = can(ctx.role, 'scan:answer') && round.status === 'open' && !round.answered;
	const { statementIds, ...rest } = round;
	return { round: rest, blocks: mayAnswer ? roundStatements(statementIds) : [], mayAnswer };
};

const REFUSED = {
	'already-answered': m.err_scan_already_answered,
	closed: m.err_scan_closed_meanwhile,
	incomplete: m.err_scan_answer_all
} as const;

export const actions: Actions = {
	answer: async (event) => {
		const { ctx, round } = await roundContext(event, 'scan:answer');
		const form = await event.request.formData();
		const parsed = parseForm(answerSchema(round.statementIds), form);
		if (!parsed.ok) return fail(400, { part: 'answer', values: parsed.values, errors: parsed.errors });
		// Comments may name a colleague or a family: the guard looks first, unless the user chose
		// "save anyway". That choice is NOT written to the audit log: it would tie a person to an answer.
		const guard = savesAnyway(form) ? null : checkPersonalData(parsed.data.comments);
		if (guard) return fail(422, { part: 'answer', values: Object.fromEntries(form), errors: {}, guard });
		const result = await submitScanResponse(getDb(), {
			partnershipId: ctx.partnership.id,
			roundId: round.id,
			userId: ctx.user.id,
			answer: parsed.data
		});
		if (result.ok) redirect(303, `/s/${ctx.partnership.id}/scan/${round.id}?bedankt`);
		if (result.reason === 'not-found') notFound();
		if (result.reason === 'not-member') forbidden();
		return fail(409, { part: 'answer', values: Object.fromEntries(form), errors: { form: REFUSED[result.reason]() } });
	},
	close: async (event) => {
		const { ctx, round } = await roundContext(event, 'scan:manage');
		const result = await closeScanRound(getDb(), { partnershipId: ctx.partnership.id, roundId: round.id });
		if (!result.ok && result.reason === 'not-found') notFound();
		if (!result.ok) return fail(409, { part: 'close', errors: { form: m.err_scan_already_closed() } });
		redirect(303, `/s/${ctx.partnership.id}/scan/${round.id}?afgesloten`);
	}
};
