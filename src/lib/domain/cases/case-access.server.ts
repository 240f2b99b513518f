// Who reads a case's content: its partners and the coordinators (ADR 0023). Other members see the
// case's code and status and may ask for access; a partner or coordinator grants or refuses it.
// The rule itself is in the permission module (`case:content:own` / `case:content:any`); this file
// asks it of the database, as one SQL predicate for lists and one lookup for a single case.
import { and, asc, desc, eq, is, isNull, sql, SQL, type AnyColumn } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import { caseAccessRequests, casePartners, cases, memberships, partnerships, users } from '$lib/server/db/schema';
import { canOn, mayHold, rolesWith, type Role } from '$lib/domain/permissions/permissions';
import { recordAudit } from '$lib/domain/audit/audit.server';
import { qualified } from '$lib/server/db/paged';
import { personName } from '$lib/domain/auth/person-name';
import { mailLocale } from '$lib/mail-layout';
import type { SendMail } from '$lib/server/mail';
import { caseAccessRequestMail } from './case-access-mail';

type Scope = { partnershipId: string; caseId: string };

/** A member who is not a partner of the case (nor a coordinator) asked for its content. */
export type NotPartner = { ok: false; reason: 'not-partner' };
export const NOT_PARTNER: NotPartner = { ok: false, reason: 'not-partner' };

const ref = (x: AnyColumn | SQL): SQL => (is(x, SQL) ? x : qualified(x));
const roleList = (roles: Role[]) =>
	roles.length
		? sql.join(
				roles.map((r) => sql`${r}`),
				sql`, `
			)
		: sql`null`;

/**
 * The SQL twin of canOn(role, 'case:content', { owns: partner }): true when `userId` may read the
 * case `caseId` of partnership `partnershipId`. Columns are named with their table, so it works
 * inside any outer query (a list of cases, of agreements, of meetings).
 */
export function caseReadableBy(
	userId: string | SQL,
	at: { partnershipId: AnyColumn | SQL; caseId: AnyColumn | SQL }
): SQL {
	const p = ref(at.partnershipId);
	const c = ref(at.caseId);
	return sql`exists (select 1 from memberships cr_m where cr_m.partnership_id = ${p} and cr_m.user_id = ${userId}
		and (cr_m.role in (${roleList(rolesWith('case:content:any'))})
		  or (cr_m.role in (${roleList(rolesWith('case:content:own'))}) and exists (select 1 from case_partners cr_p
		       where cr_p.partnership_id = ${p} and cr_p.case_id = ${c} and cr_p.membership_id = cr_m.id))))`;
}

export type CaseAccess =
	| { found: false }
	| { found: true; allowed: boolean; membershipId: string | null; role: Role | null; partner: boolean };

/** Whether the case exists in this partnership and whether `userId` may read and write its content. */
export async function caseAccess(db: Executor, { partnershipId, caseId, userId }: Scope & { userId: string }) {
	const [row] = await db
		.select({
			membershipId: memberships.id,
			role: memberships.role,
			partner: sql<boolean>`exists (select 1 from ${casePartners} where ${qualified(casePartners.partnershipId)} = ${qualified(cases.partnershipId)}
				and ${qualified(casePartners.caseId)} = ${qualified(cases.id)} and ${qualified(casePartners.membershipId)} = ${qualified(memberships.id)})`
		})
		.from(cases)
		.leftJoin(memberships, and(eq(memberships.partnershipId, cases.partnershipId), eq(memberships.userId, userId)))
		.where(and(eq(cases.partnershipId, partnershipId), eq(cases.id, caseId)));
	if (!row) return { found: false } as CaseAccess;
	const role = (row.role as Role | null) ?? null;
	const partner = Boolean(row.partner);
	return {
		found: true,
		allowed: canOn(role, 'case:content', { owns: partner }),
		membershipId: row.membershipId,
		role,
		partner
	} as CaseAccess;
}

/** True when the case is in this partnership and `userId` may work on its content. */
export async function mayWorkOnCase(db: Executor, scope: Scope & { userId: string }): Promise<boolean> {
	const access = await caseAccess(db, scope);
	return access.found && access.allowed;
}

/**
 * Why `userId` may not work on this case's content: 'not-found' (not in this partnership) or
 * 'not-partner'; null when they may. For domain functions whose callers tell the two apart.
 */
export async function caseWorkRefusal(
	db: Executor,
	scope: Scope & { userId: string }
): Promise<null | NotPartner | { ok: false; reason: 'not-found' }> {
	const access = await caseAccess(db, scope);
	if (!access.found) return { ok: false, reason: 'not-found' };
	return access.allowed ? null : NOT_PARTNER;
}

/** What anyone with `case:read` may see of a case: its code and status. Null when it is not here. */
export async function getCaseOutline(db: Executor, { partnershipId, caseId }: Scope) {
	const [row] = await db
		.select({ id: cases.id, code: cases.code, status: cases.status, purgedAt: cases.purgedAt })
		.from(cases)
		.where(and(eq(cases.partnershipId, partnershipId), eq(cases.id, caseId)));
	return row ?? null;
}

/** Who reads the case: its partners and the coordinators, by name (what a refused member is told). */
export async function listCaseReaders(db: Executor, { partnershipId, caseId }: Scope) {
	const rows = await db
		.select({
			userId: users.id,
			name: personName(),
			email: users.email,
			locale: users.locale,
			organisationName: memberships.organisationName,
			partner: sql<boolean>`exists (select 1 from ${casePartners} where ${qualified(casePartners.partnershipId)} = ${partnershipId}
				and ${qualified(casePartners.caseId)} = ${caseId} and ${qualified(casePartners.membershipId)} = ${qualified(memberships.id)})`
		})
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(
			and(
				eq(memberships.partnershipId, partnershipId),
				caseReadableBy(qualified(memberships.userId), { partnershipId: sql`${partnershipId}`, caseId: sql`${caseId}` })
			)
		)
		.orderBy(asc(users.name));
	return rows.map((r) => ({ ...r, partner: Boolean(r.partner) }));
}

export type AccessRequestResult =
	{ ok: true; id: string } | { ok: false; reason: 'not-found' | 'already-reader' | 'already-asked' | 'not-eligible' };

/**
 * A member asks to read a case. One open request per case and member: a second is 'already-asked'.
 * The readers get a mail with only the case's code and a link, never its content.
 */
export async function requestCaseAccess(
	db: Db,
	{
		partnershipId,
		caseId,
		userId,
		reason,
		savedAnyway,
		origin,
		send
	}: Scope & { userId: string; reason: string; savedAnyway?: boolean; origin: string; send: SendMail }
): Promise<AccessRequestResult> {
	const result = await db.transaction(async (tx) => {
		const access = await caseAccess(tx, { partnershipId, caseId, userId });
		if (!access.found || !access.membershipId) return { ok: false, reason: 'not-found' } as const;
		if (access.allowed) return { ok: false, reason: 'already-reader' } as const;
		// Observers see no case content, so they cannot become a partner either (ADR 0004).
		if (!mayHold(access.role, 'case:partner')) return { ok: false, reason: 'not-eligible' } as const;
		const [created] = await tx
			.insert(caseAccessRequests)
			.values({ partnershipId, caseId, membershipId: access.membershipId, reason })
			.onConflictDoNothing()
			.returning({ id: caseAccessRequests.id });
		if (!created) return { ok: false, reason: 'already-asked' } as const;
		await recordAudit(tx, { partnershipId, caseId, userId, action: 'access-request', target: 'case' });
		if (savedAnyway) await recordAudit(tx, { partnershipId, caseId, userId, action: 'save-anyway', target: 'access' });
		return { ok: true, id: created.id } as const;
	});
	if (result.ok) await mailReaders(db, { partnershipId, caseId, userId, origin, send });
	return result;
}

async function mailReaders(
	db: Db,
	{ partnershipId, caseId, userId, origin, send }: Scope & { userId: string; origin: string; send: SendMail }
) {
	const [about] = await db
		.select({ code: cases.code, partnershipName: partnerships.name, asker: personName() })
		.from(cases)
		.innerJoin(partnerships, eq(partnerships.id, cases.partnershipId))
		.innerJoin(users, eq(users.id, userId))
		.where(and(eq(cases.partnershipId, partnershipId), eq(cases.id, caseId)));
	if (!about) return;
	for (const reader of await listCaseReaders(db, { partnershipId, caseId }))
		await send({
			to: { name: reader.name, address: reader.email },
			...caseAccessRequestMail({
				locale: mailLocale(reader.locale),
				name: reader.name,
				asker: about.asker,
				code: about.code,
				partnershipName: about.partnershipName,
				url: `${origin}/s/${partnershipId}/casussen/${caseId}#toegang`
			}),
			tag: { kind: 'case_access_request', userId: reader.userId }
		});
}

export type DecideResult = { ok: true } | NotPartner | { ok: false; reason: 'not-found' | 'decided' | 'not-eligible' };

/**
 * A partner or coordinator grants a request (the member becomes a case partner, in the same
 * transaction) or refuses it. Both are in the case's audit log.
 */
export async function decideCaseAccess(
	db: Db,
	{ partnershipId, caseId, requestId, userId, grant }: Scope & { requestId: string; userId: string; grant: boolean }
): Promise<DecideResult> {
	return db.transaction(async (tx) => {
		const access = await caseAccess(tx, { partnershipId, caseId, userId });
		if (!access.found) return { ok: false, reason: 'not-found' } as const;
		if (!access.allowed) return NOT_PARTNER;
		const [request] = await tx
			.select({ membershipId: caseAccessRequests.membershipId, decidedAt: caseAccessRequests.decidedAt })
			.from(caseAccessRequests)
			.where(
				and(
					eq(caseAccessRequests.partnershipId, partnershipId),
					eq(caseAccessRequests.caseId, caseId),
					eq(caseAccessRequests.id, requestId)
				)
			)
			.for('update');
		if (!request) return { ok: false, reason: 'not-found' } as const;
		if (request.decidedAt) return { ok: false, reason: 'decided' } as const;
		// The member may have become an observer since they asked: they cannot be a case partner.
		if (grant && !(await eligible(tx, partnershipId, request.membershipId)))
			return { ok: false, reason: 'not-eligible' } as const;
		await tx
			.update(caseAccessRequests)
			.set({ decidedAt: new Date(), decidedBy: userId, granted: grant })
			.where(and(eq(caseAccessRequests.partnershipId, partnershipId), eq(caseAccessRequests.id, requestId)));
		if (grant)
			await tx
				.insert(casePartners)
				.values({ partnershipId, caseId, membershipId: request.membershipId })
				.onConflictDoNothing();
		await recordAudit(tx, {
			partnershipId,
			caseId,
			userId,
			action: grant ? 'access-grant' : 'access-refuse',
			target: 'case',
			detail: { membershipId: request.membershipId }
		});
		return { ok: true } as const;
	});
}

async function eligible(db: Executor, partnershipId: string, membershipId: string) {
	const [row] = await db
		.select({ role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.partnershipId, partnershipId), eq(memberships.id, membershipId)));
	return Boolean(row && mayHold(row.role as Role, 'case:partner'));
}

/** The open requests on a case, for its readers. */
export function listOpenAccessRequests(db: Executor, { partnershipId, caseId }: Scope) {
	return db
		.select({
			id: caseAccessRequests.id,
			reason: caseAccessRequests.reason,
			createdAt: caseAccessRequests.createdAt,
			name: personName(),
			organisationName: memberships.organisationName
		})
		.from(caseAccessRequests)
		.innerJoin(
			memberships,
			and(
				eq(memberships.partnershipId, caseAccessRequests.partnershipId),
				eq(memberships.id, caseAccessRequests.membershipId)
			)
		)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(
			and(
				eq(caseAccessRequests.partnershipId, partnershipId),
				eq(caseAccessRequests.caseId, caseId),
				isNull(caseAccessRequests.decidedAt)
			)
		)
		.orderBy(asc(caseAccessRequests.createdAt));
}

/** The member's latest request on this case (open, or the last decision), or null. */
export async function getOwnAccessRequest(db: Executor, { partnershipId, caseId, userId }: Scope & { userId: string }) {
	const [row] = await db
		.select({
			id: caseAccessRequests.id,
			createdAt: caseAccessRequests.createdAt,
			decidedAt: caseAccessRequests.decidedAt,
			granted: caseAccessRequests.granted
		})
		.from(caseAccessRequests)
		.innerJoin(
			memberships,
			and(
				eq(memberships.partnershipId, caseAccessRequests.partnershipId),
				eq(memberships.id, caseAccessRequests.membershipId)
			)
		)
		.where(
			and(
				eq(caseAccessRequests.partnershipId, partnershipId),
				eq(caseAccessRequests.caseId, caseId),
				eq(memberships.userId, userId)
			)
		)
		.orderBy(desc(caseAccessRequests.createdAt))
		.limit(1);
	return row ?? null;
}
