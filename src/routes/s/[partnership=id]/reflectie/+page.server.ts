import { listMoments } from '$lib/domain/reflection/reflection.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'reflection:read');
	return { moments: await listMoments(getDb(), { partnershipId: ctx.partnership.id }) };
};
