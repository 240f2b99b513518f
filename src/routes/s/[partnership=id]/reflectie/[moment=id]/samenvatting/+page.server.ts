import { listAgreementsFrom } from '$lib/domain/agreements/agreement.server';
import { can } from '$lib/domain/permissions/permissions';
import { getReflectionSummary } from '$lib/domain/reflection/reflection.server';
import { getDb } from '$lib/server/db/client';
import { requireMoment } from '$lib/server/reflection-context';
import type { PageServerLoad } from './$types';
import { notFound } from '$lib/http-errors';

export const load: PageServerLoad = async (event) => {
	const { ctx, scope } = await requireMoment(event, 'reflection:read');
	const db = getDb();
	const [summary, agreements] = await Promise.all([
		getReflectionSummary(db, scope),
		listAgreementsFrom(db, { partnershipId: scope.partnershipId, userId: ctx.user.id, reflectionId: scope.momentId })
	]);
	if (!summary) notFound();
	const readAgreements = can(ctx.role, 'agreement:read');
	return {
		summary: {
			id: summary.moment.id,
			title: summary.moment.title,
			blockTitle: summary.blockTitle,
			questions: summary.moment.questions,
			status: summary.moment.status,
			createdAt: summary.moment.createdAt,
			closedAt: summary.moment.closedAt,
			facilitatorName: summary.facilitatorName,
			meetingTitle: summary.meetingTitle,
			answerCount: summary.answerCount,
			groups: summary.groups.map((g) => ({ ...g, agreementId: readAgreements ? g.agreementId : null })),
			ungrouped: summary.ungrouped
		},
		agreements: readAgreements ? agreements : null,
		agreementCount: agreements.length
	};
};
