import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { listSavedRoleCards } from '$lib/domain/role-cards/role-card.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

/** The onboarding pack: what a newcomer needs to know about this partnership, on one printable page. */
export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'partnership:read');
	const db = getDb();
	const partnershipId = ctx.partnership.id;
	const [members, cards] = await Promise.all([listMembers(db, partnershipId), listSavedRoleCards(db, partnershipId)]);
	const cardOf = new Map(cards.map((c) => [c.userId, c.answers ?? {}]));
	return {
		justJoined: event.url.searchParams.has('nieuw'),
		members: members.map((mb) => ({
			membershipId: mb.membershipId,
			name: mb.name,
			role: mb.role,
			organisationName: mb.organisationName,
			function: mb.function,
			functionOther: mb.functionOther,
			card: cardOf.get(mb.userId) ?? null
		}))
	};
};
