import { pageParam } from '$lib/pagination';
import { learningFilterSchema } from '$lib/domain/learning/learning.schema';
import { listLearningEntries } from '$lib/domain/learning/learning.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'learning:read');
	const filter = learningFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	const page = pageParam.parse(event.url.searchParams.get('pagina'));
	const { entries, counts } = await listLearningEntries(getDb(), { partnershipId: ctx.partnership.id, filter, page });
	return { entries, counts, filter };
};
