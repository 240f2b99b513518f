// The state of the partnership on one printed page, for a meeting. It is the home's data (one
// statement and the scan overview, ADR 0012) and one query for the next meetings: counts for every
// role, agreement texts only for who may read agreements, and never a case's content.
import { todayInBelgium } from '$lib/dates';
import type { Db } from '$lib/server/db/client';
import { homeSummary } from './home.server';
import { listUpcomingMeetings } from '$lib/domain/meetings/meeting.server';
import { blockLinks } from '$lib/domain/scan/insights';
import type { BlockSlug } from '$lib/content/types';

/** The meetings the page lists. */
const MEETINGS_SHOWN = 3;
/** The organisation names it spells out; the rest are counted. */
const ORGANISATIONS_SHOWN = 12;

/** Long free text cut at a word, so that the page stays one page whatever was typed. */
export function shorten(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export async function partnershipState(
	db: Db,
	{
		partnershipId,
		userId,
		canReadAgreements,
		now = new Date()
	}: { partnershipId: string; userId: string; canReadAgreements: boolean; now?: Date }
) {
	const [home, meetings] = await Promise.all([
		homeSummary(db, { partnershipId, userId, canReadAgreements, now }),
		listUpcomingMeetings(db, { partnershipId, limit: MEETINGS_SHOWN, now })
	]);
	const { compass, organisationLevel, scan, signals, members } = home;
	const organisations = [...new Set(members.map((mb) => mb.organisationName.trim()).filter(Boolean))].sort((a, b) =>
		a.localeCompare(b, 'nl')
	);
	return {
		today: todayInBelgium(now),
		goal: compass.goal && {
			text: shorten(compass.goal.specific || compass.goal.why, 280),
			until: compass.goal.timeBound
		},
		members: members.length,
		organisations: {
			count: organisations.length,
			shown: organisations.slice(0, ORGANISATIONS_SHOWN).map((o) => shorten(o, 40))
		},
		directoryOrganisations: organisationLevel.organisations,
		cases: compass.cases,
		voiceMissing: compass.voiceMissing,
		casesMissingConsent: organisationLevel.casesMissingConsent,
		agreements: {
			active: compass.agreements.active,
			overdue: compass.agreements.overdue,
			// A case's agreement says what was agreed about a child: here it is only "an agreement in a case".
			dueFirst: compass.agreements.dueFirst.map(({ caseId, what, ...a }) => ({
				...a,
				ownerName: shorten(a.ownerName, 40),
				what: caseId === null ? shorten(what, 90) : null
			}))
		},
		scan: scan && {
			title: shorten(scan.title, 80),
			endsAt: scan.endsAt,
			respondents: scan.respondents,
			weakest: weakestBlocks(scan.means)
		},
		meetings: meetings.map((mt) => ({ ...mt, title: shorten(mt.title, 80), place: shorten(mt.place, 40) })),
		signals: signals.status
	};
}
export type PartnershipState = Awaited<ReturnType<typeof partnershipState>>;

/** The two blocks with the lowest mean, lowest first (as on the home). */
function weakestBlocks(means: Record<BlockSlug, number | null>) {
	return Object.entries(means)
		.filter((e): e is [BlockSlug, number] => e[1] !== null)
		.sort((a, b) => a[1] - b[1])
		.slice(0, 2)
		.map(([block, mean]) => {
			const links = blockLinks({ block, mean });
			return { block, number: links.number, title: links.title, mean };
		});
}
