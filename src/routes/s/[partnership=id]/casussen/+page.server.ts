import { pageParam } from '$lib/pagination';
import { caseFilterSchema } from '$lib/domain/cases/case.schema';
import { listCases } from '$lib/domain/cases/case.server';
import { countConsentWarningsByCase } from '$lib/domain/sharing/consent.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'case:read');
	const filter = caseFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	const page = pageParam.parse(event.url.searchParams.get('pagina'));
	const { cases, counts } = await listCases(getDb(), {
		partnershipId: ctx.partnership.id,
		userId: ctx.user.id,
		filter,
		page
	});
	// Consent warnings tell of a case's content: only for the cases this user reads (ADR 0023).
	const consentWarnings = await countConsentWarningsByCase(getDb(), {
		partnershipId: ctx.partnership.id,
		caseIds: cases.rows.filter((c) => c.readable).map((c) => c.id)
	});
	return {
		cases: {
			...cases,
			rows: cases.rows.map((c) => ({ ...c, consentWarnings: c.readable ? (consentWarnings.get(c.id) ?? 0) : null }))
		},
		counts,
		filter
	};
};
