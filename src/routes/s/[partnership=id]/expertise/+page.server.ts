import { getExpertiseOverview } from '$lib/domain/organisations/organisation.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'network:read');
	return { matrix: await getExpertiseOverview(getDb(), { partnershipId: ctx.partnership.id }) };
};
