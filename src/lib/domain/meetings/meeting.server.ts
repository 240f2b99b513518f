import { and, asc, count, desc, eq, gte, inArray, lt, max, sql } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import {
	agreements,
	cases,
	meetingAgendaItems,
	meetingAttendees,
	meetings,
	meetingSeries,
	memberships,
	users
} from '$lib/server/db/schema';
import { isOverdue } from '$lib/domain/agreements/agreement-status';
import {
	MEETING_KINDS,
	type AgendaItemStatus,
	type Attendance,
	type MeetingKind
} from '$lib/domain/partnerships/enums';
import type { AgendaItemInput, MeetingEditInput, MeetingFilter, MeetingInput } from './meeting.schema';
import { MAX_AGENDA_ITEMS } from './meeting.schema';
import { brusselsToUtc } from './meeting-time';
import { meetingOccurrences } from './recurrence';
import { updateVersioned } from '$lib/server/db/versioned';
import { inPartnership } from '$lib/server/db/scoped';
import { paged, qualified, totalOver } from '$lib/server/db/paged';
import { personName } from '$lib/domain/auth/person-name';
import { agreementVisibleTo } from '$lib/domain/agreements/agreement.server';

type Scope = { partnershipId: string; meetingId: string };
type Voice = Record<string, string>;
export type MeetingRow = typeof meetings.$inferSelect;

/** Only members of this partnership can attend; other ids are dropped. */
/** The attendees, or null when one of them is not a member of this partnership (a form error, never ignored). */
async function validMemberships(
	db: Executor,
	partnershipId: string,
	membershipIds: string[]
): Promise<string[] | null> {
	const wanted = [...new Set(membershipIds)];
	if (wanted.length === 0) return [];
	const rows = await db
		.select({ id: memberships.id })
		.from(memberships)
		.where(and(eq(memberships.partnershipId, partnershipId), inArray(memberships.id, wanted)));
	return rows.length === wanted.length ? rows.map((r) => r.id) : null;
}

/** Only a case meeting points at a case; the id was checked with caseInPartnership either way. */
const caseOf = (input: { kind: string; caseId: string | null }) => (input.kind === 'case' ? input.caseId : null);

async function caseInPartnership(db: Executor, partnershipId: string, caseId: string | null): Promise<boolean> {
	return !caseId || inPartnership(db, cases, { partnershipId, id: caseId });
}

export type CreateMeetingResult =
	{ ok: true; id: string; count: number } | { ok: false; reason: 'case-not-found' | 'attendee-not-member' };

/**
 * Plans a meeting. With a recurrence, every date of the series (see meetingOccurrences) becomes its
 * own meeting in one meeting_series, each with the same agenda and attendees.
 */
export async function createMeeting(
	db: Db,
	{ partnershipId, userId, input }: { partnershipId: string; userId: string; input: MeetingInput }
): Promise<CreateMeetingResult> {
	return db.transaction(async (tx) => {
		if (!(await caseInPartnership(tx, partnershipId, input.caseId)))
			return { ok: false, reason: 'case-not-found' } as const;
		const dates = meetingOccurrences({
			first: input.date,
			recurrence: input.recurrence,
			until: input.repeatUntil ?? input.date
		});
		const [series] =
			dates.length > 1 && input.recurrence !== 'none'
				? await tx
						.insert(meetingSeries)
						.values({ partnershipId, recurrence: input.recurrence, repeatUntil: input.repeatUntil! })
						.returning({ id: meetingSeries.id })
				: [];
		const attendees = await validMemberships(tx, partnershipId, input.attendees);
		if (!attendees) return { ok: false, reason: 'attendee-not-member' } as const;
		const ids: string[] = [];
		for (const date of dates) {
			const [created] = await tx
				.insert(meetings)
				.values({
					partnershipId,
					seriesId: series?.id ?? null,
					kind: input.kind,
					title: input.title,
					caseId: caseOf(input),
					startsAt: brusselsToUtc(date, input.startTime),
					endsAt: brusselsToUtc(date, input.endTime),
					place: input.place,
					onlineUrl: input.onlineUrl,
					purpose: input.purpose,
					guests: input.guests,
					createdBy: userId
				})
				.returning({ id: meetings.id });
			const meetingId = created!.id;
			ids.push(meetingId);
			if (input.agenda.length)
				await tx.insert(meetingAgendaItems).values(
					input.agenda.map((title, i) => ({
						partnershipId,
						meetingId,
						title,
						status: 'accepted' as const,
						position: i + 1,
						proposedBy: userId
					}))
				);
			if (attendees.length)
				await tx
					.insert(meetingAttendees)
					.values(attendees.map((membershipId) => ({ partnershipId, meetingId, membershipId })));
		}
		return { ok: true, id: ids[0]!, count: ids.length } as const;
	});
}

const summaryColumns = {
	id: meetings.id,
	kind: meetings.kind,
	title: meetings.title,
	startsAt: meetings.startsAt,
	endsAt: meetings.endsAt,
	place: meetings.place,
	onlineUrl: meetings.onlineUrl,
	cancelled: meetings.cancelled,
	seriesId: meetings.seriesId
};

/**
 * One page of the upcoming meetings (not yet ended, soonest first) or of the past ones (latest
 * first), each with its agenda and open agreements counted in subqueries, and the number of
 * meetings per kind on either side of now.
 */
export async function listMeetings(
	db: Db,
	{
		partnershipId,
		filter = { wanneer: '', soort: '' },
		page = 1,
		now = new Date()
	}: { partnershipId: string; filter?: MeetingFilter; page?: number; now?: Date }
) {
	const past = filter.wanneer === 'voorbij';
	const where = and(
		eq(meetings.partnershipId, partnershipId),
		past ? lt(meetings.endsAt, now) : gte(meetings.endsAt, now),
		filter.soort ? eq(meetings.kind, filter.soort) : undefined
	);
	const [list, byKind] = await Promise.all([
		paged(
			({ limit, offset }) =>
				db
					.select({
						...summaryColumns,
						agendaItems: sql<number>`(select count(*) from ${meetingAgendaItems}
							where ${qualified(meetingAgendaItems.partnershipId)} = ${qualified(meetings.partnershipId)}
							and ${qualified(meetingAgendaItems.meetingId)} = ${qualified(meetings.id)}
							and ${qualified(meetingAgendaItems.status)} = 'accepted')`.mapWith(Number),
						openAgreements: sql<number>`(select count(*) from ${agreements}
							where ${qualified(agreements.partnershipId)} = ${qualified(meetings.partnershipId)}
							and ${qualified(agreements.meetingId)} = ${qualified(meetings.id)}
							and ${qualified(agreements.status)} in ('open', 'adjusted'))`.mapWith(Number),
						total: totalOver
					})
					.from(meetings)
					.where(where)
					.orderBy(
						...(past ? [desc(meetings.startsAt), desc(meetings.id)] : [asc(meetings.startsAt), asc(meetings.id)])
					)
					.limit(limit)
					.offset(offset),
			async () => (await db.select({ n: count() }).from(meetings).where(where))[0]?.n ?? 0,
			page
		),
		db
			.select({
				kind: meetings.kind,
				upcoming: count(sql`case when ${meetings.endsAt} >= ${now} then 1 end`),
				past: count(sql`case when ${meetings.endsAt} < ${now} then 1 end`)
			})
			.from(meetings)
			.where(eq(meetings.partnershipId, partnershipId))
			.groupBy(meetings.kind)
	]);
	const counts = {
		upcoming: 0,
		past: 0,
		kind: Object.fromEntries(MEETING_KINDS.map((k) => [k, 0])) as Record<MeetingKind, number>
	};
	for (const row of byKind) {
		counts.upcoming += row.upcoming;
		counts.past += row.past;
		counts.kind[row.kind] = past ? row.past : row.upcoming;
	}
	return { meetings: list, counts };
}

/** The next meetings that go ahead (for the home page and the welcome pack). */
export async function listUpcomingMeetings(
	db: Db,
	{ partnershipId, limit, now = new Date() }: { partnershipId: string; limit: number; now?: Date }
) {
	return db
		.select(summaryColumns)
		.from(meetings)
		.where(and(eq(meetings.partnershipId, partnershipId), gte(meetings.endsAt, now), eq(meetings.cancelled, false)))
		.orderBy(asc(meetings.startsAt))
		.limit(limit);
}

/** Everything on the meeting page, scoped by partnership; null when it is not in this partnership. */
export async function getMeeting(db: Db, { partnershipId, meetingId }: Scope) {
	const [row] = await db
		.select({
			meeting: meetings,
			caseCode: cases.code,
			recurrence: meetingSeries.recurrence,
			repeatUntil: meetingSeries.repeatUntil
		})
		.from(meetings)
		.leftJoin(cases, and(eq(cases.id, meetings.caseId), eq(cases.partnershipId, meetings.partnershipId)))
		.leftJoin(
			meetingSeries,
			and(eq(meetingSeries.id, meetings.seriesId), eq(meetingSeries.partnershipId, meetings.partnershipId))
		)
		.where(and(eq(meetings.partnershipId, partnershipId), eq(meetings.id, meetingId)));
	if (!row) return null;
	const [items, attendees] = await Promise.all([
		db
			.select({
				id: meetingAgendaItems.id,
				title: meetingAgendaItems.title,
				note: meetingAgendaItems.note,
				status: meetingAgendaItems.status,
				position: meetingAgendaItems.position,
				proposedBy: meetingAgendaItems.proposedBy,
				proposerName: personName()
			})
			.from(meetingAgendaItems)
			.leftJoin(users, eq(users.id, meetingAgendaItems.proposedBy))
			.where(and(eq(meetingAgendaItems.partnershipId, partnershipId), eq(meetingAgendaItems.meetingId, meetingId)))
			.orderBy(asc(meetingAgendaItems.position), asc(meetingAgendaItems.createdAt)),
		db
			.select({
				membershipId: meetingAttendees.membershipId,
				attendance: meetingAttendees.attendance,
				name: personName(),
				organisationName: memberships.organisationName,
				role: memberships.role
			})
			.from(meetingAttendees)
			.innerJoin(
				memberships,
				and(
					eq(memberships.id, meetingAttendees.membershipId),
					eq(memberships.partnershipId, meetingAttendees.partnershipId)
				)
			)
			.innerJoin(users, eq(users.id, memberships.userId))
			.where(and(eq(meetingAttendees.partnershipId, partnershipId), eq(meetingAttendees.meetingId, meetingId)))
			.orderBy(asc(users.name))
	]);
	return {
		meeting: row.meeting,
		caseCode: row.caseCode,
		series: row.recurrence ? { recurrence: row.recurrence, repeatUntil: row.repeatUntil! } : null,
		items,
		attendees
	};
}
export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

/**
 * The review item "Opvolging van open afspraken": the agreements made in earlier meetings of the
 * partnership (starting before `before`) that are still open or adjusted. Computed when read.
 */
export async function listReviewAgreements(
	db: Db,
	{ partnershipId, userId, before, today }: { partnershipId: string; userId: string; before: Date; today?: string }
) {
	const rows = await db
		.select({
			id: agreements.id,
			what: agreements.what,
			status: agreements.status,
			dueDate: agreements.dueDate,
			ownerName: personName(),
			meetingId: meetings.id,
			meetingTitle: meetings.title,
			meetingStartsAt: meetings.startsAt
		})
		.from(agreements)
		.innerJoin(
			meetings,
			and(eq(meetings.id, agreements.meetingId), eq(meetings.partnershipId, agreements.partnershipId))
		)
		.innerJoin(users, eq(users.id, agreements.ownerId))
		.where(
			and(
				eq(agreements.partnershipId, partnershipId),
				eq(agreements.origin, 'meeting'),
				inArray(agreements.status, ['open', 'adjusted']),
				lt(meetings.startsAt, before),
				// An agreement of a meeting about a case is case content (ADR 0023).
				agreementVisibleTo(userId)
			)
		)
		.orderBy(sql`${agreements.dueDate} asc nulls last`, asc(meetings.startsAt), asc(agreements.createdAt));
	return rows.map((r) => ({ ...r, overdue: isOverdue(r, today) }));
}

type ItemResult = { ok: true } | { ok: false; reason: 'not-found' | 'cancelled' | 'too-many' };

/**
 * Puts an item on the agenda: accepted at once when the organiser adds it, 'proposed' when a member
 * suggests it (the organiser then accepts or declines). New items come last.
 */
export async function addAgendaItem(
	db: Db,
	{
		partnershipId,
		meetingId,
		userId,
		input,
		status
	}: Scope & { userId: string; input: AgendaItemInput; status: 'accepted' | 'proposed' }
): Promise<ItemResult> {
	return db.transaction(async (tx) => {
		const [meeting] = await tx
			.select({ cancelled: meetings.cancelled })
			.from(meetings)
			.where(and(eq(meetings.partnershipId, partnershipId), eq(meetings.id, meetingId)))
			.for('update');
		if (!meeting) return { ok: false, reason: 'not-found' } as const;
		if (meeting.cancelled) return { ok: false, reason: 'cancelled' } as const;
		const [{ last, n }] = (await tx
			.select({ last: max(meetingAgendaItems.position), n: sql<number>`count(*)::int` })
			.from(meetingAgendaItems)
			.where(
				and(eq(meetingAgendaItems.partnershipId, partnershipId), eq(meetingAgendaItems.meetingId, meetingId))
			)) as [{ last: number | null; n: number }];
		if (n >= MAX_AGENDA_ITEMS * 2) return { ok: false, reason: 'too-many' } as const;
		await tx.insert(meetingAgendaItems).values({
			partnershipId,
			meetingId,
			title: input.title,
			note: input.note,
			status,
			position: (last ?? 0) + 1,
			proposedBy: userId
		});
		return { ok: true } as const;
	});
}

/** The organiser accepts (it moves to the end of the agenda) or declines a proposed item. */
export async function decideAgendaItem(
	db: Db,
	{
		partnershipId,
		meetingId,
		itemId,
		decision
	}: Scope & { itemId: string; decision: Exclude<AgendaItemStatus, 'proposed'> }
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const scope = and(eq(meetingAgendaItems.partnershipId, partnershipId), eq(meetingAgendaItems.meetingId, meetingId));
		const [{ last }] = (await tx
			.select({ last: max(meetingAgendaItems.position) })
			.from(meetingAgendaItems)
			.where(scope)) as [{ last: number | null }];
		const updated = await tx
			.update(meetingAgendaItems)
			.set({ status: decision, ...(decision === 'accepted' ? { position: (last ?? 0) + 1 } : {}) })
			.where(and(scope, eq(meetingAgendaItems.id, itemId), sql`${meetingAgendaItems.status} <> ${decision}`))
			.returning({ id: meetingAgendaItems.id });
		if (updated.length) return true;
		// Already decided this way (e.g. a second click): nothing to do, but the item exists.
		const [exists] = await tx
			.select({ id: meetingAgendaItems.id })
			.from(meetingAgendaItems)
			.where(and(scope, eq(meetingAgendaItems.id, itemId)));
		return Boolean(exists);
	});
}

/** Moves an accepted item one place up or down among the accepted items. */
export async function moveAgendaItem(
	db: Db,
	{ partnershipId, meetingId, itemId, direction }: Scope & { itemId: string; direction: 'up' | 'down' }
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const scope = and(eq(meetingAgendaItems.partnershipId, partnershipId), eq(meetingAgendaItems.meetingId, meetingId));
		const items = await tx
			.select({ id: meetingAgendaItems.id, position: meetingAgendaItems.position })
			.from(meetingAgendaItems)
			.where(and(scope, eq(meetingAgendaItems.status, 'accepted')))
			.orderBy(asc(meetingAgendaItems.position), asc(meetingAgendaItems.createdAt))
			.for('update');
		const i = items.findIndex((item) => item.id === itemId);
		if (i < 0) return false;
		const j = direction === 'up' ? i - 1 : i + 1;
		if (j < 0 || j >= items.length) return true;
		// Renumber the accepted items in their new order (positions may have gaps or ties).
		const order = items.map((item) => item.id);
		[order[i], order[j]] = [order[j]!, order[i]!];
		const base = Math.min(...items.map((item) => item.position));
		for (const [k, id] of order.entries())
			await tx
				.update(meetingAgendaItems)
				.set({ position: base + k })
				.where(and(scope, eq(meetingAgendaItems.id, id)));
		return true;
	});
}

/** Marks who was there. Rows for people who are not invited to this meeting are ignored. */
export async function setAttendance(
	db: Db,
	{ partnershipId, meetingId, rows }: Scope & { rows: { membershipId: string; attendance: Attendance }[] }
): Promise<number> {
	return db.transaction(async (tx) => {
		let changed = 0;
		for (const row of rows) {
			const updated = await tx
				.update(meetingAttendees)
				.set({ attendance: row.attendance })
				.where(
					and(
						eq(meetingAttendees.partnershipId, partnershipId),
						eq(meetingAttendees.meetingId, meetingId),
						eq(meetingAttendees.membershipId, row.membershipId)
					)
				)
				.returning({ id: meetingAttendees.membershipId });
			changed += updated.length;
		}
		return changed;
	});
}

export type VersionedResult =
	{ ok: true } | { ok: false; reason: 'not-found' } | { ok: false; reason: 'conflict'; current: MeetingRow };

/** One versioned change of a meeting: a stale version is a conflict (with what is stored now). */
async function updateMeetingVersioned(
	tx: Executor,
	{ partnershipId, meetingId }: Scope,
	version: number,
	set: Partial<typeof meetings.$inferInsert>
): Promise<VersionedResult> {
	const saved = await updateVersioned(tx, meetings, {
		match: [eq(meetings.partnershipId, partnershipId), eq(meetings.id, meetingId)],
		version,
		set: { ...set, updatedAt: new Date() }
	});
	return saved.ok ? { ok: true } : saved;
}

export type UpdateMeetingResult =
	VersionedResult | { ok: false; reason: 'case-not-found' } | { ok: false; reason: 'attendee-not-member' };

/** Changes this one meeting (never the others of its series) and its list of attendees. */
export async function updateMeeting(
	db: Db,
	{ partnershipId, meetingId, version, input }: Scope & { version: number; input: MeetingEditInput }
): Promise<UpdateMeetingResult> {
	return db.transaction(async (tx) => {
		if (!(await caseInPartnership(tx, partnershipId, input.caseId)))
			return { ok: false, reason: 'case-not-found' } as const;
		const wanted = await validMemberships(tx, partnershipId, input.attendees);
		if (!wanted) return { ok: false, reason: 'attendee-not-member' } as const;
		const result = await updateMeetingVersioned(tx, { partnershipId, meetingId }, version, {
			kind: input.kind,
			title: input.title,
			caseId: caseOf(input),
			startsAt: brusselsToUtc(input.date, input.startTime),
			endsAt: brusselsToUtc(input.date, input.endTime),
			place: input.place,
			onlineUrl: input.onlineUrl,
			purpose: input.purpose,
			guests: input.guests
		});
		if (!result.ok) return result;
		// Attendees who stay keep their attendance; new ones are invited.
		const scope = and(eq(meetingAttendees.partnershipId, partnershipId), eq(meetingAttendees.meetingId, meetingId));
		const current = await tx
			.select({ membershipId: meetingAttendees.membershipId })
			.from(meetingAttendees)
			.where(scope);
		const gone = current.map((c) => c.membershipId).filter((id) => !wanted.includes(id));
		if (gone.length) await tx.delete(meetingAttendees).where(and(scope, inArray(meetingAttendees.membershipId, gone)));
		const added = wanted.filter((id) => !current.some((c) => c.membershipId === id));
		if (added.length)
			await tx
				.insert(meetingAttendees)
				.values(added.map((membershipId) => ({ partnershipId, meetingId, membershipId })));
		return result;
	});
}

export async function saveMinutes(
	db: Db,
	{ partnershipId, meetingId, version, minutes }: Scope & { version: number; minutes: string }
): Promise<VersionedResult> {
	return updateMeetingVersioned(db, { partnershipId, meetingId }, version, { minutes, minutesUpdatedAt: new Date() });
}

export async function saveMeetingVoice(
	db: Db,
	{ partnershipId, meetingId, version, voice }: Scope & { version: number; voice: Voice | null }
): Promise<VersionedResult> {
	return updateMeetingVersioned(db, { partnershipId, meetingId }, version, { voice });
}

/** Cancels a meeting (it stays visible, marked as cancelled) or lets it go ahead again. */
export async function setMeetingCancelled(
	db: Db,
	{ partnershipId, meetingId, version, cancelled }: Scope & { version: number; cancelled: boolean }
): Promise<VersionedResult> {
	return updateMeetingVersioned(db, { partnershipId, meetingId }, version, { cancelled });
}

/** The case meetings can be about (by code): for the plan and edit forms. */
export async function listCaseCodes(db: Db, partnershipId: string) {
	return db
		.select({ id: cases.id, code: cases.code })
		.from(cases)
		.where(eq(cases.partnershipId, partnershipId))
		.orderBy(asc(cases.code));
}

/**
 * The meetings a user is invited to, in every partnership they still belong to, from `since` on
 * (for the personal calendar feed), with their accepted agenda items.
 */
export async function listMeetingsAttendedBy(db: Db, { userId, since }: { userId: string; since: Date }) {
	const rows = await db
		.select({
			id: meetings.id,
			partnershipId: meetings.partnershipId,
			kind: meetings.kind,
			title: meetings.title,
			startsAt: meetings.startsAt,
			endsAt: meetings.endsAt,
			place: meetings.place,
			onlineUrl: meetings.onlineUrl,
			purpose: meetings.purpose,
			caseId: meetings.caseId,
			cancelled: meetings.cancelled,
			version: meetings.version,
			updatedAt: meetings.updatedAt
		})
		.from(meetings)
		.innerJoin(
			meetingAttendees,
			and(eq(meetingAttendees.meetingId, meetings.id), eq(meetingAttendees.partnershipId, meetings.partnershipId))
		)
		.innerJoin(
			memberships,
			and(
				eq(memberships.id, meetingAttendees.membershipId),
				eq(memberships.partnershipId, meetings.partnershipId),
				eq(memberships.userId, userId)
			)
		)
		.where(gte(meetings.endsAt, since))
		.orderBy(asc(meetings.startsAt));
	if (!rows.length) return [];
	const items = await db
		.select({
			meetingId: meetingAgendaItems.meetingId,
			partnershipId: meetingAgendaItems.partnershipId,
			title: meetingAgendaItems.title
		})
		.from(meetingAgendaItems)
		.where(
			and(
				inArray(
					meetingAgendaItems.meetingId,
					rows.map((r) => r.id)
				),
				eq(meetingAgendaItems.status, 'accepted')
			)
		)
		.orderBy(asc(meetingAgendaItems.position), asc(meetingAgendaItems.createdAt));
	return rows.map((r) => ({
		...r,
		agenda: items.filter((i) => i.meetingId === r.id && i.partnershipId === r.partnershipId).map((i) => i.title)
	}));
}
