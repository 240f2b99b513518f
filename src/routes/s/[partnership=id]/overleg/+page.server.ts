import { listMeetings } from '$lib/domain/meetings/meeting.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'meeting:read');
	return listMeetings(getDb(), { partnershipId: ctx.partnership.id });
};
