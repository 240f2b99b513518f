import { pageParam } from '$lib/pagination';
import { meetingFilterSchema } from '$lib/domain/meetings/meeting.schema';
import { listMeetings } from '$lib/domain/meetings/meeting.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'meeting:read');
	const filter = meetingFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	const page = pageParam.parse(event.url.searchParams.get('pagina'));
	return { ...(await listMeetings(getDb(), { partnershipId: ctx.partnership.id, filter, page })), filter };
};
