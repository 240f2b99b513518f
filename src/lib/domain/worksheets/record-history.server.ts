// The one history of every worksheet record (ADR 0030): each save adds a row to record_versions
// with the whole record as it was then, so a page can show who changed what, and who contributed.
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '$lib/server/db/client';
import { recordVersions, users } from '$lib/server/db/schema';
import { personName } from '$lib/domain/auth/person-name';
import type { RecordAction } from '$lib/domain/partnerships/enums';

/** Which record a version belongs to: exactly one of the record columns of record_versions. */
export type RecordRef =
	| { methodAnswerId: string }
	| { covenantId: string }
	| { pilotId: string }
	| { recurringTaskId: string }
	| { continuityItemId: string }
	| { glossaryTermId: string };

function refColumn(ref: RecordRef) {
	const [key, id] = Object.entries(ref)[0] as [keyof RecordRef & string, string];
	const column = {
		methodAnswerId: recordVersions.methodAnswerId,
		covenantId: recordVersions.covenantId,
		pilotId: recordVersions.pilotId,
		recurringTaskId: recordVersions.recurringTaskId,
		continuityItemId: recordVersions.continuityItemId,
		glossaryTermId: recordVersions.glossaryTermId
	}[key];
	return { key, id, column };
}

/** Adds one version; call it in the transaction that saved the record, with the saved version. */
export async function addRecordVersion(
	tx: Executor,
	{
		partnershipId,
		ref,
		version,
		action,
		content,
		savedBy
	}: {
		partnershipId: string;
		ref: RecordRef;
		version: number;
		action: RecordAction;
		/** The record as saved; people by name, since ids do not survive an import. */
		content: Record<string, unknown>;
		savedBy: string | null;
	}
) {
	await tx.insert(recordVersions).values({ partnershipId, ...ref, version, action, content, savedBy });
}

export type RecordVersion = Awaited<ReturnType<typeof listRecordVersions>>[number];

/** The history of one record, newest first (at most `limit` versions). */
export async function listRecordVersions(
	db: Executor,
	{ partnershipId, ref, limit = 50 }: { partnershipId: string; ref: RecordRef; limit?: number }
) {
	const { id, column } = refColumn(ref);
	return db
		.select({
			id: recordVersions.id,
			version: recordVersions.version,
			action: recordVersions.action,
			content: recordVersions.content,
			savedAt: recordVersions.savedAt,
			savedByName: personName()
		})
		.from(recordVersions)
		.leftJoin(users, eq(users.id, recordVersions.savedBy))
		.where(and(eq(recordVersions.partnershipId, partnershipId), eq(column, id)))
		.orderBy(desc(recordVersions.version), desc(recordVersions.savedAt))
		.limit(limit);
}

/** Everyone who saved a version of the record, in the order they first contributed. */
export async function listRecordContributors(
	db: Executor,
	{ partnershipId, ref }: { partnershipId: string; ref: RecordRef }
): Promise<string[]> {
	const { id, column } = refColumn(ref);
	const rows = await db
		.select({ name: personName(), first: sql<Date>`min(${recordVersions.savedAt})` })
		.from(recordVersions)
		.innerJoin(users, eq(users.id, recordVersions.savedBy))
		.where(and(eq(recordVersions.partnershipId, partnershipId), eq(column, id), isNotNull(recordVersions.savedBy)))
		.groupBy(users.id, users.name)
		.orderBy(asc(sql`min(${recordVersions.savedAt})`));
	return rows.map((r) => r.name);
}
