import { pageParam } from '$lib/pagination';
import { signalFilterSchema } from '$lib/domain/signals/signal.schema';
import { listSignals } from '$lib/domain/signals/signal.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'signal:read');
	const filter = signalFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	const page = pageParam.parse(event.url.searchParams.get('pagina'));
	const { signals, counts } = await listSignals(getDb(), { partnershipId: ctx.partnership.id, filter, page });
	return { signals, counts, filter };
};
