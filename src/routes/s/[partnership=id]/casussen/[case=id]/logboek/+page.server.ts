import { listCaseAudit } from '$lib/domain/audit/audit.server';
import { getCase } from '$lib/domain/cases/case.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

/** Coordinators see who read or changed the case, and when. Read-only: the log cannot be edited. */
export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'case:audit');
	const scope = { partnershipId: ctx.partnership.id, caseId: event.params.case };
	const found = await requireRecord(getCase(getDb(), scope));
	return { code: found.case.code, caseId: found.case.id, entries: await listCaseAudit(getDb(), scope) };
};
