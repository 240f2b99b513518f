import { todayInBelgium } from '$lib/dates';
import { homeSummary } from '$lib/domain/compass/home.server';
import { nextStep } from '$lib/domain/compass/next-step';
import { can } from '$lib/domain/permissions/permissions';
import { blocks } from '$lib/content/blocks';
import { blockLinks } from '$lib/domain/scan/insights';
import { getDb } from '$lib/server/db/client';
import { requirePartnership } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

/** The partnership home as a compass: the goal, the latest scan, agreements, meetings, voice, signals. */
export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	const { scan, ...home } = await homeSummary(getDb(), {
		partnershipId: ctx.partnership.id,
		userId: ctx.user.id,
		canReadAgreements: can(ctx.role, 'agreement:read')
	});
	// The two weakest blocks of the latest results, with their reflection questions and worksheets.
	const weakest = scan
		? Object.entries(scan.means)
				.filter((e): e is [keyof typeof scan.means, number] => e[1] !== null)
				.sort((a, b) => a[1] - b[1])
				.slice(0, 2)
				.map(([block, mean]) => blockLinks({ block, mean }))
		: [];
	const c = home.compass.cases;
	const step = nextStep({
		role: ctx.role,
		members: home.members,
		myCard: home.members.find((mb) => mb.membershipId === ctx.membership.id)?.cardStatus ?? 'empty',
		hasGoal: home.compass.goal !== null,
		cases: c.open + c.inFollowUp + c.closed,
		hasScanResults: scan !== null,
		openRound: home.openRound && { id: home.openRound.id, answered: home.openRound.answered },
		hasNextMeeting: home.organisationLevel.nextMeeting !== null
	});
	return {
		...home,
		nextStep: step,
		today: todayInBelgium(),
		scan: scan && {
			roundId: scan.roundId,
			title: scan.title,
			endsAt: scan.endsAt,
			respondents: scan.respondents,
			radar: blocks.map((b) => ({ block: b.slug, number: b.number, mean: scan.means[b.slug] ?? null })),
			previous: scan.previous ? { label: scan.previous.title, means: scan.previous.means } : null
		},
		weakest
	};
};
