import { redirect } from '@sveltejs/kit';
import { todayInBelgium } from '$lib/dates';
import { printCase } from '$lib/domain/cases/case-print.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

/** The case as text for paper; reading it is logged as a print of the case. */
export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'case:read');
	const found = await requireRecord(
		printCase(getDb(), { partnershipId: ctx.partnership.id, caseId: event.params.case, userId: ctx.user.id })
	);
	// Not a partner of this case: the page that says who reads it and how to ask (ADR 0023).
	if (!found.ok) redirect(303, `/s/${ctx.partnership.id}/casussen/${event.params.case}/toegang`);
	return { found, printedBy: ctx.user.name, today: todayInBelgium() };
};
