import { partnershipState } from '$lib/domain/compass/state.server';
import { can } from '$lib/domain/permissions/permissions';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

/** The state of the partnership on one page, for a meeting: what the home shows, made for paper. */
export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'partnership:read');
	const state = await partnershipState(getDb(), {
		partnershipId: ctx.partnership.id,
		userId: ctx.user.id,
		canReadAgreements: can(ctx.role, 'agreement:read')
	});
	return { state, printedBy: ctx.user.name };
};
