import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { roleCardStatus } from '$lib/domain/role-cards/role-card';
import { caseWorkSummary } from '$lib/domain/cases/summary.server';
import { organisationLevelSummary } from '$lib/domain/compass/organisation-level.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	const [members, summary, organisationLevel] = await Promise.all([
		listMembers(getDb(), ctx.partnership.id),
		caseWorkSummary(getDb(), ctx.partnership.id),
		organisationLevelSummary(getDb(), ctx.partnership.id)
	]);
	return {
		summary,
		organisationLevel,
		members: members.map((mb) => ({
			membershipId: mb.membershipId,
			name: mb.name,
			role: mb.role,
			organisationName: mb.organisationName,
			function: mb.function,
			functionOther: mb.functionOther,
			cardStatus: roleCardStatus({ savedAt: mb.roleCardSavedAt, draftSavedAt: mb.roleCardDraftSavedAt })
		}))
	};
};
