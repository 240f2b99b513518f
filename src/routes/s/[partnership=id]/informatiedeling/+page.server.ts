import { listPartnershipOrganisations, listSharingAgreements } from '$lib/domain/sharing/sharing.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'sharing:read');
	const scope = { partnershipId: ctx.partnership.id };
	const [agreements, organisations] = await Promise.all([
		listSharingAgreements(getDb(), scope),
		listPartnershipOrganisations(getDb(), scope)
	]);
	return { agreements, organisationCount: organisations.length };
};
