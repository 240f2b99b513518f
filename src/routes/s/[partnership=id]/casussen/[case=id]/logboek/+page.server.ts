import { pageParam } from '$lib/pagination';
import { auditFilterSchema } from '$lib/domain/audit/audit.schema';
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
	const found = await requireRecord(getCase(getDb(), { ...scope, userId: ctx.user.id }));
	const filter = auditFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	const page = pageParam.parse(event.url.searchParams.get('pagina'));
	const { entries, counts } = await listCaseAudit(getDb(), { ...scope, filter, page });
	return { code: found.case.code, caseId: found.case.id, entries, counts, filter };
};
