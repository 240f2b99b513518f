import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import {
	actionAssignments,
	agreements,
	caseActions,
	casePartners,
	casePerspectives,
	caseSections,
	cases,
	memberships,
	users
} from '$lib/server/db/schema';
import type { CaseSectionKind } from '$lib/content/cases';
import { recordAudit } from '$lib/domain/audit/audit.server';
import { CASE_STATUSES, type CaseFilter, type CaseStatus, type NewCaseInput } from './case.schema';
import { rasciProblem, type Assignment } from './rasci';
import { allMayHold } from '$lib/domain/partnerships/partnership.server';
import { saveVersioned, updateVersioned, type VersionedSave } from '$lib/server/db/versioned';
import { inPartnership } from '$lib/server/db/scoped';
import { containsText, paged, qualified, totalOver } from '$lib/server/db/paged';
import { personName } from '$lib/domain/auth/person-name';
import { caseReadableBy, mayWorkOnCase, NOT_PARTNER, type NotPartner } from './case-access.server';

export type { NotPartner } from './case-access.server';

type Scope = { partnershipId: string; caseId: string };
export type Versioned<T> = { ok: true; value: T } | { ok: false; reason: 'conflict'; current: T };

export type CodeTaken = { ok: false; reason: 'code-taken' };
/** A case partner or RASCI holder who is not a coordinator or partner of this partnership (an observer, an unknown id). */
export type NotEligible = { ok: false; reason: 'not-eligible' };

export async function createCase(
	db: Db,
	{
		partnershipId,
		userId,
		input,
		savedAnyway
	}: { partnershipId: string; userId: string; input: NewCaseInput; savedAnyway?: boolean }
): Promise<{ ok: true; id: string } | CodeTaken | NotEligible> {
	return db.transaction(async (tx) => {
		if (!(await allMayHold(tx, { partnershipId, holding: 'case:partner', membershipIds: input.partners })))
			return { ok: false, reason: 'not-eligible' } as const;
		// Who starts a case works on it: they are one of its partners, ticked or not (ADR 0023).
		const [creator] = await tx
			.select({ id: memberships.id })
			.from(memberships)
			.where(and(eq(memberships.partnershipId, partnershipId), eq(memberships.userId, userId)));
		const partners = creator ? [creator.id, ...input.partners] : input.partners;
		const [created] = await tx
			.insert(cases)
			.values({ partnershipId, code: input.code, createdBy: userId })
			.onConflictDoNothing({ target: [cases.partnershipId, cases.code] })
			.returning({ id: cases.id });
		if (!created) return { ok: false, reason: 'code-taken' } as const;
		await tx.insert(caseSections).values({
			partnershipId,
			caseId: created.id,
			kind: 'situation',
			content: { situation: input.situation, differences: '' },
			updatedBy: userId
		});
		await setPartnersIn(tx, { partnershipId, caseId: created.id }, partners);
		await recordAudit(tx, { partnershipId, caseId: created.id, userId, action: 'create', target: 'case' });
		// "Save anyway" past the personal-data guard is in the log, as on every other part.
		if (savedAnyway)
			await recordAudit(tx, { partnershipId, caseId: created.id, userId, action: 'save-anyway', target: 'situation' });
		return { ok: true, id: created.id } as const;
	});
}

/** Replaces the case's partners; the caller has checked them with allMayHold. */
async function setPartnersIn(db: Executor, { partnershipId, caseId }: Scope, membershipIds: string[]) {
	await db
		.delete(casePartners)
		.where(and(eq(casePartners.partnershipId, partnershipId), eq(casePartners.caseId, caseId)));
	const ids = [...new Set(membershipIds)];
	if (ids.length)
		await db.insert(casePartners).values(ids.map((membershipId) => ({ partnershipId, caseId, membershipId })));
}

export async function updateCaseMeta(
	db: Db,
	{
		partnershipId,
		caseId,
		userId,
		version,
		code,
		status,
		partners
	}: Scope & {
		userId: string;
		version: number;
		code: string;
		status: CaseStatus;
		partners: string[];
	}
): Promise<{ ok: true } | CodeTaken | NotEligible | NotPartner | { ok: false; reason: 'conflict' }> {
	return db.transaction(async (tx) => {
		if (!(await mayWorkOnCase(tx, { partnershipId, caseId, userId }))) return NOT_PARTNER;
		if (!(await allMayHold(tx, { partnershipId, holding: 'case:partner', membershipIds: partners })))
			return { ok: false, reason: 'not-eligible' } as const;
		const [clash] = await tx
			.select({ id: cases.id })
			.from(cases)
			.where(and(eq(cases.partnershipId, partnershipId), eq(cases.code, code), sql`${cases.id} <> ${caseId}`));
		if (clash) return { ok: false, reason: 'code-taken' } as const;
		const updated = await updateVersioned(tx, cases, {
			match: [eq(cases.partnershipId, partnershipId), eq(cases.id, caseId)],
			version,
			// Retention counts from closing: closing keeps an earlier closed_at, reopening clears both dates.
			set: {
				code,
				status,
				updatedAt: new Date(),
				closedAt: status === 'closed' ? sql`coalesce(${cases.closedAt}, now())` : null,
				...(status === 'closed' ? {} : { purgeNoticeAt: null })
			}
		});
		if (!updated.ok) return { ok: false, reason: 'conflict' } as const;
		await setPartnersIn(tx, { partnershipId, caseId }, partners);
		await recordAudit(tx, { partnershipId, caseId, userId, action: 'update', target: 'case', detail: { status } });
		return { ok: true } as const;
	});
}

/**
 * One page of the case list, with each case's counts as subqueries (one round trip for the page),
 * and the number of cases per status over the whole partnership for the filters.
 */
export async function listCases(
	db: Db,
	{
		partnershipId,
		userId,
		filter = EVERY_CASE,
		page = 1
	}: { partnershipId: string; userId: string; filter?: CaseFilter; page?: number }
) {
	// A case the user may not read shows its code and status only: no counts that tell of its content.
	const readable = caseReadableBy(userId, { partnershipId: cases.partnershipId, caseId: cases.id });
	const ifReadable = (count: SQL) => sql`case when ${readable} then ${count} end`;
	const where: SQL[] = [eq(cases.partnershipId, partnershipId)];
	if (filter.status) where.push(eq(cases.status, filter.status));
	if (filter.zoek) where.push(containsText(cases.code, filter.zoek));
	const order =
		filter.sorteer === 'code'
			? [asc(sql`lower(${cases.code})`), asc(cases.id)]
			: [
					asc(sql`case ${cases.status} when 'open' then 0 when 'in_follow_up' then 1 else 2 end`),
					desc(cases.updatedAt),
					asc(cases.id)
				];
	const [list, byStatus] = await Promise.all([
		paged(
			({ limit, offset }) =>
				db
					.select({
						id: cases.id,
						code: cases.code,
						status: cases.status,
						updatedAt: cases.updatedAt,
						purgedAt: cases.purgedAt,
						readable: sql<boolean>`${readable}`,
						partnerCount: sql<number | null>`${ifReadable(sql`(select count(*) from ${casePartners}
							where ${qualified(casePartners.partnershipId)} = ${qualified(cases.partnershipId)}
							and ${qualified(casePartners.caseId)} = ${qualified(cases.id)})`)}`.mapWith(nullableNumber),
						openAgreements: sql<number | null>`${ifReadable(sql`(select count(*) from ${agreements}
							where ${qualified(agreements.partnershipId)} = ${qualified(cases.partnershipId)}
							and ${qualified(agreements.caseId)} = ${qualified(cases.id)}
							and ${qualified(agreements.status)} in ('open', 'adjusted'))`)}`.mapWith(nullableNumber),
						voiceHeard: sql<
							'yes' | 'partly' | 'no' | null
						>`${ifReadable(sql`(select nullif(${qualified(caseSections.content)}->>'heard', '')
							from ${caseSections} where ${qualified(caseSections.partnershipId)} = ${qualified(cases.partnershipId)}
							and ${qualified(caseSections.caseId)} = ${qualified(cases.id)} and ${qualified(caseSections.kind)} = 'voice')`)}`,
						total: totalOver
					})
					.from(cases)
					.where(and(...where))
					.orderBy(...order)
					.limit(limit)
					.offset(offset),
			async () =>
				(
					await db
						.select({ n: count() })
						.from(cases)
						.where(and(...where))
				)[0]?.n ?? 0,
			page
		),
		db
			.select({ status: cases.status, n: count() })
			.from(cases)
			.where(eq(cases.partnershipId, partnershipId))
			.groupBy(cases.status)
	]);
	const counts = {
		total: 0,
		status: Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as Record<CaseStatus, number>
	};
	for (const row of byStatus) {
		counts.status[row.status] = row.n;
		counts.total += row.n;
	}
	// Nothing of a case the user may not read, not even when it last changed.
	const rows = list.rows.map((c) => ({
		...c,
		readable: Boolean(c.readable),
		updatedAt: c.readable ? c.updatedAt : null
	}));
	return { cases: { ...list, rows }, counts };
}

const EVERY_CASE: CaseFilter = { status: '', zoek: '', sorteer: '' };
const nullableNumber = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** A case as a member who may not read it sees it: its code and status, nothing of its content. */
export type CaseOutline = { id: string; code: string; status: CaseStatus; purgedAt: Date | null };

/**
 * Everything on the case page, scoped by partnership; null when the case is not in this
 * partnership. Only its partners and the coordinators read it (ADR 0023): anyone else gets
 * 'not-partner' with the case's outline, so every page that shows a case (the case page, its
 * print view, its log) inherits the rule from here.
 */
export async function getCase(db: Db, { partnershipId, caseId, userId }: Scope & { userId: string }) {
	const [found] = await db
		.select({
			case: cases,
			readable: sql<boolean>`${caseReadableBy(userId, { partnershipId: cases.partnershipId, caseId: cases.id })}`
		})
		.from(cases)
		.where(and(eq(cases.partnershipId, partnershipId), eq(cases.id, caseId)));
	if (!found) return null;
	if (!found.readable) {
		const { id, code, status, purgedAt } = found.case;
		return { ...NOT_PARTNER, case: { id, code, status, purgedAt } as CaseOutline };
	}
	const [sections, perspectives, actions, partners] = await Promise.all([
		db
			.select()
			.from(caseSections)
			.where(and(eq(caseSections.partnershipId, partnershipId), eq(caseSections.caseId, caseId))),
		db
			.select({ perspective: casePerspectives, name: personName() })
			.from(casePerspectives)
			.innerJoin(users, eq(users.id, casePerspectives.userId))
			.where(and(eq(casePerspectives.partnershipId, partnershipId), eq(casePerspectives.caseId, caseId)))
			.orderBy(asc(casePerspectives.updatedAt)),
		db
			.select()
			.from(caseActions)
			.where(and(eq(caseActions.partnershipId, partnershipId), eq(caseActions.caseId, caseId)))
			.orderBy(asc(caseActions.createdAt)),
		db
			.select({ membershipId: casePartners.membershipId })
			.from(casePartners)
			.where(and(eq(casePartners.partnershipId, partnershipId), eq(casePartners.caseId, caseId)))
	]);
	const assignments = actions.length
		? await db
				.select()
				.from(actionAssignments)
				.where(
					and(
						eq(actionAssignments.partnershipId, partnershipId),
						inArray(
							actionAssignments.actionId,
							actions.map((a) => a.id)
						)
					)
				)
		: [];
	return {
		ok: true as const,
		case: found.case,
		sections: Object.fromEntries(sections.map((s) => [s.kind, s])) as Partial<
			Record<CaseSectionKind, (typeof sections)[number]>
		>,
		perspectives,
		actions: actions.map((a) => ({ ...a, assignments: assignments.filter((x) => x.actionId === a.id) })),
		partnerIds: partners.map((p) => p.membershipId)
	};
}

export function caseExists(db: Db, { partnershipId, caseId }: Scope): Promise<boolean> {
	return inPartnership(db, cases, { partnershipId, id: caseId });
}

async function touchCase(db: Executor, { partnershipId, caseId }: Scope) {
	await db
		.update(cases)
		.set({ updatedAt: new Date() })
		.where(and(eq(cases.partnershipId, partnershipId), eq(cases.id, caseId)));
}

type Content = Record<string, string>;
type SavedText = { content: Content; version: number };

/**
 * Saves one shared part of a case. `version` is what the editor started from (0 = it did not
 * exist yet); anything else than the stored version is a conflict, never a silent overwrite.
 */
export async function saveCaseSection(
	db: Db,
	{
		partnershipId,
		caseId,
		kind,
		content,
		version,
		userId,
		savedAnyway
	}: Scope & {
		kind: CaseSectionKind;
		content: Content;
		version: number;
		userId: string;
		savedAnyway?: boolean;
	}
): Promise<Versioned<SavedText> | NotPartner> {
	return db.transaction(async (tx) => {
		if (!(await mayWorkOnCase(tx, { partnershipId, caseId, userId }))) return NOT_PARTNER;
		const saved = await saveVersioned(tx, caseSections, {
			match: [
				eq(caseSections.partnershipId, partnershipId),
				eq(caseSections.caseId, caseId),
				eq(caseSections.kind, kind)
			],
			version,
			set: { content, updatedBy: userId, updatedAt: new Date() },
			insert: { partnershipId, caseId, kind, content, updatedBy: userId },
			unique: [caseSections.caseId, caseSections.kind]
		});
		return afterCaseText(tx, saved, { partnershipId, caseId, userId, target: kind, savedAnyway });
	});
}

/** A partner's own perspective; nobody else can write it (the user id is the key). */
export async function savePerspective(
	db: Db,
	{
		partnershipId,
		caseId,
		userId,
		content,
		version,
		savedAnyway
	}: Scope & { userId: string; content: Content; version: number; savedAnyway?: boolean }
): Promise<Versioned<SavedText> | NotPartner> {
	return db.transaction(async (tx) => {
		if (!(await mayWorkOnCase(tx, { partnershipId, caseId, userId }))) return NOT_PARTNER;
		const saved = await saveVersioned(tx, casePerspectives, {
			match: [
				eq(casePerspectives.partnershipId, partnershipId),
				eq(casePerspectives.caseId, caseId),
				eq(casePerspectives.userId, userId)
			],
			version,
			set: { content, updatedAt: new Date() },
			insert: { partnershipId, caseId, userId, content },
			unique: [casePerspectives.caseId, casePerspectives.userId]
		});
		return afterCaseText(tx, saved, { partnershipId, caseId, userId, target: 'perspective', savedAnyway });
	});
}

/** What every saved text of a case does next: the case counts as changed, and the save is in its log. */
async function afterCaseText(
	tx: Executor,
	saved: VersionedSave<SavedText>,
	{
		partnershipId,
		caseId,
		userId,
		target,
		savedAnyway
	}: Scope & { userId: string; target: string; savedAnyway?: boolean }
): Promise<Versioned<SavedText>> {
	if (!saved.ok) {
		const current = saved.reason === 'conflict' ? saved.current : { content: {}, version: 0 };
		return { ok: false, reason: 'conflict', current: { content: current.content, version: current.version } };
	}
	await touchCase(tx, { partnershipId, caseId });
	await recordAudit(tx, { partnershipId, caseId, userId, action: savedAnyway ? 'save-anyway' : 'update', target });
	return { ok: true, value: { content: saved.row.content, version: saved.row.version } };
}

export async function addCaseAction(
	db: Db,
	{
		partnershipId,
		caseId,
		userId,
		description,
		feasibility,
		impact,
		savedAnyway
	}: Scope & {
		userId: string;
		description: string;
		feasibility: number;
		impact: number;
		savedAnyway?: boolean;
	}
): Promise<{ ok: true; action: typeof caseActions.$inferSelect } | NotPartner> {
	return db.transaction(async (tx) => {
		if (!(await mayWorkOnCase(tx, { partnershipId, caseId, userId }))) return NOT_PARTNER;
		const [action] = await tx
			.insert(caseActions)
			.values({ partnershipId, caseId, description, feasibility, impact, createdBy: userId })
			.returning();
		await touchCase(tx, { partnershipId, caseId });
		await recordAudit(tx, {
			partnershipId,
			caseId,
			userId,
			action: savedAnyway ? 'save-anyway' : 'create',
			target: 'action'
		});
		return { ok: true, action: action! } as const;
	});
}

export async function setActionChosen(
	db: Db,
	{ partnershipId, caseId, actionId, chosen, userId }: Scope & { actionId: string; chosen: boolean; userId: string }
): Promise<{ ok: true } | NotPartner | { ok: false; reason: 'not-found' }> {
	return db.transaction(async (tx) => {
		if (!(await mayWorkOnCase(tx, { partnershipId, caseId, userId }))) return NOT_PARTNER;
		const rows = await tx
			.update(caseActions)
			.set({ chosen, version: sql`${caseActions.version} + 1` })
			.where(
				and(eq(caseActions.partnershipId, partnershipId), eq(caseActions.caseId, caseId), eq(caseActions.id, actionId))
			)
			.returning({ id: caseActions.id });
		if (!rows.length) return { ok: false, reason: 'not-found' } as const;
		await recordAudit(tx, { partnershipId, caseId, userId, action: 'update', target: 'action', detail: { chosen } });
		return { ok: true } as const;
	});
}

export type RasciResult =
	| { ok: true }
	| NotEligible
	| NotPartner
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'invalid'; message: string };

/** Replaces the RASCI row of a chosen action, after checking the rule (one A, at least one R). */
export async function setActionAssignments(
	db: Db,
	{
		partnershipId,
		caseId,
		actionId,
		assignments,
		userId
	}: Scope & { actionId: string; assignments: Assignment[]; userId: string }
): Promise<RasciResult> {
	const problem = rasciProblem(assignments);
	if (problem) return { ok: false, reason: 'invalid', message: problem };
	return db.transaction(async (tx) => {
		if (!(await mayWorkOnCase(tx, { partnershipId, caseId, userId }))) return NOT_PARTNER;
		const [action] = await tx
			.select({ id: caseActions.id })
			.from(caseActions)
			.where(
				and(eq(caseActions.partnershipId, partnershipId), eq(caseActions.caseId, caseId), eq(caseActions.id, actionId))
			);
		if (!action) return { ok: false, reason: 'not-found' } as const;
		const holders = assignments.map((a) => a.membershipId);
		if (!(await allMayHold(tx, { partnershipId, holding: 'case:rasci', membershipIds: holders })))
			return { ok: false, reason: 'not-eligible' } as const;
		await tx
			.delete(actionAssignments)
			.where(and(eq(actionAssignments.partnershipId, partnershipId), eq(actionAssignments.actionId, actionId)));
		await tx.insert(actionAssignments).values(assignments.map((a) => ({ partnershipId, actionId, ...a })));
		await touchCase(tx, { partnershipId, caseId });
		await recordAudit(tx, { partnershipId, caseId, userId, action: 'update', target: 'rasci' });
		return { ok: true } as const;
	});
}
