import { pageParam } from '$lib/pagination';
import { pilotFilterSchema } from '$lib/domain/pilots/pilot.schema';
import { listPilots } from '$lib/domain/pilots/pilot.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:read');
	const q = event.url.searchParams;
	const filter = pilotFilterSchema.parse({ stand: q.get('stand') ?? '' });
	const page = pageParam.parse(q.get('pagina'));
	const { pilots, counts } = await listPilots(getDb(), { partnershipId: ctx.partnership.id, filter, page });
	return { pilots, counts, filter };
};
