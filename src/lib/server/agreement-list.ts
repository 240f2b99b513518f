import { pageParam } from '$lib/pagination';
import { agreementFilterSchema } from '$lib/domain/agreements/agreement.schema';
import { listAgreements } from '$lib/domain/agreements/agreement.server';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { mayHold } from '$lib/domain/permissions/permissions';
import { getDb } from './db/client';
import { requirePartnership, requirePermission } from './partnership-context';
import type { RequestEvent } from '@sveltejs/kit';

/** Shared by "Alle afspraken" and "Mijn afspraken": filters come from the query string. */
export async function loadAgreementList(event: RequestEvent, onlyMine: boolean) {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'agreement:read');
	const q = event.url.searchParams;
	const filter = agreementFilterSchema.parse({
		status: q.get('status') ?? 'active',
		owner: onlyMine ? ctx.user.id : (q.get('eigenaar') ?? ''),
		origin: q.get('herkomst') ?? 'all',
		sorteer: q.get('sorteer') ?? ''
	});
	const page = pageParam.parse(q.get('pagina'));
	const db = getDb();
	const [{ agreements, overdue }, members] = await Promise.all([
		listAgreements(db, { partnershipId: ctx.partnership.id, userId: ctx.user.id, filter, page }),
		listMembers(db, ctx.partnership.id)
	]);
	return {
		agreements,
		overdue,
		filter,
		onlyMine,
		owners: members
			.filter((mb) => mayHold(mb.role, 'agreement:owner'))
			.map((mb) => ({ userId: mb.userId, name: mb.name }))
	};
}
