// Pilots: the modest shared step of the trust building loop (method "respect en vertrouwen"). A
// pilot has an owner, a day to look back and, after the look back, what went well and what the
// partners learned. The look back becomes an entry of the learning log in the same transaction.
// Every save adds a version to the record history (ADR 0030), with the owner's name as text.
import { and, asc, count, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { todayInBelgium } from '$lib/dates';
import type { Db, Executor } from '$lib/server/db/client';
import { learningEntries, pilots, users } from '$lib/server/db/schema';
import { recordAudit } from '$lib/domain/audit/audit.server';
import { allMayHold } from '$lib/domain/partnerships/partnership.server';
import { canOn, type Role } from '$lib/domain/permissions/permissions';
import { addRecordVersion } from '$lib/domain/worksheets/record-history.server';
import { personName } from '$lib/domain/auth/person-name';
import { lockVersioned, updateVersioned } from '$lib/server/db/versioned';
import { sameTenant } from '$lib/server/db/scoped';
import { paged, totalOver } from '$lib/server/db/paged';
import { pilotState, type LookBackInput, type PilotFilter, type PilotInput, type PilotState } from './pilot.schema';

export type PilotRow = typeof pilots.$inferSelect;

type Scope = { partnershipId: string };

/** The building block a pilot's look back is about in the learning log. */
export const PILOT_BLOCK = 'respect-en-vertrouwen';
/** The learning log's title is at most 140 characters (learning.schema.ts). */
const ENTRY_TITLE_MAX = 140;

/** Owners are members who work in the partnership: not observers (mayHold 'pilot:owner'). */
const mayOwn = (db: Executor, partnershipId: string, userId: string) =>
	allMayHold(db, { partnershipId, holding: 'pilot:owner', userIds: [userId] });

async function nameOf(db: Executor, userId: string): Promise<string> {
	const [row] = await db.select({ name: personName() }).from(users).where(eq(users.id, userId));
	return row?.name ?? '';
}

/** What a version keeps: the whole pilot as saved, its owner by name. */
async function versionContent(db: Executor, pilot: PilotRow): Promise<Record<string, unknown>> {
	return {
		title: pilot.title,
		aim: pilot.aim,
		owner: await nameOf(db, pilot.ownerId),
		startsOn: pilot.startsOn,
		lookBackOn: pilot.lookBackOn,
		lookedBackAt: pilot.lookedBackAt?.toISOString() ?? null,
		wentWell: pilot.wentWell,
		learned: pilot.learned
	};
}

/** The title of the learning-log entry a look back becomes. */
export function learningTitleFor(pilotTitle: string, prefix = 'Proefproject: '): string {
	const full = `${prefix}${pilotTitle}`;
	return full.length <= ENTRY_TITLE_MAX ? full : `${full.slice(0, ENTRY_TITLE_MAX - 1).trimEnd()}…`;
}

export type CreatePilotResult = { ok: true; id: string } | { ok: false; reason: 'owner-not-member' };

export async function createPilot(
	db: Db,
	{ partnershipId, userId, input }: Scope & { userId: string; input: PilotInput }
): Promise<CreatePilotResult> {
	return db.transaction(async (tx) => {
		if (!(await mayOwn(tx, partnershipId, input.ownerId))) return { ok: false, reason: 'owner-not-member' } as const;
		const [created] = await tx
			.insert(pilots)
			.values({ partnershipId, ...input, createdBy: userId, updatedBy: userId })
			.returning();
		await addRecordVersion(tx, {
			partnershipId,
			ref: { pilotId: created!.id },
			version: created!.version,
			action: 'created',
			content: await versionContent(tx, created!),
			savedBy: userId
		});
		return { ok: true, id: created!.id } as const;
	});
}

/** One pilot of this partnership with its owner's name and its learning-log entry; null otherwise. */
export async function getPilot(db: Executor, { partnershipId, pilotId }: Scope & { pilotId: string }) {
	const [row] = await db
		.select({
			pilot: pilots,
			ownerName: personName(),
			entry: { id: learningEntries.id, title: learningEntries.title, kind: learningEntries.kind }
		})
		.from(pilots)
		.innerJoin(users, eq(users.id, pilots.ownerId))
		.leftJoin(learningEntries, sameTenant(learningEntries, pilots, pilots.learningEntryId))
		.where(and(eq(pilots.partnershipId, partnershipId), eq(pilots.id, pilotId)));
	if (!row) return null;
	return { pilot: row.pilot, ownerName: row.ownerName, entry: row.entry?.id ? row.entry : null };
}

/** The SQL twin of `pilotState`. */
function stateSql(state: PilotState, today: string): SQL {
	if (state === 'afgerond') return isNotNull(pilots.lookedBackAt);
	if (state === 'terugblikken') return and(isNull(pilots.lookedBackAt), sql`${pilots.lookBackOn} <= ${today}`)!;
	return and(isNull(pilots.lookedBackAt), sql`${pilots.lookBackOn} > ${today}`)!;
}

export type PilotCounts = { total: number } & Record<PilotState, number>;

/**
 * One page of the pilots, soonest look back first (looked-back ones: the latest first), with how
 * many pilots each state holds over the whole partnership.
 */
export async function listPilots(
	db: Db,
	{
		partnershipId,
		filter,
		page = 1,
		today = todayInBelgium()
	}: Scope & { filter: PilotFilter; page?: number; today?: string }
) {
	const where: SQL[] = [eq(pilots.partnershipId, partnershipId)];
	if (filter.stand) where.push(stateSql(filter.stand, today));
	const order =
		filter.stand === 'afgerond'
			? [desc(pilots.lookBackOn), desc(pilots.id)]
			: [asc(pilots.lookBackOn), asc(pilots.createdAt), asc(pilots.id)];
	const [list, [counts]] = await Promise.all([
		paged(
			({ limit, offset }) =>
				db
					.select({
						id: pilots.id,
						title: pilots.title,
						aim: pilots.aim,
						ownerId: pilots.ownerId,
						ownerName: personName(),
						startsOn: pilots.startsOn,
						lookBackOn: pilots.lookBackOn,
						lookedBackAt: pilots.lookedBackAt,
						learningEntryId: pilots.learningEntryId,
						total: totalOver
					})
					.from(pilots)
					.innerJoin(users, eq(users.id, pilots.ownerId))
					.where(and(...where))
					.orderBy(...order)
					.limit(limit)
					.offset(offset),
			async () =>
				(
					await db
						.select({ n: count() })
						.from(pilots)
						.where(and(...where))
				)[0]?.n ?? 0,
			page
		),
		db
			.select({
				total: count(),
				lopend: sql<number>`count(*) filter (where ${stateSql('lopend', today)})`.mapWith(Number),
				terugblikken: sql<number>`count(*) filter (where ${stateSql('terugblikken', today)})`.mapWith(Number),
				afgerond: sql<number>`count(*) filter (where ${stateSql('afgerond', today)})`.mapWith(Number)
			})
			.from(pilots)
			.where(eq(pilots.partnershipId, partnershipId))
	]);
	return {
		pilots: { ...list, rows: list.rows.map((r) => ({ ...r, state: pilotState(r, today) })) },
		counts: (counts ?? { total: 0, lopend: 0, terugblikken: 0, afgerond: 0 }) as PilotCounts
	};
}

export type UpdatePilotResult =
	| { ok: true }
	| { ok: false; reason: 'not-found' | 'owner-not-member' }
	| { ok: false; reason: 'conflict'; current: PilotRow };

/** Changes the plan of a pilot; a stale version is a conflict that carries what is stored now. */
export async function updatePilot(
	db: Db,
	{
		partnershipId,
		pilotId,
		userId,
		version,
		input
	}: Scope & { pilotId: string; userId: string; version: number; input: PilotInput }
): Promise<UpdatePilotResult> {
	return db.transaction(async (tx) => {
		const match = [eq(pilots.partnershipId, partnershipId), eq(pilots.id, pilotId)];
		const locked = await lockVersioned(tx, pilots, { match, version });
		if (!locked.ok) return locked;
		if (input.ownerId !== locked.row.ownerId && !(await mayOwn(tx, partnershipId, input.ownerId)))
			return { ok: false, reason: 'owner-not-member' } as const;
		const saved = await updateVersioned(tx, pilots, {
			match,
			version,
			set: { ...input, updatedBy: userId, updatedAt: new Date() }
		});
		if (!saved.ok) return saved;
		await addRecordVersion(tx, {
			partnershipId,
			ref: { pilotId },
			version: saved.row.version,
			action: 'updated',
			content: await versionContent(tx, saved.row),
			savedBy: userId
		});
		return { ok: true } as const;
	});
}

export type LookBackResult =
	| { ok: true; learningEntryId: string }
	| { ok: false; reason: 'not-found' | 'already-looked-back' }
	| { ok: false; reason: 'conflict'; current: PilotRow };

/**
 * The look back: records what went well and what was learned, and turns it into an entry of the
 * learning log (a success or a bottleneck, about respect and trust), all in one transaction. A
 * pilot is looked back on once; its entry can then be changed in the learning log.
 */
export async function lookBack(
	db: Db,
	{
		partnershipId,
		pilotId,
		userId,
		version,
		input,
		savedAnyway = false
	}: Scope & { pilotId: string; userId: string; version: number; input: LookBackInput; savedAnyway?: boolean }
): Promise<LookBackResult> {
	return db.transaction(async (tx) => {
		const match = [eq(pilots.partnershipId, partnershipId), eq(pilots.id, pilotId)];
		const locked = await lockVersioned(tx, pilots, { match, version });
		if (!locked.ok && locked.reason === 'not-found') return locked;
		const current = locked.ok ? locked.row : locked.current;
		if (current.lookedBackAt) return { ok: false, reason: 'already-looked-back' } as const;
		if (!locked.ok) return locked;
		const [entry] = await tx
			.insert(learningEntries)
			.values({
				partnershipId,
				kind: input.kind,
				title: learningTitleFor(current.title),
				description: input.wentWell,
				lesson: input.learned,
				blocks: [PILOT_BLOCK],
				createdBy: userId
			})
			.returning({ id: learningEntries.id });
		// As in the learning log: only a deliberate "save anyway" past the personal-data guard leaves a trace.
		if (savedAnyway)
			await recordAudit(tx, {
				partnershipId,
				caseId: null,
				userId,
				action: 'save-anyway',
				target: 'learning',
				detail: { entryId: entry!.id, pilotId }
			});
		const saved = await updateVersioned(tx, pilots, {
			match,
			version,
			set: {
				wentWell: input.wentWell,
				learned: input.learned,
				lookedBackAt: new Date(),
				learningEntryId: entry!.id,
				updatedBy: userId,
				updatedAt: new Date()
			}
		});
		if (!saved.ok) throw new Error('lookBack: the locked pilot could not be saved');
		await addRecordVersion(tx, {
			partnershipId,
			ref: { pilotId },
			version: saved.row.version,
			action: 'looked_back',
			content: await versionContent(tx, saved.row),
			savedBy: userId
		});
		return { ok: true, learningEntryId: entry!.id } as const;
	});
}

/** Who may delete a pilot: its maker (worksheet:delete:own) or a coordinator (:any). */
export function mayDeletePilot(pilot: { createdBy: string | null }, { userId, role }: { userId: string; role: Role }) {
	return canOn(role, 'worksheet:delete', { ownerId: pilot.createdBy, userId });
}

/** Deletes a pilot and its history; the learning-log entry of its look back stays in the log. */
export async function deletePilot(
	db: Db,
	{ partnershipId, pilotId, userId, role }: Scope & { pilotId: string; userId: string; role: Role }
): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'forbidden' }> {
	return db.transaction(async (tx) => {
		const match = and(eq(pilots.partnershipId, partnershipId), eq(pilots.id, pilotId));
		const [current] = await tx.select({ createdBy: pilots.createdBy }).from(pilots).where(match).for('update');
		if (!current) return { ok: false, reason: 'not-found' } as const;
		if (!mayDeletePilot(current, { userId, role })) return { ok: false, reason: 'forbidden' } as const;
		await tx.delete(pilots).where(match);
		return { ok: true } as const;
	});
}

/** The pilot whose look back became this learning-log entry, if any. */
export async function getPilotForLearningEntry(
	db: Executor,
	{ partnershipId, entryId }: Scope & { entryId: string }
): Promise<{ id: string; title: string } | null> {
	const [row] = await db
		.select({ id: pilots.id, title: pilots.title })
		.from(pilots)
		.where(and(eq(pilots.partnershipId, partnershipId), eq(pilots.learningEntryId, entryId)))
		.limit(1);
	return row ?? null;
}
