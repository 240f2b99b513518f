// The partnership home as a compass, in two round trips: one statement for the counts and the short
// lists, and the scan's overview (scan.server.ts). The home is the page everyone opens first, so it
// must not run a query per widget (issue 12: at most 5 round trips with the session and the
// membership; home.db.test.ts counts them). The rules that are not counting stay in their own
// modules and get the rows from here: consent (checkConsent), the network analysis, role cards.
import { daysBetween, todayInBelgium } from '$lib/dates';
import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { analyseNetwork } from '$lib/domain/network/analysis';
import type { MapLink, MapNode } from '$lib/domain/network/map-model';
import { consentWarningsByCase } from '$lib/domain/sharing/consent.server';
import type { ConsentFacts } from '$lib/domain/sharing/consent';
import { isOverdue } from '$lib/domain/agreements/agreement-status';
import { agreementVisibleTo } from '$lib/domain/agreements/agreement.server';
import { scanOverview } from '$lib/domain/scan/scan.server';
import { roleCardStatus } from '$lib/domain/role-cards/role-card';
import {
	SIGNAL_STATUSES,
	type AgreementStatus,
	type ConsentRequirement,
	type MeetingKind,
	type MemberFunction
} from '$lib/domain/partnerships/enums';
import type { Role } from '$lib/domain/permissions/permissions';
import type { GoalContent } from '$lib/domain/goals/goal.schema';
import { toWorksheetHighlights, worksheetHighlightsSql } from '$lib/domain/worksheets/highlights.server';

/** How far back the home looks for meetings that did not record the voice of child and parents. */
const VOICE_LOOKBACK_DAYS = 180;
/** The agreements due first that the home lists. */
const DUE_SHOWN = 5;

type Counts = Record<string, number> | null;
type Row = {
	caseStatus: Counts;
	agreements: { active: number; overdue: number };
	voiceCases: number;
	voiceAgreements: number;
	voiceMeetings: number;
	organisations: number;
	learning: Counts;
	signalStatus: Counts;
	oldestWaiting: { id: string; title: string; since: string } | null;
	nextMeeting: {
		id: string;
		kind: MeetingKind;
		title: string;
		startsAt: string;
		endsAt: string;
		place: string;
		onlineUrl: string;
		cancelled: boolean;
		seriesId: string | null;
	} | null;
	goal: Pick<GoalContent, 'specific' | 'why' | 'timeBound' | 'reviewDate' | 'familiesInvolved'> | null;
	due: {
		id: string;
		what: string;
		ownerName: string;
		dueDate: string | null;
		status: AgreementStatus;
		/** Set for an agreement made in a case: the state page shows it without its text. */
		caseId: string | null;
	}[];
	members: {
		membershipId: string;
		name: string;
		role: Role;
		organisationName: string;
		function: MemberFunction;
		functionOther: string | null;
		roleCardSavedAt: string | null;
		roleCardDraftSavedAt: string | null;
	}[];
	nodes: MapNode[];
	links: MapLink[];
	consentLinks: { caseId: string; id: string; consent: ConsentRequirement }[];
	consentRecords: (ConsentFacts & { caseId: string })[];
	worksheets: Parameters<typeof toWorksheetHighlights>[0];
};

/**
 * Everything the home shows. Counts for every role (observers included); agreement texts only when
 * `canReadAgreements`, and those of a case only for its readers and the agreement's owner (ADR 0023).
 */
export async function homeSummary(
	db: Db,
	{
		partnershipId,
		userId,
		canReadAgreements,
		now = new Date()
	}: { partnershipId: string; userId: string; canReadAgreements: boolean; now?: Date }
) {
	const today = todayInBelgium(now);
	const since = new Date(now.getTime() - VOICE_LOOKBACK_DAYS * 86_400_000);
	const p = partnershipId;
	const active = sql`status in ('open', 'adjusted')`;
	const [{ rows }, scan] = await Promise.all([
		db.execute<Row>(sql`select
			(select json_object_agg(status, n) from
				(select status, count(*)::int as n from cases where partnership_id = ${p} group by status) s) as "caseStatus",
			(select json_build_object('active', count(*)::int, 'overdue', (count(*) filter (where due_date < ${today}))::int)
			   from agreements where partnership_id = ${p} and ${active}) as "agreements",
			(select count(*)::int from cases c
			   left join case_sections v on v.partnership_id = c.partnership_id and v.case_id = c.id and v.kind = 'voice'
			  where c.partnership_id = ${p} and c.status <> 'closed'
			    and (v.id is null or coalesce(v.content->>'heard', '') <> 'yes')) as "voiceCases",
			(select count(*)::int from agreements where partnership_id = ${p} and ${active}
			    and (voice is null or coalesce(voice->>'heard', '') <> 'yes')) as "voiceAgreements",
			(select count(*)::int from meetings where partnership_id = ${p} and not cancelled
			    and starts_at >= ${since} and starts_at < ${now}
			    and coalesce(voice->>'heard', '') <> 'yes') as "voiceMeetings",
			(select count(*)::int from organisations where partnership_id = ${p}) as "organisations",
			(select json_object_agg(kind, n) from
				(select kind, count(*)::int as n from learning_entries where partnership_id = ${p} group by kind) l) as "learning",
			(select json_object_agg(status, n) from
				(select status, count(*)::int as n from signals where partnership_id = ${p} group by status) s) as "signalStatus",
			(select json_build_object('id', s.id, 'title', s.title, 'since', e.since) from signals s
			   join (select signal_id, max("on")::text as since from signal_events
			          where partnership_id = ${p} and status = 'passed_on' group by signal_id) e on e.signal_id = s.id
			  where s.partnership_id = ${p} and s.status = 'passed_on'
			  order by e.since, s.created_at limit 1) as "oldestWaiting",
			(select json_build_object('id', id, 'kind', kind, 'title', title, 'startsAt', starts_at, 'endsAt', ends_at,
			        'place', place, 'onlineUrl', online_url, 'cancelled', cancelled, 'seriesId', series_id)
			   from meetings where partnership_id = ${p} and ends_at >= ${now} and not cancelled
			  order by starts_at limit 1) as "nextMeeting",
			(select json_build_object('specific', specific, 'why', why, 'timeBound', time_bound,
			        'reviewDate', review_date, 'familiesInvolved', families_involved)
			   from goals where partnership_id = ${p}) as "goal",
			(select coalesce(json_agg(json_build_object('id', a.id, 'what', a.what, 'ownerName', u.name,
			        'dueDate', a.due_date, 'status', a.status, 'caseId', a.case_id) order by a.due_date asc nulls last, a.created_at, a.id), '[]')
			   from (select * from agreements where partnership_id = ${p} and ${active} and ${canReadAgreements}::boolean
			          and ${agreementVisibleTo(userId)}
			          order by due_date asc nulls last, created_at, id limit ${DUE_SHOWN}) a
			   join users u on u.id = a.owner_id) as "due",
			(select coalesce(json_agg(json_build_object('membershipId', m.id, 'name', u.name, 'role', m.role,
			        'organisationName', m.organisation_name, 'function', m.function, 'functionOther', m.function_other,
			        'roleCardSavedAt', r.saved_at, 'roleCardDraftSavedAt', r.draft_saved_at) order by u.name), '[]')
			   from memberships m join users u on u.id = m.user_id
			   left join role_cards r on r.partnership_id = m.partnership_id and r.user_id = m.user_id
			  where m.partnership_id = ${p}) as "members",
			(select coalesce(json_agg(json_build_object('id', id, 'kind', kind, 'label', label, 'level', level,
			        'sector', sector, 'x', x, 'y', y)), '[]')
			   from network_nodes where partnership_id = ${p}) as "nodes",
			(select coalesce(json_agg(json_build_object('id', id, 'fromNodeId', from_node_id, 'toNodeId', to_node_id,
			        'type', type, 'strength', strength)), '[]')
			   from network_links where partnership_id = ${p}) as "links",
			(select coalesce(json_agg(json_build_object('caseId', l.case_id, 'id', a.id, 'consent', a.consent)), '[]')
			   from case_sharing_agreements l
			   join sharing_agreements a on a.partnership_id = l.partnership_id and a.id = l.sharing_agreement_id
			  where l.partnership_id = ${p} and a.consent <> 'none') as "consentLinks",
			(select coalesce(json_agg(json_build_object('caseId', case_id, 'sharingAgreementId', sharing_agreement_id,
			        'givenOn', given_on, 'givenBy', given_by, 'expiresOn', expires_on, 'withdrawnOn', withdrawn_on)), '[]')
			   from consent_records where partnership_id = ${p}) as "consentRecords",
			${worksheetHighlightsSql(p, today)} as "worksheets"`),
		scanOverview(db, { partnershipId, userId, now })
	]);
	const r = rows[0]!;
	const status = r.caseStatus ?? {};
	const signals = Object.fromEntries(SIGNAL_STATUSES.map((s) => [s, r.signalStatus?.[s] ?? 0])) as Record<
		(typeof SIGNAL_STATUSES)[number],
		number
	>;
	const findings = r.nodes.length
		? analyseNetwork(r.nodes, r.links).findings.filter((f) => f.kind !== 'empty').length
		: 0;
	return {
		compass: {
			goal: r.goal && { ...r.goal, reviewDue: r.goal.reviewDate !== null && r.goal.reviewDate <= today },
			cases: { open: status.open ?? 0, inFollowUp: status.in_follow_up ?? 0, closed: status.closed ?? 0 },
			agreements: {
				...r.agreements,
				dueFirst: r.due.map(({ status, ...a }) => ({ ...a, overdue: isOverdue({ status, dueDate: a.dueDate }, today) }))
			},
			voiceMissing: {
				goal: r.goal !== null && r.goal.familiesInvolved !== 'yes',
				cases: r.voiceCases,
				agreements: r.voiceAgreements,
				meetings: r.voiceMeetings
			}
		},
		organisationLevel: {
			organisations: r.organisations,
			mapNodes: r.nodes.length,
			mapFindings: findings,
			learning: { successes: r.learning?.success ?? 0, bottlenecks: r.learning?.bottleneck ?? 0 },
			casesMissingConsent: consentWarningsByCase(r.consentLinks, r.consentRecords, today).size,
			nextMeeting: r.nextMeeting && {
				...r.nextMeeting,
				startsAt: new Date(r.nextMeeting.startsAt),
				endsAt: new Date(r.nextMeeting.endsAt)
			}
		},
		// What the worksheets left: pilots to look back, covenants under review, the continuity plan.
		worksheets: toWorksheetHighlights(r.worksheets, today),
		scan: scan.latest,
		openRound: scan.rounds.find((round) => round.status === 'open') ?? null,
		signals: {
			total: Object.values(signals).reduce((a, b) => a + b, 0),
			status: signals,
			oldestWaiting: r.oldestWaiting && { ...r.oldestWaiting, days: daysBetween(r.oldestWaiting.since, today) }
		},
		members: r.members.map(({ roleCardSavedAt, roleCardDraftSavedAt, ...mb }) => ({
			...mb,
			cardStatus: roleCardStatus({
				savedAt: roleCardSavedAt === null ? null : new Date(roleCardSavedAt),
				draftSavedAt: roleCardDraftSavedAt === null ? null : new Date(roleCardDraftSavedAt)
			})
		}))
	};
}
export type HomeSummary = Awaited<ReturnType<typeof homeSummary>>;
