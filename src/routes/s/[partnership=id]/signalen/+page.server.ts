import { signalFilterSchema } from '$lib/domain/signals/signal.schema';
import { listSignals } from '$lib/domain/signals/signal.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'signal:read');
	const filter = signalFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	const { signals, counts } = await listSignals(getDb(), { partnershipId: ctx.partnership.id, filter });
	return { signals, counts, filter };
};
