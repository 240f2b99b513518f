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
	return { found, printedBy: ctx.user.name, today: todayInBelgium() };
};
