import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { todayInBelgium } from '$lib/dates';
import type { Db, Executor } from '$lib/server/db/client';
import {
	agreementEvents,
	agreements,
	cases,
	goals,
	meetings,
	memberships,
	methodAnswers,
	reflectionMoments,
	scanRounds,
	users
} from '$lib/server/db/schema';
import { recordAudit } from '$lib/domain/audit/audit.server';
import type { AgreementFilter, AgreementInput, AgreementUpdateInput } from './agreement.schema';
import { canMoveTo, isOverdue, type AgreementStatus } from './agreement-status';
import { allMayHold } from '$lib/domain/partnerships/partnership.server';
import { lockVersioned, updateVersioned } from '$lib/server/db/versioned';
import { inPartnership, sameTenant } from '$lib/server/db/scoped';
import { paged, qualified, totalOver } from '$lib/server/db/paged';
import { caseReadableBy, caseWorkRefusal } from '$lib/domain/cases/case-access.server';
import { personName } from '$lib/domain/auth/person-name';

type Voice = Record<string, string>;
export type AgreementRow = typeof agreements.$inferSelect;

/** Owners work on agreements: not observers, who see no case content (see mayHold). */
const canOwn = (db: Executor, partnershipId: string, userId: string) =>
	allMayHold(db, { partnershipId, holding: 'agreement:owner', userIds: [userId] });

export type CreateAgreementResult =
	{ ok: true; id: string } | { ok: false; reason: 'owner-not-member' | 'origin-not-found' | 'not-partner' };

/**
 * An agreement made in a case, or in a meeting about a case, is case content: its owner and the
 * case's readers see it (ADR 0023). A predicate on `agreements`, for every list and lookup.
 */
export function agreementVisibleTo(userId: string): SQL {
	const a = agreements;
	const inCase = caseReadableBy(userId, { partnershipId: a.partnershipId, caseId: a.caseId });
	const inMeeting = caseReadableBy(userId, { partnershipId: sql`av_m.partnership_id`, caseId: sql`av_m.case_id` });
	// Scalar subqueries (one index lookup per row), not an anti-join over every meeting.
	return sql`(${qualified(a.ownerId)} = ${userId} or ((${qualified(a.caseId)} is null or ${inCase})
		and (${qualified(a.meetingId)} is null or coalesce((select av_m.case_id is null or ${inMeeting} from ${meetings} av_m
		  where av_m.partnership_id = ${qualified(a.partnershipId)} and av_m.id = ${qualified(a.meetingId)}), true))))`;
}

/** Where an agreement was made: exactly one of a case, a meeting, the goal, a reflection moment, a scan round or a worksheet step. */
export type AgreementOriginRef =
	| {
			caseId: string;
			meetingId?: undefined;
			goalId?: undefined;
			reflectionId?: undefined;
			scanRoundId?: undefined;
			methodAnswerId?: undefined;
	  }
	| {
			meetingId: string;
			caseId?: undefined;
			goalId?: undefined;
			reflectionId?: undefined;
			scanRoundId?: undefined;
			methodAnswerId?: undefined;
	  }
	| {
			goalId: string;
			caseId?: undefined;
			meetingId?: undefined;
			reflectionId?: undefined;
			scanRoundId?: undefined;
			methodAnswerId?: undefined;
	  }
	| {
			reflectionId: string;
			caseId?: undefined;
			meetingId?: undefined;
			goalId?: undefined;
			scanRoundId?: undefined;
			methodAnswerId?: undefined;
	  }
	| {
			scanRoundId: string;
			caseId?: undefined;
			meetingId?: undefined;
			goalId?: undefined;
			reflectionId?: undefined;
			methodAnswerId?: undefined;
	  }
	| {
			methodAnswerId: string;
			caseId?: undefined;
			meetingId?: undefined;
			goalId?: undefined;
			reflectionId?: undefined;
			scanRoundId?: undefined;
	  };

/** The origin's kind and whether that record exists in this partnership. */
async function resolveOrigin(
	db: Executor,
	partnershipId: string,
	ref: AgreementOriginRef
): Promise<AgreementRow['origin'] | null> {
	const [origin, table, id] = ref.caseId
		? (['case', cases, ref.caseId] as const)
		: ref.meetingId
			? (['meeting', meetings, ref.meetingId] as const)
			: ref.goalId
				? (['goal', goals, ref.goalId] as const)
				: ref.reflectionId
					? (['reflection', reflectionMoments, ref.reflectionId] as const)
					: ref.methodAnswerId
						? (['worksheet', methodAnswers, ref.methodAnswerId] as const)
						: (['scan', scanRounds, ref.scanRoundId!] as const);
	return (await inPartnership(db, table, { partnershipId, id })) ? origin : null;
}

/** An agreement made in a case, a meeting, for the goal, in a reflection or from a scan insight. Case data is audited. */
export async function createAgreement(
	db: Db,
	{
		partnershipId,
		userId,
		input,
		voice,
		savedAnyway,
		...ref
	}: {
		partnershipId: string;
		userId: string;
		input: AgreementInput;
		voice: Voice | null;
		savedAnyway?: boolean;
	} & AgreementOriginRef
): Promise<CreateAgreementResult> {
	return db.transaction(async (tx) => {
		if (!(await canOwn(tx, partnershipId, input.ownerId))) return { ok: false, reason: 'owner-not-member' } as const;
		if (ref.caseId) {
			const refused = await caseWorkRefusal(tx, { partnershipId, caseId: ref.caseId, userId });
			if (refused)
				return { ok: false, reason: refused.reason === 'not-found' ? 'origin-not-found' : 'not-partner' } as const;
		}
		const origin = await resolveOrigin(tx, partnershipId, ref as AgreementOriginRef);
		if (!origin) return { ok: false, reason: 'origin-not-found' } as const;
		const links = {
			caseId: ref.caseId ?? null,
			meetingId: ref.meetingId ?? null,
			goalId: ref.goalId ?? null,
			reflectionId: ref.reflectionId ?? null,
			scanRoundId: ref.scanRoundId ?? null,
			methodAnswerId: ref.methodAnswerId ?? null
		};
		const [created] = await tx
			.insert(agreements)
			.values({ partnershipId, origin, ...links, ...input, voice, createdBy: userId })
			.returning();
		await tx
			.insert(agreementEvents)
			.values({ partnershipId, agreementId: created!.id, userId, changes: { status: [null, 'open'] }, note: '' });
		if (links.caseId)
			await recordAudit(tx, {
				partnershipId,
				caseId: links.caseId,
				userId,
				action: savedAnyway ? 'save-anyway' : 'create',
				target: 'agreement'
			});
		return { ok: true, id: created!.id } as const;
	});
}

export type UpdateAgreementResult =
	| { ok: true }
	| { ok: false; reason: 'not-found' | 'owner-not-member' | 'not-partner' }
	| { ok: false; reason: 'bad-transition'; from: AgreementStatus }
	| { ok: false; reason: 'conflict'; current: AgreementRow };

const TRACKED = ['what', 'ownerId', 'dueDate', 'feedbackDate', 'feedbackNote', 'status'] as const;

/** Changes an agreement; every change lands in its history, and a stale version is a conflict. */
export async function updateAgreement(
	db: Db,
	{
		partnershipId,
		agreementId,
		userId,
		version,
		input,
		voice,
		savedAnyway
	}: {
		partnershipId: string;
		agreementId: string;
		userId: string;
		version: number;
		input: AgreementUpdateInput;
		voice: Voice | null;
		savedAnyway?: boolean;
	}
): Promise<UpdateAgreementResult> {
	return db.transaction(async (tx) => {
		const locked = await lockVersioned(tx, agreements, {
			match: [eq(agreements.partnershipId, partnershipId), eq(agreements.id, agreementId)],
			version
		});
		if (!locked.ok) return locked;
		const current = locked.row;
		const [visible] = await tx
			.select({ id: agreements.id })
			.from(agreements)
			.where(
				and(eq(agreements.partnershipId, partnershipId), eq(agreements.id, agreementId), agreementVisibleTo(userId))
			);
		if (!visible) return { ok: false, reason: 'not-partner' } as const;
		if (!canMoveTo(current.status, input.status))
			return { ok: false, reason: 'bad-transition', from: current.status } as const;
		if (input.ownerId !== current.ownerId && !(await canOwn(tx, partnershipId, input.ownerId)))
			return { ok: false, reason: 'owner-not-member' } as const;
		const { note, ...fields } = input;
		const changes: Record<string, [unknown, unknown]> = {};
		for (const key of TRACKED) if (current[key] !== fields[key]) changes[key] = [current[key], fields[key]];
		if (JSON.stringify(current.voice ?? null) !== JSON.stringify(voice)) changes.voice = [current.voice, voice];
		await updateVersioned(tx, agreements, {
			match: [eq(agreements.partnershipId, partnershipId), eq(agreements.id, agreementId)],
			version,
			set: { ...fields, voice, updatedAt: new Date() }
		});
		if (Object.keys(changes).length || note)
			await tx.insert(agreementEvents).values({ partnershipId, agreementId, userId, changes, note });
		if (current.caseId)
			await recordAudit(tx, {
				partnershipId,
				caseId: current.caseId,
				userId,
				action: savedAnyway ? 'save-anyway' : 'update',
				target: 'agreement',
				detail: { fields: Object.keys(changes) }
			});
		return { ok: true } as const;
	});
}

const listColumns = {
	id: agreements.id,
	what: agreements.what,
	status: agreements.status,
	dueDate: agreements.dueDate,
	feedbackDate: agreements.feedbackDate,
	origin: agreements.origin,
	caseId: agreements.caseId,
	caseCode: cases.code,
	meetingId: agreements.meetingId,
	meetingTitle: meetings.title,
	goalId: agreements.goalId,
	reflectionId: agreements.reflectionId,
	scanRoundId: agreements.scanRoundId,
	methodAnswerId: agreements.methodAnswerId,
	worksheetMethod: methodAnswers.method,
	worksheetStep: methodAnswers.step,
	reflectionTitle: reflectionMoments.title,
	scanTitle: scanRounds.title,
	ownerId: agreements.ownerId,
	ownerName: personName(),
	voiceHeard: sql<string | null>`${agreements.voice}->>'heard'`
};

/** Soonest due first (no date last); the list's other order is the most recently changed first. */
const DUE_FIRST = [sql`${agreements.dueDate} asc nulls last`, asc(agreements.createdAt), asc(agreements.id)];
const CHANGED_FIRST = [desc(agreements.updatedAt), desc(agreements.id)];

/** Open or adjusted, with a due date before today: the SQL twin of `isOverdue`. */
const overdueSql = (today: string) =>
	sql`${agreements.status} in ('open', 'adjusted') and ${agreements.dueDate} < ${today}`;

/** The list query: each agreement with its owner and the title of what it came from. */
function agreementRows<Extra extends Record<string, SQL | SQL.Aliased>>(db: Db, where: SQL | undefined, extra: Extra) {
	return db
		.select({ ...listColumns, ...extra })
		.from(agreements)
		.innerJoin(users, eq(users.id, agreements.ownerId))
		.leftJoin(cases, sameTenant(cases, agreements, agreements.caseId))
		.leftJoin(meetings, sameTenant(meetings, agreements, agreements.meetingId))
		.leftJoin(reflectionMoments, sameTenant(reflectionMoments, agreements, agreements.reflectionId))
		.leftJoin(scanRounds, sameTenant(scanRounds, agreements, agreements.scanRoundId))
		.leftJoin(methodAnswers, sameTenant(methodAnswers, agreements, agreements.methodAnswerId))
		.where(where)
		.$dynamic();
}

/** Agreement rows for the lists inside a page (a case, a meeting, the home), soonest due first. */
async function selectAgreementRows(db: Db, where: SQL | undefined, limit?: number) {
	const query = agreementRows(db, where, {}).orderBy(...DUE_FIRST);
	const rows = await (limit ? query.limit(limit) : query);
	return rows.map((r) => ({ ...r, overdue: isOverdue(r) }));
}

/**
 * One page of "all agreements" or "my agreements", and how many of the filtered agreements are
 * overdue over every page (the notice above the list counts them all, not just this page's).
 */
export async function listAgreements(
	db: Db,
	{
		partnershipId,
		filter,
		userId,
		page = 1,
		today = todayInBelgium()
	}: { partnershipId: string; userId: string; filter: AgreementFilter; page?: number; today?: string }
) {
	const where: SQL[] = [eq(agreements.partnershipId, partnershipId), agreementVisibleTo(userId)];
	if (filter.status === 'active') where.push(inArray(agreements.status, ['open', 'adjusted']));
	else if (filter.status === 'overdue') where.push(overdueSql(today));
	else if (filter.status !== 'all') where.push(eq(agreements.status, filter.status));
	if (filter.owner) where.push(eq(agreements.ownerId, filter.owner));
	if (filter.origin !== 'all') where.push(eq(agreements.origin, filter.origin));
	const [list, [overdue]] = await Promise.all([
		paged(
			({ limit, offset }) =>
				agreementRows(db, and(...where), { total: totalOver })
					.orderBy(...(filter.sorteer === 'gewijzigd' ? CHANGED_FIRST : DUE_FIRST))
					.limit(limit)
					.offset(offset),
			async () =>
				(
					await db
						.select({ n: count() })
						.from(agreements)
						.where(and(...where))
				)[0]?.n ?? 0,
			page
		),
		db
			.select({ n: count() })
			.from(agreements)
			.where(and(...where, overdueSql(today)))
	]);
	return {
		agreements: { ...list, rows: list.rows.map((r) => ({ ...r, overdue: isOverdue(r, today) })) },
		overdue: overdue?.n ?? 0
	};
}

/** The agreements made in the steps of a worksheet (their method answers), soonest due first. */
export async function listWorksheetAgreements(
	db: Db,
	{ partnershipId, userId, methodAnswerIds }: { partnershipId: string; userId: string; methodAnswerIds: string[] }
) {
	if (methodAnswerIds.length === 0) return [];
	return selectAgreementRows(
		db,
		and(
			eq(agreements.partnershipId, partnershipId),
			inArray(agreements.methodAnswerId, methodAnswerIds),
			agreementVisibleTo(userId)
		)
	);
}

/** The agreements made in one case, meeting, goal, reflection moment, scan round or worksheet step, soonest due first. */
export async function listAgreementsFrom(
	db: Db,
	{ partnershipId, userId, ...ref }: { partnershipId: string; userId: string } & AgreementOriginRef
) {
	const where = ref.caseId
		? eq(agreements.caseId, ref.caseId)
		: ref.meetingId
			? eq(agreements.meetingId, ref.meetingId)
			: ref.goalId
				? eq(agreements.goalId, ref.goalId)
				: ref.reflectionId
					? eq(agreements.reflectionId, ref.reflectionId)
					: ref.methodAnswerId
						? eq(agreements.methodAnswerId, ref.methodAnswerId)
						: eq(agreements.scanRoundId, ref.scanRoundId!);
	return selectAgreementRows(db, and(eq(agreements.partnershipId, partnershipId), where, agreementVisibleTo(userId)));
}

export function listCaseAgreements(
	db: Db,
	{ partnershipId, caseId, userId }: { partnershipId: string; caseId: string; userId: string }
) {
	return listAgreementsFrom(db, { partnershipId, userId, caseId });
}

/** The agreements made in one meeting. */
export function listMeetingAgreements(
	db: Db,
	{ partnershipId, meetingId, userId }: { partnershipId: string; meetingId: string; userId: string }
) {
	return listAgreementsFrom(db, { partnershipId, userId, meetingId });
}

/**
 * One agreement with its history; null when it is not in this partnership, 'not-partner' when it
 * belongs to a case the user does not read and is not theirs (ADR 0023).
 */
export async function getAgreement(
	db: Db,
	{ partnershipId, agreementId, userId }: { partnershipId: string; agreementId: string; userId: string }
) {
	const [row] = await db
		.select({
			visible: sql<boolean>`${agreementVisibleTo(userId)}`,
			agreement: agreements,
			caseCode: cases.code,
			meetingTitle: meetings.title,
			reflectionTitle: reflectionMoments.title,
			scanTitle: scanRounds.title,
			worksheetMethod: methodAnswers.method,
			worksheetStep: methodAnswers.step,
			ownerName: personName()
		})
		.from(agreements)
		.innerJoin(users, eq(users.id, agreements.ownerId))
		.leftJoin(cases, sameTenant(cases, agreements, agreements.caseId))
		.leftJoin(meetings, sameTenant(meetings, agreements, agreements.meetingId))
		.leftJoin(reflectionMoments, sameTenant(reflectionMoments, agreements, agreements.reflectionId))
		.leftJoin(scanRounds, sameTenant(scanRounds, agreements, agreements.scanRoundId))
		.leftJoin(methodAnswers, sameTenant(methodAnswers, agreements, agreements.methodAnswerId))
		.where(and(eq(agreements.partnershipId, partnershipId), eq(agreements.id, agreementId)));
	if (!row) return null;
	if (!row.visible) return { ok: false, reason: 'not-partner' } as const;
	const history = await db
		.select({
			id: agreementEvents.id,
			at: agreementEvents.at,
			changes: agreementEvents.changes,
			note: agreementEvents.note,
			userName: personName()
		})
		.from(agreementEvents)
		.leftJoin(users, eq(users.id, agreementEvents.userId))
		.where(and(eq(agreementEvents.partnershipId, partnershipId), eq(agreementEvents.agreementId, agreementId)))
		.orderBy(desc(agreementEvents.at));
	return { ...row, ok: true as const, history };
}

/** The user's running agreements in every partnership they still belong to (for the calendar feed). */
export async function listAgreementsOwnedBy(db: Db, userId: string) {
	return db
		.select({
			id: agreements.id,
			partnershipId: agreements.partnershipId,
			what: agreements.what,
			dueDate: agreements.dueDate,
			feedbackDate: agreements.feedbackDate,
			feedbackNote: agreements.feedbackNote,
			updatedAt: agreements.updatedAt,
			caseCode: cases.code,
			meetingTitle: meetings.title,
			meetingCaseId: meetings.caseId,
			meetingKind: meetings.kind
		})
		.from(agreements)
		.innerJoin(
			memberships,
			and(eq(memberships.partnershipId, agreements.partnershipId), eq(memberships.userId, userId))
		)
		.leftJoin(cases, sameTenant(cases, agreements, agreements.caseId))
		.leftJoin(meetings, sameTenant(meetings, agreements, agreements.meetingId))
		.where(and(eq(agreements.ownerId, userId), inArray(agreements.status, ['open', 'adjusted'])));
}
