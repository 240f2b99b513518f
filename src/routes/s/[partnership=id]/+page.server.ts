import { todayInBelgium } from '$lib/dates';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { roleCardStatus } from '$lib/domain/role-cards/role-card';
import { compassSummary } from '$lib/domain/compass/compass.server';
import { organisationLevelSummary } from '$lib/domain/compass/organisation-level.server';
import { can } from '$lib/domain/permissions/permissions';
import { getLatestScanSummary, listScanRounds } from '$lib/domain/scan/scan.server';
import { blocks } from '$lib/content/blocks';
import { blockLinks } from '$lib/domain/scan/insights';
import { signalStateSummary } from '$lib/domain/signals/signal.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

/** The partnership home as a compass: the goal, the latest scan, agreements, meetings, voice, signals. */
export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	const db = getDb();
	const partnershipId = ctx.partnership.id;
	const [members, compass, organisationLevel, scan, rounds, signals] = await Promise.all([
		listMembers(db, partnershipId),
		compassSummary(db, { partnershipId, canReadAgreements: can(ctx.role, 'agreement:read') }),
		organisationLevelSummary(db, partnershipId),
		getLatestScanSummary(db, partnershipId),
		listScanRounds(db, { partnershipId, userId: ctx.user.id }),
		signalStateSummary(db, partnershipId)
	]);
	// The two weakest blocks of the latest results, with their reflection questions and worksheets.
	const weakest = scan
		? Object.entries(scan.means)
				.filter((e): e is [keyof typeof scan.means, number] => e[1] !== null)
				.sort((a, b) => a[1] - b[1])
				.slice(0, 2)
				.map(([block, mean]) => blockLinks({ block, mean }))
		: [];
	const radar = scan
		? blocks.map((b) => ({ block: b.slug, number: b.number, mean: scan.means[b.slug] ?? null }))
		: null;
	const openRound = rounds.find((r) => r.status === 'open') ?? null;
	return {
		today: todayInBelgium(),
		compass,
		organisationLevel,
		scan: scan && {
			roundId: scan.roundId,
			title: scan.title,
			endsAt: scan.endsAt,
			respondents: scan.respondents,
			radar: radar!,
			previous: scan.previous ? { label: scan.previous.title, means: scan.previous.means } : null
		},
		weakest,
		openRound,
		signals,
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
