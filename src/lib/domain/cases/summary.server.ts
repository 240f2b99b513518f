import { todayInBelgium } from '$lib/dates';
import { and, count, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { agreements, caseSections, cases } from '$lib/server/db/schema';

/**
 * Counts only, never content: the partnership home shows this to every role, observers included.
 * "Voice missing" means child and parents were not (fully) heard, or nobody filled it in yet.
 */
export async function caseWorkSummary(db: Db, partnershipId: string) {
	const active = inArray(agreements.status, ['open', 'adjusted']);
	const heard = sql`coalesce(${caseSections.content}->>'heard', '')`;
	const [byStatus, [agreementCounts], [voiceCases], [voiceAgreements]] = await Promise.all([
		db
			.select({ status: cases.status, n: count() })
			.from(cases)
			.where(eq(cases.partnershipId, partnershipId))
			.groupBy(cases.status),
		db
			.select({
				active: count(),
				overdue: sql<number>`count(*) filter (where ${agreements.dueDate} < ${todayInBelgium()})`.mapWith(Number)
			})
			.from(agreements)
			.where(and(eq(agreements.partnershipId, partnershipId), active)),
		db
			.select({ n: count() })
			.from(cases)
			.leftJoin(
				caseSections,
				and(
					eq(caseSections.partnershipId, cases.partnershipId),
					eq(caseSections.caseId, cases.id),
					eq(caseSections.kind, 'voice')
				)
			)
			.where(
				and(
					eq(cases.partnershipId, partnershipId),
					ne(cases.status, 'closed'),
					or(isNull(caseSections.id), sql`${heard} <> 'yes'`)
				)
			),
		db
			.select({ n: count() })
			.from(agreements)
			.where(
				and(
					eq(agreements.partnershipId, partnershipId),
					active,
					or(isNull(agreements.voice), sql`coalesce(${agreements.voice}->>'heard', '') <> 'yes'`)
				)
			)
	]);
	const status = Object.fromEntries(byStatus.map((r) => [r.status, r.n]));
	return {
		cases: { open: status.open ?? 0, inFollowUp: status.in_follow_up ?? 0, closed: status.closed ?? 0 },
		agreements: { active: agreementCounts?.active ?? 0, overdue: agreementCounts?.overdue ?? 0 },
		voiceMissing: { cases: voiceCases?.n ?? 0, agreements: voiceAgreements?.n ?? 0 }
	};
}
