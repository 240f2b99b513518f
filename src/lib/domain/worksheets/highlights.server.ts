// What the worksheets left in a partnership, where people look for it (issue 16): the home, the
// welcome pack and a meeting's review item. Read straight from the record tables, aggregated in SQL:
// the highlights are one JSON expression (the home puts it in its one statement, ADR 0012), the
// review of a meeting is one statement. Every subquery filters by partnership_id and every join
// matches on it. None of this is case content: pilots, covenants, recurring tasks, the continuity
// plan and the glossary are about the partnership, never about a family.
import { sql, type SQL } from 'drizzle-orm';
import { addDays, todayInBelgium } from '$lib/dates';
import type { Executor } from '$lib/server/db/client';
import type {
	AgreementStatus,
	CovenantKind,
	Level,
	RasciLetter,
	RecordAction,
	TaskFrequency
} from '$lib/domain/partnerships/enums';

/** How many days ahead a covenant's review counts as coming up. */
export const REVIEW_AHEAD_DAYS = 30;
/** The longest list of each kind the home and the welcome pack show. */
export const HIGHLIGHTS_SHOWN = 5;
/** The most items of each kind a meeting's review item lists. */
const REVIEW_SHOWN = 20;

/** The kind of record a history row belongs to (which column of record_versions is set). */
export const WORKSHEET_RECORD_KINDS = [
	'method_answer',
	'covenant',
	'pilot',
	'recurring_task',
	'continuity_item',
	'glossary_term'
] as const;
export type WorksheetRecordKind = (typeof WORKSHEET_RECORD_KINDS)[number];

type PilotRow = { id: string; title: string; lookBackOn: string; ownerName: string };
type CovenantRow = { id: string; kind: CovenantKind; title: string; reviewOn: string };

type HighlightsJson = {
	pilotsDue: PilotRow[];
	pilotsDueCount: number;
	nextPilot: PilotRow | null;
	covenantsUnderReview: CovenantRow[];
	activeCovenants: { id: string; kind: CovenantKind; title: string }[];
	taskCount: number;
	tasksWithoutA: { id: string; title: string }[];
	tasksWithoutACount: number;
	withoutBackup: { id: string; contact: string; holderName: string }[];
	withoutBackupCount: number;
	termCount: number;
	newestTerms: { id: string; term: string; plainWords: string }[];
	lastActivity: { savedAt: string; action: RecordAction; kind: WorksheetRecordKind; savedByName: string | null } | null;
};

/** The person's name as the rest of the app shows it ('' for an account that is gone). */
const nameOf = (alias: string) => sql.raw(`coalesce(${alias}.name, '')`);

/**
 * The highlights as one SQL expression that yields a JSON object, for a statement of its own
 * (listWorksheetHighlights) or as one more part of the home's statement (homeSummary).
 */
export function worksheetHighlightsSql(partnershipId: string, today: string): SQL {
	const p = partnershipId;
	const ahead = addDays(today, REVIEW_AHEAD_DAYS);
	const n = HIGHLIGHTS_SHOWN;
	// Someone who left the partnership backs nobody up any more.
	const isMember = (column: string) =>
		sql.raw(
			`exists (select 1 from memberships wm where wm.partnership_id = c.partnership_id and wm.user_id = ${column})`
		);
	const noBackup = sql`(c.backup_id is null or c.backup_id = c.holder_id or not ${isMember('c.backup_id')})`;
	const withoutA = sql`not exists (select 1 from recurring_task_assignments a
		where a.partnership_id = t.partnership_id and a.task_id = t.id and a.letter = 'A')`;
	return sql`json_build_object(
		'pilotsDue', (select coalesce(json_agg(json_build_object('id', x.id, 'title', x.title, 'lookBackOn', x.look_back_on,
		        'ownerName', ${nameOf('u')}) order by x.look_back_on, x.title), '[]')
		   from (select * from pilots where partnership_id = ${p} and looked_back_at is null and look_back_on <= ${today}
		          order by look_back_on, title limit ${n}) x
		   left join users u on u.id = x.owner_id),
		'pilotsDueCount', (select count(*)::int from pilots
		   where partnership_id = ${p} and looked_back_at is null and look_back_on <= ${today}),
		'nextPilot', (select json_build_object('id', x.id, 'title', x.title, 'lookBackOn', x.look_back_on,
		        'ownerName', ${nameOf('u')})
		   from pilots x left join users u on u.id = x.owner_id
		  where x.partnership_id = ${p} and x.looked_back_at is null and x.look_back_on > ${today}
		  order by x.look_back_on, x.title limit 1),
		'covenantsUnderReview', (select coalesce(json_agg(json_build_object('id', id, 'kind', kind, 'title', title,
		        'reviewOn', review_on) order by review_on, title), '[]')
		   from (select * from covenants where partnership_id = ${p} and review_on <= ${ahead}
		          order by review_on, title limit ${n}) x),
		'activeCovenants', (select coalesce(json_agg(json_build_object('id', id, 'kind', kind, 'title', title)
		        order by signed_on desc nulls last, created_at desc), '[]')
		   from (select * from covenants where partnership_id = ${p} and (valid_until is null or valid_until >= ${today})
		          order by signed_on desc nulls last, created_at desc limit ${n}) x),
		'taskCount', (select count(*)::int from recurring_tasks where partnership_id = ${p}),
		'tasksWithoutA', (select coalesce(json_agg(json_build_object('id', id, 'title', title) order by title), '[]')
		   from (select t.id, t.title from recurring_tasks t where t.partnership_id = ${p} and ${withoutA}
		          order by t.title limit ${n}) x),
		'tasksWithoutACount', (select count(*)::int from recurring_tasks t where t.partnership_id = ${p} and ${withoutA}),
		'withoutBackup', (select coalesce(json_agg(json_build_object('id', x.id, 'contact', x.contact,
		        'holderName', ${nameOf('u')}) order by x.contact), '[]')
		   from (select c.id, c.contact, c.holder_id from continuity_items c where c.partnership_id = ${p} and ${noBackup}
		          order by c.contact limit ${n}) x
		   left join users u on u.id = x.holder_id),
		'withoutBackupCount', (select count(*)::int from continuity_items c where c.partnership_id = ${p} and ${noBackup}),
		'termCount', (select count(*)::int from glossary_terms where partnership_id = ${p}),
		'newestTerms', (select coalesce(json_agg(json_build_object('id', id, 'term', term, 'plainWords', plain_words)
		        order by created_at desc, term), '[]')
		   from (select * from glossary_terms where partnership_id = ${p} order by created_at desc, term limit ${n}) x),
		'lastActivity', (select json_build_object('savedAt', v.saved_at, 'action', v.action, 'savedByName', u.name,
		        'kind', case when v.method_answer_id is not null then 'method_answer'
		                     when v.covenant_id is not null then 'covenant'
		                     when v.pilot_id is not null then 'pilot'
		                     when v.recurring_task_id is not null then 'recurring_task'
		                     when v.continuity_item_id is not null then 'continuity_item'
		                     else 'glossary_term' end)
		   from record_versions v left join users u on u.id = v.saved_by
		  where v.partnership_id = ${p} order by v.saved_at desc limit 1)
	)`;
}

/** The highlights from the JSON of worksheetHighlightsSql, with a few flags the pages need. */
export function toWorksheetHighlights(json: HighlightsJson, today: string) {
	return {
		pilots: { due: json.pilotsDue, dueCount: json.pilotsDueCount, next: json.nextPilot },
		covenants: {
			underReview: json.covenantsUnderReview.map((c) => ({ ...c, reviewDue: c.reviewOn <= today })),
			active: json.activeCovenants
		},
		tasks: { count: json.taskCount, withoutA: json.tasksWithoutA, withoutACount: json.tasksWithoutACount },
		continuity: { withoutBackup: json.withoutBackup, withoutBackupCount: json.withoutBackupCount },
		glossary: { count: json.termCount, newest: json.newestTerms },
		lastActivity: json.lastActivity && { ...json.lastActivity, savedAt: new Date(json.lastActivity.savedAt) }
	};
}
export type WorksheetHighlights = ReturnType<typeof toWorksheetHighlights>;

/** Whether anything asks for attention now: a pilot to look back, a covenant to review, a contact without backup. */
export function hasDueHighlights(h: WorksheetHighlights): boolean {
	return h.pilots.dueCount > 0 || h.covenants.underReview.length > 0 || h.continuity.withoutBackupCount > 0;
}

/**
 * What the worksheets left in the partnership, as of `today` (Belgian date): pilots to look back
 * (due) and the next one, covenants under review within REVIEW_AHEAD_DAYS and the active ones,
 * recurring tasks (and those without an A), contacts without a backup, the glossary and the last
 * change to any of these records. One statement.
 */
export async function listWorksheetHighlights(
	db: Executor,
	{ partnershipId, today = todayInBelgium() }: { partnershipId: string; today?: string }
): Promise<WorksheetHighlights> {
	const { rows } = await db.execute<{ h: HighlightsJson }>(
		sql`select ${worksheetHighlightsSql(partnershipId, today)} as h`
	);
	return toWorksheetHighlights(rows[0]!.h, today);
}

type ReviewJson = {
	pilots: PilotRow[];
	covenants: CovenantRow[];
	terms: { id: string; term: string; plainWords: string; createdAt: string }[];
	agreements: {
		id: string;
		what: string;
		status: AgreementStatus;
		dueDate: string | null;
		ownerName: string;
		method: string | null;
	}[];
	since: string | null;
};

/**
 * The review item "Uit de werkbladen" of a meeting, computed when read: pilots whose look back is
 * due by the meeting's day and not done, covenants whose review is due by then, glossary terms
 * added since the previous meeting (before this one), and the open agreements a worksheet made.
 * `previousMeetingStartsAt`: the start of the partnership's previous meeting (null: there was none);
 * left out, the statement finds it (the last meeting that went ahead, not about a case, before this one).
 */
export async function listWorksheetReview(
	db: Executor,
	{
		partnershipId,
		meetingStartsAt,
		previousMeetingStartsAt
	}: { partnershipId: string; meetingStartsAt: Date; previousMeetingStartsAt?: Date | null }
) {
	const p = partnershipId;
	const day = todayInBelgium(meetingStartsAt);
	const since =
		previousMeetingStartsAt === undefined
			? sql`(select max(starts_at) from meetings where partnership_id = ${p} and not cancelled
			        and kind <> 'case' and starts_at < ${meetingStartsAt})`
			: sql`${previousMeetingStartsAt}::timestamptz`;
	const { rows } = await db.execute<ReviewJson>(sql`with prev as (select ${since} as at)
		select
		(select coalesce(json_agg(json_build_object('id', x.id, 'title', x.title, 'lookBackOn', x.look_back_on,
		        'ownerName', ${nameOf('u')}) order by x.look_back_on, x.title), '[]')
		   from (select * from pilots where partnership_id = ${p} and looked_back_at is null and look_back_on <= ${day}
		          order by look_back_on, title limit ${REVIEW_SHOWN}) x
		   left join users u on u.id = x.owner_id) as "pilots",
		(select coalesce(json_agg(json_build_object('id', id, 'kind', kind, 'title', title, 'reviewOn', review_on)
		        order by review_on, title), '[]')
		   from (select * from covenants where partnership_id = ${p} and review_on <= ${day}
		          order by review_on, title limit ${REVIEW_SHOWN}) x) as "covenants",
		(select coalesce(json_agg(json_build_object('id', id, 'term', term, 'plainWords', plain_words,
		        'createdAt', created_at) order by created_at, term), '[]')
		   from (select * from glossary_terms where partnership_id = ${p} and created_at < ${meetingStartsAt}
		          and (created_at >= (select at from prev) or (select at from prev) is null)
		          order by created_at, term limit ${REVIEW_SHOWN}) x) as "terms",
		(select coalesce(json_agg(json_build_object('id', x.id, 'what', x.what, 'status', x.status, 'dueDate', x.due_date,
		        'ownerName', ${nameOf('u')}, 'method', ma.method) order by x.due_date asc nulls last, x.created_at), '[]')
		   from (select * from agreements where partnership_id = ${p} and origin = 'worksheet'
		          and status in ('open', 'adjusted') and case_id is null
		          order by due_date asc nulls last, created_at limit ${REVIEW_SHOWN}) x
		   left join method_answers ma on ma.partnership_id = x.partnership_id and ma.id = x.method_answer_id
		   left join users u on u.id = x.owner_id) as "agreements",
		(select at from prev) as "since"`);
	const r = rows[0]!;
	return {
		pilots: r.pilots,
		covenants: r.covenants,
		terms: r.terms.map((t) => ({ ...t, createdAt: new Date(t.createdAt) })),
		agreements: r.agreements,
		since: r.since === null ? null : new Date(r.since)
	};
}
export type WorksheetReview = Awaited<ReturnType<typeof listWorksheetReview>>;

/** Whether the review item has anything to show. */
export function worksheetReviewCount(r: WorksheetReview): number {
	return r.pilots.length + r.covenants.length + r.terms.length + r.agreements.length;
}

/** The most recurring tasks, contacts and glossary terms the welcome pack lists. */
export const WELCOME_SHOWN = 20;

type WelcomeJson = {
	plans: {
		id: string;
		kind: CovenantKind;
		title: string;
		purpose: string;
		signedOn: string | null;
		validUntil: string | null;
		reviewOn: string | null;
		commitments: { id: string; level: Level; party: string; what: string; until: string | null }[];
	}[];
	tasks: {
		id: string;
		title: string;
		frequency: TaskFrequency;
		accountable: string | null;
		responsible: string[];
	}[];
	taskCount: number;
	contacts: {
		id: string;
		contact: string;
		holderId: string;
		holderName: string;
		backupId: string | null;
		backupName: string | null;
	}[];
	contactCount: number;
	terms: { id: string; term: string; plainWords: string }[];
	termCount: number;
};

/**
 * "Zo werken we samen" in the welcome pack, in one statement: the active covenants and action plans
 * with their commitments per level, the recurring tasks with their A and R, the continuity plan
 * (a backup who left counts as none) and the glossary in plain words.
 */
export async function getWelcomeWorksheets(
	db: Executor,
	{ partnershipId, today = todayInBelgium() }: { partnershipId: string; today?: string }
) {
	const p = partnershipId;
	const n = WELCOME_SHOWN;
	const lettered = (letter: RasciLetter) => sql`(select coalesce(json_agg(${nameOf('u')} order by u.name), '[]')
		from recurring_task_assignments a
		join memberships m on m.partnership_id = a.partnership_id and m.id = a.membership_id
		join users u on u.id = m.user_id
		where a.partnership_id = t.partnership_id and a.task_id = t.id and a.letter = ${letter})`;
	const { rows } = await db.execute<WelcomeJson>(sql`select
		(select coalesce(json_agg(json_build_object('id', c.id, 'kind', c.kind, 'title', c.title, 'purpose', c.purpose,
		        'signedOn', c.signed_on, 'validUntil', c.valid_until, 'reviewOn', c.review_on,
		        'commitments', (select coalesce(json_agg(json_build_object('id', k.id, 'level', k.level, 'party', k.party,
		                'what', k.what, 'until', k.until) order by k.level, k.position, k.created_at), '[]')
		           from covenant_commitments k where k.partnership_id = c.partnership_id and k.covenant_id = c.id))
		        order by c.signed_on desc nulls last, c.created_at desc), '[]')
		   from (select * from covenants where partnership_id = ${p} and (valid_until is null or valid_until >= ${today})
		          order by signed_on desc nulls last, created_at desc limit ${HIGHLIGHTS_SHOWN}) c) as "plans",
		(select coalesce(json_agg(json_build_object('id', t.id, 'title', t.title, 'frequency', t.frequency,
		        'accountable', (${lettered('A')})->>0, 'responsible', ${lettered('R')}) order by t.title), '[]')
		   from (select * from recurring_tasks where partnership_id = ${p} order by title limit ${n}) t) as "tasks",
		(select count(*)::int from recurring_tasks where partnership_id = ${p}) as "taskCount",
		(select coalesce(json_agg(json_build_object('id', c.id, 'contact', c.contact, 'holderId', c.holder_id,
		        'holderName', ${nameOf('h')}, 'backupId', b.id, 'backupName', b.name) order by c.contact), '[]')
		   from (select * from continuity_items where partnership_id = ${p} order by contact limit ${n}) c
		   left join users h on h.id = c.holder_id
		   left join users b on b.id = c.backup_id and b.id <> c.holder_id
		        and exists (select 1 from memberships bm where bm.partnership_id = c.partnership_id and bm.user_id = b.id)) as "contacts",
		(select count(*)::int from continuity_items where partnership_id = ${p}) as "contactCount",
		(select coalesce(json_agg(json_build_object('id', id, 'term', term, 'plainWords', plain_words) order by lower(term)), '[]')
		   from (select * from glossary_terms where partnership_id = ${p} order by lower(term) limit ${n}) g) as "terms",
		(select count(*)::int from glossary_terms where partnership_id = ${p}) as "termCount"`);
	const r = rows[0]!;
	return {
		plans: r.plans,
		tasks: { rows: r.tasks, total: r.taskCount },
		contacts: { rows: r.contacts, total: r.contactCount },
		glossary: { rows: r.terms, total: r.termCount }
	};
}
export type WelcomeWorksheets = Awaited<ReturnType<typeof getWelcomeWorksheets>>;
