import { todayInBelgium } from '$lib/dates';
import { signalOverview } from '$lib/domain/signals/signal.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

/** The policy view: counts only, readable by observers. */
export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'signal:read');
	return { overview: await signalOverview(getDb(), ctx.partnership.id), today: todayInBelgium() };
};
