// The learning log: successes and bottlenecks of the partnership, anonymised and tagged with
// building blocks. An entry stands on its own: its text is checked by the personal-data guard, it
// has a stable id and no link to a case. That is deliberate: a later "signal to policy" can start
// from an entry (copying its title, description, lesson and blocks, pointing back to its id)
// without dragging case content along.
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { learningEntries, users } from '$lib/server/db/schema';
import { recordAudit } from '$lib/domain/audit/audit.server';
import type { BlockSlug } from '$lib/content/types';
import type { LearningKind } from '$lib/domain/partnerships/enums';
import { canOn, type Role } from '$lib/domain/permissions/permissions';
import { BLOCK_SLUGS, type LearningEntryInput, type LearningFilter } from './learning.schema';
import { lockVersioned, updateVersioned } from '$lib/server/db/versioned';
import { paged, totalOver } from '$lib/server/db/paged';
import { personName } from '$lib/domain/auth/person-name';

export type LearningEntryRow = typeof learningEntries.$inferSelect;

type Scope = { partnershipId: string };

/** Who may edit or delete an entry: its author, or a coordinator of the partnership (learning:*:own / :any). */
export function mayChangeEntry(
	entry: { createdBy: string | null },
	{ userId, role }: { userId: string; role: Role },
	action: 'learning:edit' | 'learning:delete' = 'learning:edit'
): boolean {
	return canOn(role, action, { ownerId: entry.createdBy, userId });
}

export async function createLearningEntry(
	db: Db,
	{
		partnershipId,
		userId,
		input,
		savedAnyway = false
	}: Scope & { userId: string; input: LearningEntryInput; savedAnyway?: boolean }
): Promise<{ id: string }> {
	return db.transaction(async (tx) => {
		const [created] = await tx
			.insert(learningEntries)
			.values({ partnershipId, ...input, createdBy: userId })
			.returning({ id: learningEntries.id });
		// The learning log holds no case data; only a deliberate "save anyway" is worth a trace.
		if (savedAnyway)
			await recordAudit(tx, {
				partnershipId,
				caseId: null,
				userId,
				action: 'save-anyway',
				target: 'learning',
				detail: { entryId: created!.id }
			});
		return { id: created!.id };
	});
}

export type UpdateLearningResult =
	| { ok: true }
	| { ok: false; reason: 'not-found' | 'forbidden' }
	| { ok: false; reason: 'conflict'; current: LearningEntryRow };

/** Changes an entry; a stale version is a conflict that returns what is stored now. */
export async function updateLearningEntry(
	db: Db,
	{
		partnershipId,
		entryId,
		userId,
		role,
		version,
		input,
		savedAnyway = false
	}: Scope & {
		entryId: string;
		userId: string;
		role: Role;
		version: number;
		input: LearningEntryInput;
		savedAnyway?: boolean;
	}
): Promise<UpdateLearningResult> {
	return db.transaction(async (tx) => {
		const match = [eq(learningEntries.partnershipId, partnershipId), eq(learningEntries.id, entryId)];
		const locked = await lockVersioned(tx, learningEntries, { match, version });
		if (!locked.ok && locked.reason === 'not-found') return locked;
		// Someone who may not change the entry hears that first, also when their version is stale.
		if (!mayChangeEntry(locked.ok ? locked.row : locked.current, { userId, role }))
			return { ok: false, reason: 'forbidden' } as const;
		if (!locked.ok) return locked;
		await updateVersioned(tx, learningEntries, { match, version, set: { ...input, updatedAt: new Date() } });
		if (savedAnyway)
			await recordAudit(tx, {
				partnershipId,
				caseId: null,
				userId,
				action: 'save-anyway',
				target: 'learning',
				detail: { entryId }
			});
		return { ok: true } as const;
	});
}

export async function deleteLearningEntry(
	db: Db,
	{ partnershipId, entryId, userId, role }: Scope & { entryId: string; userId: string; role: Role }
): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'forbidden' }> {
	return db.transaction(async (tx) => {
		const [current] = await tx
			.select({ createdBy: learningEntries.createdBy })
			.from(learningEntries)
			.where(and(eq(learningEntries.partnershipId, partnershipId), eq(learningEntries.id, entryId)))
			.for('update');
		if (!current) return { ok: false, reason: 'not-found' } as const;
		if (!mayChangeEntry(current, { userId, role }, 'learning:delete'))
			return { ok: false, reason: 'forbidden' } as const;
		await tx
			.delete(learningEntries)
			.where(and(eq(learningEntries.partnershipId, partnershipId), eq(learningEntries.id, entryId)));
		return { ok: true } as const;
	});
}

export async function getLearningEntry(db: Db, { partnershipId, entryId }: Scope & { entryId: string }) {
	const [row] = await db
		.select({ entry: learningEntries, authorName: personName() })
		.from(learningEntries)
		.leftJoin(users, eq(users.id, learningEntries.createdBy))
		.where(and(eq(learningEntries.partnershipId, partnershipId), eq(learningEntries.id, entryId)));
	return row ?? null;
}

export type LearningCounts = {
	total: number;
	kind: Record<LearningKind, number>;
	block: Record<BlockSlug, number>;
};

/**
 * The entries that match the filter (newest first) and the counts over the whole log, so the
 * filters can say how many entries each choice shows.
 */
export async function listLearningEntries(
	db: Db,
	{ partnershipId, filter, page = 1 }: Scope & { filter: LearningFilter; page?: number }
) {
	const where: SQL[] = [eq(learningEntries.partnershipId, partnershipId)];
	if (filter.soort) where.push(eq(learningEntries.kind, filter.soort));
	if (filter.bouwsteen) where.push(sql`${filter.bouwsteen} = any(${learningEntries.blocks})`);
	const [entries, byKind, byBlock] = await Promise.all([
		paged(
			({ limit, offset }) =>
				db
					.select({
						id: learningEntries.id,
						kind: learningEntries.kind,
						title: learningEntries.title,
						description: learningEntries.description,
						blocks: learningEntries.blocks,
						createdAt: learningEntries.createdAt,
						updatedAt: learningEntries.updatedAt,
						authorName: personName(),
						total: totalOver
					})
					.from(learningEntries)
					.leftJoin(users, eq(users.id, learningEntries.createdBy))
					.where(and(...where))
					.orderBy(desc(learningEntries.createdAt), desc(learningEntries.id))
					.limit(limit)
					.offset(offset),
			async () =>
				(
					await db
						.select({ n: count() })
						.from(learningEntries)
						.where(and(...where))
				)[0]?.n ?? 0,
			page
		),
		db
			.select({ kind: learningEntries.kind, n: count() })
			.from(learningEntries)
			.where(eq(learningEntries.partnershipId, partnershipId))
			.groupBy(learningEntries.kind),
		db
			.select({ block: sql<string>`unnest(${learningEntries.blocks})`.as('block'), n: count() })
			.from(learningEntries)
			.where(eq(learningEntries.partnershipId, partnershipId))
			.groupBy(sql`1`)
	]);
	const counts: LearningCounts = {
		total: 0,
		kind: { success: 0, bottleneck: 0 },
		block: Object.fromEntries(BLOCK_SLUGS.map((s) => [s, 0])) as Record<BlockSlug, number>
	};
	for (const k of byKind) {
		counts.kind[k.kind] = k.n;
		counts.total += k.n;
	}
	for (const b of byBlock) if (b.block in counts.block) counts.block[b.block as BlockSlug] = b.n;
	return { entries, counts };
}
