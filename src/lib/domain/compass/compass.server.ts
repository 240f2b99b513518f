import { todayInBelgium } from '$lib/dates';
import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { meetings } from '$lib/server/db/schema';
import { listDueAgreements } from '$lib/domain/agreements/agreement.server';
import { caseWorkSummary } from '$lib/domain/cases/summary.server';
import { getGoal } from '$lib/domain/goals/goal.server';

/** How far back the home looks for meetings that did not record the voice of child and parents. */
const VOICE_LOOKBACK_DAYS = 180;

/**
 * The partnership home as a compass: the goal, agreements, and where the voice of child and parents
 * is missing. Counts for every role; agreement texts only for who may read agreements.
 */
export async function compassSummary(
	db: Db,
	{
		partnershipId,
		canReadAgreements,
		now = new Date()
	}: { partnershipId: string; canReadAgreements: boolean; now?: Date }
) {
	const today = todayInBelgium(now);
	const since = new Date(now.getTime() - VOICE_LOOKBACK_DAYS * 86_400_000);
	const [goal, work, dueFirst, [meetingVoice]] = await Promise.all([
		getGoal(db, { partnershipId }),
		caseWorkSummary(db, partnershipId),
		canReadAgreements ? listDueAgreements(db, { partnershipId, limit: 5 }) : Promise.resolve([]),
		db
			.select({ n: count() })
			.from(meetings)
			.where(
				and(
					eq(meetings.partnershipId, partnershipId),
					eq(meetings.cancelled, false),
					gte(meetings.startsAt, since),
					lt(meetings.startsAt, now),
					sql`coalesce(${meetings.voice}->>'heard', '') <> 'yes'`
				)
			)
	]);
	return {
		goal: goal && {
			specific: goal.specific,
			why: goal.why,
			timeBound: goal.timeBound,
			reviewDate: goal.reviewDate,
			reviewDue: goal.reviewDate !== null && goal.reviewDate <= today,
			familiesInvolved: goal.familiesInvolved
		},
		cases: work.cases,
		agreements: {
			...work.agreements,
			dueFirst: dueFirst.map((a) => ({
				id: a.id,
				what: a.what,
				ownerName: a.ownerName,
				dueDate: a.dueDate,
				overdue: a.overdue
			}))
		},
		voiceMissing: {
			goal: goal !== null && goal.familiesInvolved !== 'yes',
			cases: work.voiceMissing.cases,
			agreements: work.voiceMissing.agreements,
			meetings: meetingVoice?.n ?? 0
		}
	};
}
