import { and, count, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { learningEntries, organisations } from '$lib/server/db/schema';
import { getNetworkMap } from '$lib/domain/network/network.server';
import { analyseNetwork } from '$lib/domain/network/analysis';
import { listUpcomingMeetings } from '$lib/domain/meetings/meeting.server';
import { countConsentWarningsByCase } from '$lib/domain/sharing/consent.server';

/**
 * The organisation level at a glance for the partnership home: counts only (every role sees the
 * home, observers included), plus the next meeting.
 */
export async function organisationLevelSummary(db: Db, partnershipId: string) {
	const [[orgs], learning, map, [nextMeeting], consent] = await Promise.all([
		db.select({ n: count() }).from(organisations).where(eq(organisations.partnershipId, partnershipId)),
		db
			.select({ kind: learningEntries.kind, n: count() })
			.from(learningEntries)
			.where(and(eq(learningEntries.partnershipId, partnershipId)))
			.groupBy(learningEntries.kind),
		getNetworkMap(db, { partnershipId }),
		listUpcomingMeetings(db, { partnershipId, limit: 1 }),
		countConsentWarningsByCase(db, { partnershipId })
	]);
	const findings = map.nodes.length
		? analyseNetwork(map.nodes, map.links).findings.filter((f) => f.kind !== 'empty').length
		: 0;
	const learned = Object.fromEntries(learning.map((r) => [r.kind, r.n]));
	return {
		organisations: orgs?.n ?? 0,
		mapNodes: map.nodes.length,
		mapFindings: findings,
		learning: { successes: learned.success ?? 0, bottlenecks: learned.bottleneck ?? 0 },
		casesMissingConsent: consent.size,
		nextMeeting: nextMeeting ?? null
	};
}
