import { todayInBelgium } from '$lib/dates';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { listSavedRoleCards } from '$lib/domain/role-cards/role-card.server';
import { listOrganisations } from '$lib/domain/organisations/organisation.server';
import { listMandates } from '$lib/domain/organisations/mandate.server';
import { listSharingAgreements } from '$lib/domain/sharing/sharing.server';
import { getNetworkMap } from '$lib/domain/network/network.server';
import { listUpcomingMeetings } from '$lib/domain/meetings/meeting.server';
import { getGoal } from '$lib/domain/goals/goal.server';
import { getWelcomeWorksheets } from '$lib/domain/worksheets/highlights.server';
import { can } from '$lib/domain/permissions/permissions';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

/** The onboarding pack: what a newcomer needs to know about this partnership, on one printable page. */
export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'partnership:read');
	const db = getDb();
	const partnershipId = ctx.partnership.id;
	const today = todayInBelgium();
	const [members, cards, organisations, mandates, sharing, map, meetings, goal, worksheets] = await Promise.all([
		listMembers(db, partnershipId),
		listSavedRoleCards(db, partnershipId),
		listOrganisations(db, { partnershipId }),
		listMandates(db, { partnershipId }),
		listSharingAgreements(db, { partnershipId }),
		getNetworkMap(db, { partnershipId }),
		listUpcomingMeetings(db, { partnershipId, limit: 3 }),
		getGoal(db, { partnershipId }),
		can(ctx.role, 'worksheet:read') ? getWelcomeWorksheets(db, { partnershipId, today }) : Promise.resolve(null)
	]);
	const cardOf = new Map(cards.map((c) => [c.userId, c.answers ?? {}]));
	const linked = new Set(organisations.flatMap((o) => o.members.map((mb) => mb.membershipId)));
	return {
		justJoined: event.url.searchParams.has('nieuw'),
		members: members.map((mb) => ({
			membershipId: mb.membershipId,
			name: mb.name,
			role: mb.role,
			organisationName: mb.organisationName,
			function: mb.function,
			functionOther: mb.functionOther,
			inDirectory: linked.has(mb.membershipId),
			card: cardOf.get(mb.userId) ?? null
		})),
		organisations: organisations.map((o) => ({
			id: o.id,
			name: o.name,
			type: o.type,
			typeOther: o.typeOther,
			sector: o.sector,
			level: o.level,
			contactPerson: o.contactPerson,
			reachability: o.reachability,
			memberIds: o.members.map((mb) => mb.membershipId)
		})),
		mandates,
		sharing: sharing.map((s) => ({
			id: s.id,
			title: s.title,
			parties: s.parties.map((p) => p.name),
			mayShare: s.mayShare,
			mayNotShare: s.mayNotShare,
			legalFrame: s.legalFrame,
			consent: s.consent,
			channel: s.channel,
			feedbackToSchool: s.feedbackToSchool
		})),
		map,
		meetings,
		goal,
		worksheets,
		today
	};
};
