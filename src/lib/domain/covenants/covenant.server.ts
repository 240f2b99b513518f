// The covenant or action plan of a partnership (issue 16, method "betrokkenheid"): who commits to
// what, per level, until when, reviewed when. Every query names the partnership; a commitment
// change bumps the covenant's version (optimistic locking on the whole record), and every save
// adds the whole record, its commitments included, to the one history (record_versions).
import { and, asc, count, desc, eq, lte, max, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import { covenantCommitments, covenants, users } from '$lib/server/db/schema';
import { paged, qualified, totalOver } from '$lib/server/db/paged';
import { updateVersioned } from '$lib/server/db/versioned';
import { recordAudit } from '$lib/domain/audit/audit.server';
import { personName } from '$lib/domain/auth/person-name';
import { addRecordVersion } from '$lib/domain/worksheets/record-history.server';
import { canOn, type Role } from '$lib/domain/permissions/permissions';
import { COVENANT_KINDS, type CovenantKind, type RecordAction } from '$lib/domain/partnerships/enums';
import { todayInBelgium } from '$lib/dates';
import type { CommitmentInput, CovenantFilter, CovenantInput } from './covenant.schema';
import { commitmentLine, sortCommitments } from './covenant';

export type CovenantRow = typeof covenants.$inferSelect;
export type CommitmentRow = typeof covenantCommitments.$inferSelect;
/** A covenant with its commitments in their order. */
export type CovenantWithCommitments = CovenantRow & { commitments: CommitmentRow[] };

type Scope = { partnershipId: string };
type Who = { userId: string };

export type CovenantSave =
	| { ok: true; version: number }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'conflict'; current: CovenantWithCommitments };

/** What the history keeps of a covenant: the whole record, its commitments as text lines. */
function contentOf(row: CovenantRow, commitments: CommitmentRow[]): Record<string, unknown> {
	return {
		kind: row.kind,
		title: row.title,
		purpose: row.purpose,
		signedOn: row.signedOn,
		validUntil: row.validUntil,
		reviewOn: row.reviewOn,
		commitments: sortCommitments(commitments).map(commitmentLine)
	};
}

async function commitmentsOf(tx: Executor, { partnershipId, covenantId }: Scope & { covenantId: string }) {
	const rows = await tx
		.select()
		.from(covenantCommitments)
		.where(and(eq(covenantCommitments.partnershipId, partnershipId), eq(covenantCommitments.covenantId, covenantId)))
		.orderBy(asc(covenantCommitments.position), asc(covenantCommitments.createdAt));
	return sortCommitments(rows);
}

async function addVersion(
	tx: Executor,
	{ partnershipId, row, userId, action }: Scope & { row: CovenantRow; userId: string; action: RecordAction }
) {
	const commitments = await commitmentsOf(tx, { partnershipId, covenantId: row.id });
	await addRecordVersion(tx, {
		partnershipId,
		ref: { covenantId: row.id },
		version: row.version,
		action,
		content: contentOf(row, commitments),
		savedBy: userId
	});
}

async function savedAnywayTrace(
	tx: Executor,
	{ partnershipId, userId, covenantId }: Scope & Who & { covenantId: string }
) {
	await recordAudit(tx, {
		partnershipId,
		caseId: null,
		userId,
		action: 'save-anyway',
		target: 'covenant',
		detail: { covenantId }
	});
}

export async function createCovenant(
	db: Db,
	{ partnershipId, userId, input, savedAnyway = false }: Scope & Who & { input: CovenantInput; savedAnyway?: boolean }
): Promise<{ id: string }> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(covenants)
			.values({ partnershipId, ...input, createdBy: userId, updatedBy: userId })
			.returning();
		await addVersion(tx, { partnershipId, row: row!, userId, action: 'created' });
		if (savedAnyway) await savedAnywayTrace(tx, { partnershipId, userId, covenantId: row!.id });
		return { id: row!.id };
	});
}

/** One covenant of the partnership with its commitments and its maker; null when not found here. */
export async function getCovenant(db: Executor, { partnershipId, covenantId }: Scope & { covenantId: string }) {
	const [found] = await db
		.select({ covenant: covenants, authorName: personName() })
		.from(covenants)
		.leftJoin(users, eq(users.id, covenants.createdBy))
		.where(and(eq(covenants.partnershipId, partnershipId), eq(covenants.id, covenantId)));
	if (!found) return null;
	const commitments = await commitmentsOf(db, { partnershipId, covenantId });
	return { covenant: { ...found.covenant, commitments } as CovenantWithCommitments, authorName: found.authorName };
}

export type CovenantCounts = { total: number; kind: Record<CovenantKind, number>; due: number };

/** One page of the partnership's covenants and action plans, and counts over all of them. */
export async function listCovenants(
	db: Db,
	{
		partnershipId,
		filter,
		page = 1,
		today = todayInBelgium()
	}: Scope & { filter: CovenantFilter; page?: number; today?: string }
) {
	const where: SQL[] = [eq(covenants.partnershipId, partnershipId)];
	if (filter.soort) where.push(eq(covenants.kind, filter.soort));
	if (filter.herbekijken) where.push(lte(covenants.reviewOn, today));
	const order =
		filter.sortering === 'herbekijken'
			? [sql`${covenants.reviewOn} asc nulls last`, desc(covenants.updatedAt)]
			: filter.sortering === 'titel'
				? [asc(covenants.title), desc(covenants.updatedAt)]
				: [desc(covenants.updatedAt)];
	const [list, byKind] = await Promise.all([
		paged(
			({ limit, offset }) =>
				db
					.select({
						id: covenants.id,
						kind: covenants.kind,
						title: covenants.title,
						purpose: covenants.purpose,
						signedOn: covenants.signedOn,
						validUntil: covenants.validUntil,
						reviewOn: covenants.reviewOn,
						updatedAt: covenants.updatedAt,
						commitments: sql<number>`(select count(*) from ${covenantCommitments}
							where ${qualified(covenantCommitments.partnershipId)} = ${qualified(covenants.partnershipId)}
							and ${qualified(covenantCommitments.covenantId)} = ${qualified(covenants.id)})`.mapWith(Number),
						total: totalOver
					})
					.from(covenants)
					.where(and(...where))
					.orderBy(...order, desc(covenants.id))
					.limit(limit)
					.offset(offset),
			async () =>
				(
					await db
						.select({ n: count() })
						.from(covenants)
						.where(and(...where))
				)[0]?.n ?? 0,
			page
		),
		db
			.select({
				kind: covenants.kind,
				n: count(),
				due: sql<number>`count(*) filter (where ${covenants.reviewOn} <= ${today})`.mapWith(Number)
			})
			.from(covenants)
			.where(eq(covenants.partnershipId, partnershipId))
			.groupBy(covenants.kind)
	]);
	const counts: CovenantCounts = {
		total: 0,
		kind: Object.fromEntries(COVENANT_KINDS.map((k) => [k, 0])) as Record<CovenantKind, number>,
		due: 0
	};
	for (const k of byKind) {
		counts.kind[k.kind] = k.n;
		counts.total += k.n;
		counts.due += k.due;
	}
	return { covenants: list, counts };
}

/**
 * Bumps the covenant's version when it is still `version` (with `set` for its own fields), else a
 * conflict with what is stored now, commitments included.
 */
async function bump(
	tx: Executor,
	{
		partnershipId,
		covenantId,
		userId,
		version,
		set = {}
	}: Scope &
		Who & {
			covenantId: string;
			version: number;
			set?: Partial<CovenantInput>;
		}
): Promise<{ ok: true; row: CovenantRow } | Exclude<CovenantSave, { ok: true }>> {
	const match = [eq(covenants.partnershipId, partnershipId), eq(covenants.id, covenantId)];
	const saved = await updateVersioned(tx, covenants, {
		match,
		version,
		set: { ...set, updatedBy: userId, updatedAt: new Date() }
	});
	if (saved.ok) return saved;
	if (saved.reason === 'not-found') return saved;
	const commitments = await commitmentsOf(tx, { partnershipId, covenantId });
	return { ok: false, reason: 'conflict', current: { ...saved.current, commitments } };
}

/** Changes the covenant's own fields; a stale version is a conflict that returns what is stored. */
export async function updateCovenant(
	db: Db,
	{
		partnershipId,
		covenantId,
		userId,
		version,
		input,
		savedAnyway = false
	}: Scope & Who & { covenantId: string; version: number; input: CovenantInput; savedAnyway?: boolean }
): Promise<CovenantSave> {
	return db.transaction(async (tx) => {
		const saved = await bump(tx, { partnershipId, covenantId, userId, version, set: input });
		if (!saved.ok) return saved;
		await addVersion(tx, { partnershipId, row: saved.row, userId, action: 'updated' });
		if (savedAnyway) await savedAnywayTrace(tx, { partnershipId, userId, covenantId });
		return { ok: true, version: saved.row.version } as const;
	});
}

/** The covenant must be this partnership's; the commitment this covenant's. */
async function commitmentExists(
	tx: Executor,
	{ partnershipId, covenantId, commitmentId }: Scope & { covenantId: string; commitmentId: string }
) {
	const [row] = await tx
		.select({ id: covenantCommitments.id })
		.from(covenantCommitments)
		.innerJoin(
			covenants,
			and(eq(covenants.id, covenantCommitments.covenantId), eq(covenants.partnershipId, partnershipId))
		)
		.where(
			and(
				eq(covenantCommitments.partnershipId, partnershipId),
				eq(covenantCommitments.covenantId, covenantId),
				eq(covenantCommitments.id, commitmentId)
			)
		);
	return Boolean(row);
}

/** Adds a commitment at the end of its level; the covenant's version moves on. */
export async function addCommitment(
	db: Db,
	{
		partnershipId,
		covenantId,
		userId,
		version,
		input,
		savedAnyway = false
	}: Scope & Who & { covenantId: string; version: number; input: CommitmentInput; savedAnyway?: boolean }
): Promise<CovenantSave> {
	return db.transaction(async (tx) => {
		const saved = await bump(tx, { partnershipId, covenantId, userId, version });
		if (!saved.ok) return saved;
		const [last] = await tx
			.select({ position: max(covenantCommitments.position) })
			.from(covenantCommitments)
			.where(and(eq(covenantCommitments.partnershipId, partnershipId), eq(covenantCommitments.covenantId, covenantId)));
		await tx
			.insert(covenantCommitments)
			.values({ partnershipId, covenantId, ...input, position: (last?.position ?? -1) + 1 });
		await addVersion(tx, { partnershipId, row: saved.row, userId, action: 'updated' });
		if (savedAnyway) await savedAnywayTrace(tx, { partnershipId, userId, covenantId });
		return { ok: true, version: saved.row.version } as const;
	});
}

/** Changes one commitment; the covenant's version moves on. */
export async function updateCommitment(
	db: Db,
	{
		partnershipId,
		covenantId,
		commitmentId,
		userId,
		version,
		input,
		savedAnyway = false
	}: Scope &
		Who & { covenantId: string; commitmentId: string; version: number; input: CommitmentInput; savedAnyway?: boolean }
): Promise<CovenantSave> {
	return db.transaction(async (tx) => {
		if (!(await commitmentExists(tx, { partnershipId, covenantId, commitmentId })))
			return { ok: false, reason: 'not-found' } as const;
		const saved = await bump(tx, { partnershipId, covenantId, userId, version });
		if (!saved.ok) return saved;
		await tx
			.update(covenantCommitments)
			.set(input)
			.where(
				and(
					eq(covenantCommitments.partnershipId, partnershipId),
					eq(covenantCommitments.covenantId, covenantId),
					eq(covenantCommitments.id, commitmentId)
				)
			);
		await addVersion(tx, { partnershipId, row: saved.row, userId, action: 'updated' });
		if (savedAnyway) await savedAnywayTrace(tx, { partnershipId, userId, covenantId });
		return { ok: true, version: saved.row.version } as const;
	});
}

/** Removes one commitment; the covenant's version moves on. */
export async function removeCommitment(
	db: Db,
	{
		partnershipId,
		covenantId,
		commitmentId,
		userId,
		version
	}: Scope & Who & { covenantId: string; commitmentId: string; version: number }
): Promise<CovenantSave> {
	return db.transaction(async (tx) => {
		if (!(await commitmentExists(tx, { partnershipId, covenantId, commitmentId })))
			return { ok: false, reason: 'not-found' } as const;
		const saved = await bump(tx, { partnershipId, covenantId, userId, version });
		if (!saved.ok) return saved;
		await tx
			.delete(covenantCommitments)
			.where(
				and(
					eq(covenantCommitments.partnershipId, partnershipId),
					eq(covenantCommitments.covenantId, covenantId),
					eq(covenantCommitments.id, commitmentId)
				)
			);
		await addVersion(tx, { partnershipId, row: saved.row, userId, action: 'updated' });
		return { ok: true, version: saved.row.version } as const;
	});
}

/** Who may delete a covenant: its maker (worksheet:delete:own) or a coordinator (:any). */
export function mayDeleteCovenant(covenant: { createdBy: string | null }, { userId, role }: Who & { role: Role }) {
	return canOn(role, 'worksheet:delete', { ownerId: covenant.createdBy, userId });
}

/** Deletes a covenant with its commitments and history. */
export async function deleteCovenant(
	db: Db,
	{ partnershipId, covenantId, userId, role }: Scope & Who & { covenantId: string; role: Role }
): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'forbidden' }> {
	return db.transaction(async (tx) => {
		const match = and(eq(covenants.partnershipId, partnershipId), eq(covenants.id, covenantId));
		const [current] = await tx.select({ createdBy: covenants.createdBy }).from(covenants).where(match).for('update');
		if (!current) return { ok: false, reason: 'not-found' } as const;
		if (!mayDeleteCovenant(current, { userId, role })) return { ok: false, reason: 'forbidden' } as const;
		await tx.delete(covenants).where(match);
		return { ok: true } as const;
	});
}
