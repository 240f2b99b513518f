import { and, count, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { paged, totalOver } from '$lib/server/db/paged';
import type { AuditFilter, AuditView } from './audit.schema';
import type { Db, Executor } from '$lib/server/db/client';
import { auditLog, users } from '$lib/server/db/schema';
import { personName } from '$lib/domain/auth/person-name';

export type AuditEntry = {
	partnershipId: string;
	caseId: string | null;
	/** Null for what the app does by itself (the retention job's purge). */
	userId: string | null;
	action:
		| 'read'
		// A read too: the case was opened as its print view.
		| 'print'
		| 'create'
		| 'update'
		| 'save-anyway'
		| 'status'
		| 'purge'
		// A member asked to read the case; a partner or coordinator granted or refused it (ADR 0023).
		| 'access-request'
		| 'access-grant'
		| 'access-refuse';
	target: string;
	detail?: Record<string, unknown>;
};

/** Append-only: there is no update or delete function, and the database refuses both. */
export async function recordAudit(db: Executor, entry: AuditEntry | AuditEntry[]): Promise<void> {
	const entries = Array.isArray(entry) ? entry : [entry];
	if (entries.length) await db.insert(auditLog).values(entries);
}

/**
 * One page of a case's audit log, newest first, and how many entries each view holds over the
 * whole log: reads pile up quickly, so a coordinator can look at the changes alone.
 */
export async function listCaseAudit(
	db: Db,
	{
		partnershipId,
		caseId,
		filter = { soort: '' },
		page = 1
	}: { partnershipId: string; caseId: string; filter?: AuditFilter; page?: number }
) {
	const ofCase = and(eq(auditLog.partnershipId, partnershipId), eq(auditLog.caseId, caseId));
	const where = filter.soort ? and(ofCase, inView(filter.soort)) : ofCase;
	const [entries, [counts]] = await Promise.all([
		paged(
			({ limit, offset }) =>
				db
					.select({
						id: auditLog.id,
						at: auditLog.at,
						action: auditLog.action,
						target: auditLog.target,
						detail: auditLog.detail,
						userName: personName(),
						total: totalOver
					})
					.from(auditLog)
					.leftJoin(users, eq(users.id, auditLog.userId))
					.where(where)
					.orderBy(desc(auditLog.at), desc(auditLog.id))
					.limit(limit)
					.offset(offset),
			async () => (await db.select({ n: count() }).from(auditLog).where(where))[0]?.n ?? 0,
			page
		),
		db
			.select({
				total: count(),
				read: count(sql`case when ${inView('read')} then 1 end`),
				change: count(sql`case when ${inView('change')} then 1 end`),
				'save-anyway': count(sql`case when ${inView('save-anyway')} then 1 end`)
			})
			.from(auditLog)
			.where(ofCase)
	]);
	return { entries, counts: counts ?? { total: 0, read: 0, change: 0, 'save-anyway': 0 } };
}

/** The actions that only looked at the case: opening it and printing it. */
const READS = ['read', 'print'];

function inView(view: AuditView) {
	if (view === 'read') return inArray(auditLog.action, READS);
	if (view === 'save-anyway') return eq(auditLog.action, 'save-anyway');
	return notInArray(auditLog.action, READS);
}
