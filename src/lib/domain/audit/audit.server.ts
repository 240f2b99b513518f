import { and, desc, eq } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import { auditLog, users } from '$lib/server/db/schema';

export type AuditEntry = {
	partnershipId: string;
	caseId: string | null;
	userId: string;
	action: 'read' | 'create' | 'update' | 'save-anyway' | 'status';
	target: string;
	detail?: Record<string, unknown>;
};

/** Append-only: there is no update or delete function, and the database refuses both. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
	await db.insert(auditLog).values(entry);
}

export async function listCaseAudit(db: Db, { partnershipId, caseId }: { partnershipId: string; caseId: string }) {
	return db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			action: auditLog.action,
			target: auditLog.target,
			detail: auditLog.detail,
			userName: users.name
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.userId))
		.where(and(eq(auditLog.partnershipId, partnershipId), eq(auditLog.caseId, caseId)))
		.orderBy(desc(auditLog.at))
		.limit(500);
}
