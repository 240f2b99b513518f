import { listCases } from '$lib/domain/cases/case.server';
import { countConsentWarningsByCase } from '$lib/domain/sharing/consent.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'case:read');
	const [cases, consentWarnings] = await Promise.all([
		listCases(getDb(), ctx.partnership.id),
		countConsentWarningsByCase(getDb(), { partnershipId: ctx.partnership.id })
	]);
	return { cases: cases.map((c) => ({ ...c, consentWarnings: consentWarnings.get(c.id) ?? 0 })) };
};
