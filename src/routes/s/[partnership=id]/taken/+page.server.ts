import { pageParam } from '$lib/pagination';
import { taskFilterSchema } from '$lib/domain/recurring-tasks/recurring-task.schema';
import { listRecurringTasks } from '$lib/domain/recurring-tasks/recurring-task.server';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { mayHold } from '$lib/domain/permissions/permissions';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:read');
	const filter = taskFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	const page = pageParam.parse(event.url.searchParams.get('pagina'));
	const [{ tasks, counts }, members] = await Promise.all([
		listRecurringTasks(getDb(), { partnershipId: ctx.partnership.id, userId: ctx.user.id, filter, page }),
		listMembers(getDb(), ctx.partnership.id)
	]);
	// The matrix's columns: everyone who may hold a letter, and anyone who still holds one.
	const holding = new Set(tasks.rows.flatMap((t) => t.assignments.map((a) => a.membershipId)));
	const people = members
		.filter((mb) => mayHold(mb.role, 'task:rasci') || holding.has(mb.membershipId))
		.map((mb) => ({ membershipId: mb.membershipId, name: mb.name }));
	return { tasks, counts, filter, people };
};
