// The continuity plan of the partnership (method "afstemming en taakafbakening"): per contact who
// holds it and who takes over. Every query names the partnership; holder and backup must be members
// who may hold 'continuity:holder'. Each save adds a version to the item's history, names as text.
import { and, asc, count, eq, isNull, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '$lib/server/db/client';
import { continuityItems, users } from '$lib/server/db/schema';
import { personName } from '$lib/domain/auth/person-name';
import { allMayHold } from '$lib/domain/partnerships/partnership.server';
import { canOn, type Role } from '$lib/domain/permissions/permissions';
import { addRecordVersion } from '$lib/domain/worksheets/record-history.server';
import { paged, totalOver } from '$lib/server/db/paged';
import { updateVersioned } from '$lib/server/db/versioned';
import type { ContinuityFilter, ContinuityItemInput } from './continuity.schema';

export type ContinuityItemRow = typeof continuityItems.$inferSelect;

type Scope = { partnershipId: string };

const holder = alias(users, 'holder');
const backup = alias(users, 'backup');

const columns = {
	id: continuityItems.id,
	contact: continuityItems.contact,
	holderId: continuityItems.holderId,
	backupId: continuityItems.backupId,
	handoverNote: continuityItems.handoverNote,
	createdBy: continuityItems.createdBy,
	updatedAt: continuityItems.updatedAt,
	version: continuityItems.version,
	holderName: personName(holder.name),
	backupName: personName(backup.name)
};

function withNames<Extra extends Record<string, SQL | SQL.Aliased>>(db: Executor, extra: Extra) {
	return db
		.select({ ...columns, ...extra })
		.from(continuityItems)
		.innerJoin(holder, eq(holder.id, continuityItems.holderId))
		.leftJoin(backup, eq(backup.id, continuityItems.backupId))
		.$dynamic();
}

/** Holder and backup: both members of this partnership who may hold a contact. */
function peopleMayHold(tx: Executor, partnershipId: string, input: ContinuityItemInput) {
	const userIds = [input.holderId, ...(input.backupId ? [input.backupId] : [])];
	return allMayHold(tx, { partnershipId, holding: 'continuity:holder', userIds });
}

async function addItemVersion(
	tx: Executor,
	{ partnershipId, itemId, userId, action }: Scope & { itemId: string; userId: string; action: 'created' | 'updated' }
) {
	const [item] = await withNames(tx, {}).where(
		and(eq(continuityItems.partnershipId, partnershipId), eq(continuityItems.id, itemId))
	);
	await addRecordVersion(tx, {
		partnershipId,
		ref: { continuityItemId: itemId },
		version: item!.version,
		action,
		content: {
			contact: item!.contact,
			holder: item!.holderName,
			backup: item!.backupName ?? '',
			handoverNote: item!.handoverNote
		},
		savedBy: userId
	});
}

export type CreateContinuityResult = { ok: true; id: string } | { ok: false; reason: 'not-eligible' };

export async function createContinuityItem(
	db: Db,
	{ partnershipId, userId, input }: Scope & { userId: string; input: ContinuityItemInput }
): Promise<CreateContinuityResult> {
	if (input.backupId === input.holderId) return { ok: false, reason: 'not-eligible' };
	return db.transaction(async (tx) => {
		if (!(await peopleMayHold(tx, partnershipId, input))) return { ok: false, reason: 'not-eligible' } as const;
		const [item] = await tx
			.insert(continuityItems)
			.values({ partnershipId, ...input, createdBy: userId, updatedBy: userId })
			.returning({ id: continuityItems.id });
		await addItemVersion(tx, { partnershipId, itemId: item!.id, userId, action: 'created' });
		return { ok: true, id: item!.id } as const;
	});
}

/** One item of this partnership with the names of its holder and backup; null when it is not one. */
export async function getContinuityItem(db: Executor, { partnershipId, itemId }: Scope & { itemId: string }) {
	const [row] = await withNames(db, {}).where(
		and(eq(continuityItems.partnershipId, partnershipId), eq(continuityItems.id, itemId))
	);
	return row ?? null;
}

/**
 * One page of the plan (by contact) and the counts over the whole plan: all items, those without a
 * backup, and those I hold or back up.
 */
export async function listContinuityItems(
	db: Db,
	{ partnershipId, userId, filter, page = 1 }: Scope & { userId: string; filter: ContinuityFilter; page?: number }
) {
	const inPlan = eq(continuityItems.partnershipId, partnershipId);
	const noBackup = isNull(continuityItems.backupId);
	const mine = or(eq(continuityItems.holderId, userId), eq(continuityItems.backupId, userId))!;
	const where: SQL[] = [inPlan];
	if (filter.zonder === 'backup') where.push(noBackup);
	if (filter.van === 'mij') where.push(mine);
	const countOf = async (...conditions: SQL[]) =>
		(
			await db
				.select({ n: count() })
				.from(continuityItems)
				.where(and(...conditions))
		)[0]?.n ?? 0;
	const [items, total, withoutBackup, ofMine] = await Promise.all([
		paged(
			({ limit, offset }) =>
				withNames(db, { total: totalOver })
					.where(and(...where))
					.orderBy(asc(continuityItems.contact), asc(continuityItems.id))
					.limit(limit)
					.offset(offset),
			() => countOf(...where),
			page
		),
		countOf(inPlan),
		countOf(inPlan, noBackup),
		countOf(inPlan, mine)
	]);
	return { items, counts: { total, noBackup: withoutBackup, mine: ofMine } };
}

export type UpdateContinuityResult =
	| { ok: true }
	| { ok: false; reason: 'not-found' | 'not-eligible' }
	| { ok: false; reason: 'conflict'; current: ContinuityItemRow };

/** Changes an item; a stale version is a conflict that returns what is stored now. */
export async function updateContinuityItem(
	db: Db,
	{
		partnershipId,
		itemId,
		userId,
		version,
		input
	}: Scope & { itemId: string; userId: string; version: number; input: ContinuityItemInput }
): Promise<UpdateContinuityResult> {
	if (input.backupId === input.holderId) return { ok: false, reason: 'not-eligible' };
	return db.transaction(async (tx) => {
		if (!(await peopleMayHold(tx, partnershipId, input))) {
			const [exists] = await tx
				.select({ id: continuityItems.id })
				.from(continuityItems)
				.where(and(eq(continuityItems.partnershipId, partnershipId), eq(continuityItems.id, itemId)));
			return { ok: false, reason: exists ? 'not-eligible' : 'not-found' } as const;
		}
		const saved = await updateVersioned(tx, continuityItems, {
			match: [eq(continuityItems.partnershipId, partnershipId), eq(continuityItems.id, itemId)],
			version,
			set: { ...input, updatedBy: userId, updatedAt: new Date() }
		});
		if (!saved.ok) return saved;
		await addItemVersion(tx, { partnershipId, itemId, userId, action: 'updated' });
		return { ok: true } as const;
	});
}

/** Whether this user may delete the item: its maker, or a coordinator (worksheet:delete:own / :any). */
export function mayDeleteItem(item: { createdBy: string | null }, { userId, role }: { userId: string; role: Role }) {
	return canOn(role, 'worksheet:delete', { ownerId: item.createdBy, userId });
}

export async function deleteContinuityItem(
	db: Db,
	{ partnershipId, itemId, userId, role }: Scope & { itemId: string; userId: string; role: Role }
): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'forbidden' }> {
	return db.transaction(async (tx) => {
		const match = and(eq(continuityItems.partnershipId, partnershipId), eq(continuityItems.id, itemId));
		const [current] = await tx
			.select({ createdBy: continuityItems.createdBy })
			.from(continuityItems)
			.where(match)
			.for('update');
		if (!current) return { ok: false, reason: 'not-found' } as const;
		if (!mayDeleteItem(current, { userId, role })) return { ok: false, reason: 'forbidden' } as const;
		await tx.delete(continuityItems).where(match);
		return { ok: true } as const;
	});
}
