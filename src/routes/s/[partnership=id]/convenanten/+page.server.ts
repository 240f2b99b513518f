import { pageParam } from '$lib/pagination';
import { covenantFilterSchema } from '$lib/domain/covenants/covenant.schema';
import { listCovenants } from '$lib/domain/covenants/covenant.server';
import { todayInBelgium } from '$lib/dates';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:read');
	const filter = covenantFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	const page = pageParam.parse(event.url.searchParams.get('pagina'));
	const today = todayInBelgium();
	const { covenants, counts } = await listCovenants(getDb(), {
		partnershipId: ctx.partnership.id,
		filter,
		page,
		today
	});
	return { covenants, counts, filter, today };
};
