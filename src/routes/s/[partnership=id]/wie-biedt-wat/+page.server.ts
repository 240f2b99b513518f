import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { mayHold } from '$lib/domain/permissions/permissions';
import { listSavedRoleCards } from '$lib/domain/role-cards/role-card.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'rolecard:read');
	const db = getDb();
	const [members, cards] = await Promise.all([
		listMembers(db, ctx.partnership.id),
		listSavedRoleCards(db, ctx.partnership.id)
	]);
	const byUser = new Map(cards.map((c) => [c.userId, c]));
	const withCard = members.filter((mb) => byUser.has(mb.userId));
	return {
		cards: withCard.map((mb) => ({
			name: mb.name,
			organisationName: mb.organisationName,
			function: mb.function,
			functionOther: mb.functionOther,
			answers: byUser.get(mb.userId)!.answers ?? {},
			savedAt: byUser.get(mb.userId)!.savedAt
		})),
		missing: members.filter((mb) => !byUser.has(mb.userId) && mayHold(mb.role, 'rolecard:holder')).map((mb) => mb.name)
	};
};
