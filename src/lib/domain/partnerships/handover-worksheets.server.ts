// The worksheet records a leaving member holds (issue 16, ADR 0019): pilots they own that are not
// looked back yet, contacts of the continuity plan they hold or back up, and their RASCI letters on
// recurring tasks. leaveWithHandover hands each kind to a successor in its one transaction; every
// moved record gets a version in its history (action 'handed_over') and an audit entry.
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '$lib/server/db/client';
import {
	continuityItems,
	memberships,
	pilots,
	recordVersions,
	recurringTaskAssignments,
	recurringTasks,
	users
} from '$lib/server/db/schema';
import { addRecordVersion, type RecordRef } from '$lib/domain/worksheets/record-history.server';
import { strongerLetter } from './handover';

type Member = { id: string; userId: string };
type Heir = { id: string; userId: string };

/** The worksheet holdings of `member`, one query per kind (in a transaction they share a connection). */
export async function readWorksheetHoldings(db: Executor, partnershipId: string, member: Member) {
	const pilotRows = await db
		.select({ id: pilots.id, title: pilots.title, lookBackOn: pilots.lookBackOn })
		.from(pilots)
		.where(and(eq(pilots.partnershipId, partnershipId), eq(pilots.ownerId, member.userId), isNull(pilots.lookedBackAt)))
		.orderBy(asc(pilots.lookBackOn), asc(pilots.title));
	const continuityRows = await db
		.select({
			id: continuityItems.id,
			contact: continuityItems.contact,
			holderId: continuityItems.holderId,
			backupId: continuityItems.backupId
		})
		.from(continuityItems)
		.where(
			and(
				eq(continuityItems.partnershipId, partnershipId),
				or(eq(continuityItems.holderId, member.userId), eq(continuityItems.backupId, member.userId))
			)
		)
		.orderBy(asc(continuityItems.contact));
	const taskRows = await db
		.select({ taskId: recurringTasks.id, title: recurringTasks.title, letter: recurringTaskAssignments.letter })
		.from(recurringTaskAssignments)
		.innerJoin(
			recurringTasks,
			and(
				eq(recurringTasks.partnershipId, recurringTaskAssignments.partnershipId),
				eq(recurringTasks.id, recurringTaskAssignments.taskId)
			)
		)
		.where(
			and(
				eq(recurringTaskAssignments.partnershipId, partnershipId),
				eq(recurringTaskAssignments.membershipId, member.id)
			)
		)
		.orderBy(asc(recurringTasks.title));
	return {
		pilots: pilotRows,
		continuity: continuityRows.map((c) => ({
			...c,
			/** What the leaver is for this contact: the one who keeps it, or the backup. */
			as: c.holderId === member.userId ? ('holder' as const) : ('backup' as const)
		})),
		tasks: taskRows
	};
}
export type WorksheetHoldings = Awaited<ReturnType<typeof readWorksheetHoldings>>;

/** The names of these accounts, by id. */
async function namesOf(db: Executor, ids: (string | null)[]) {
	const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
	const rows = wanted.length
		? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted))
		: [];
	return new Map(rows.map((r) => [r.id, r.name]));
}

/** The record's last saved content, so the new version changes only who holds it. */
async function lastContent(db: Executor, partnershipId: string, ref: RecordRef) {
	const [key, id] = Object.entries(ref)[0] as [keyof typeof recordVersions.$inferSelect, string];
	const column = recordVersions[key as 'pilotId' | 'continuityItemId' | 'recurringTaskId'];
	const [row] = await db
		.select({ content: recordVersions.content })
		.from(recordVersions)
		.where(and(eq(recordVersions.partnershipId, partnershipId), eq(column, id)))
		.orderBy(desc(recordVersions.version), desc(recordVersions.savedAt))
		.limit(1);
	return row?.content ?? {};
}

type Audit = (target: string, detail: Record<string, unknown>) => Promise<void>;

/**
 * Hands the worksheet holdings over: the pilots to `to.pilots` as owner, the contacts to
 * `to.continuity` (holder for holder, backup for backup; someone never backs themselves up, so a
 * successor who already held the other side leaves the contact without a backup, shown on the
 * home), and the task letters to `to.tasks`, keeping the stronger letter where the successor has
 * one (as for a case action's RASCI). Each moved record gets a new version and a history row.
 */
export async function moveWorksheetHoldings(
	tx: Executor,
	{
		partnershipId,
		actorId,
		member,
		holdings,
		to,
		audit
	}: {
		partnershipId: string;
		actorId: string;
		member: Member;
		holdings: WorksheetHoldings;
		to: { pilots: () => Heir; continuity: () => Heir; tasks: () => Heir };
		audit: Audit;
	}
) {
	const now = new Date();
	for (const pilot of holdings.pilots) {
		const next = to.pilots();
		const [row] = await tx
			.update(pilots)
			.set({ ownerId: next.userId, updatedBy: actorId, updatedAt: now, version: sql`${pilots.version} + 1` })
			.where(and(eq(pilots.partnershipId, partnershipId), eq(pilots.id, pilot.id)))
			.returning();
		const names = await namesOf(tx, [row!.ownerId]);
		const ref = { pilotId: pilot.id };
		await addRecordVersion(tx, {
			partnershipId,
			ref,
			version: row!.version,
			action: 'handed_over',
			content: {
				...(await lastContent(tx, partnershipId, ref)),
				title: row!.title,
				aim: row!.aim,
				owner: names.get(row!.ownerId) ?? '',
				startsOn: row!.startsOn,
				lookBackOn: row!.lookBackOn
			},
			savedBy: actorId
		});
		await audit('handover:pilot', { pilotId: pilot.id, to: next.id });
	}
	for (const item of holdings.continuity) {
		const next = to.continuity();
		const holderId = item.holderId === member.userId ? next.userId : item.holderId;
		const backup = item.backupId === member.userId ? next.userId : item.backupId;
		const backupId = backup === holderId ? null : backup;
		const [row] = await tx
			.update(continuityItems)
			.set({ holderId, backupId, updatedBy: actorId, updatedAt: now, version: sql`${continuityItems.version} + 1` })
			.where(and(eq(continuityItems.partnershipId, partnershipId), eq(continuityItems.id, item.id)))
			.returning();
		const names = await namesOf(tx, [holderId, backupId]);
		const ref = { continuityItemId: item.id };
		await addRecordVersion(tx, {
			partnershipId,
			ref,
			version: row!.version,
			action: 'handed_over',
			content: {
				...(await lastContent(tx, partnershipId, ref)),
				contact: row!.contact,
				holder: names.get(holderId) ?? '',
				backup: backupId ? (names.get(backupId) ?? '') : null,
				handoverNote: row!.handoverNote
			},
			savedBy: actorId
		});
		await audit('handover:continuity', { continuityItemId: item.id, as: item.as, to: next.id });
	}
	for (const task of holdings.tasks) {
		const next = to.tasks();
		const [own] = await tx
			.select({ letter: recurringTaskAssignments.letter })
			.from(recurringTaskAssignments)
			.where(
				and(
					eq(recurringTaskAssignments.partnershipId, partnershipId),
					eq(recurringTaskAssignments.taskId, task.taskId),
					eq(recurringTaskAssignments.membershipId, next.id)
				)
			);
		// One letter per member and task: where the successor has one, the stronger stays.
		const letter = own ? strongerLetter(own.letter, task.letter) : task.letter;
		await tx
			.insert(recurringTaskAssignments)
			.values({ partnershipId, taskId: task.taskId, membershipId: next.id, letter })
			.onConflictDoUpdate({
				target: [recurringTaskAssignments.taskId, recurringTaskAssignments.membershipId],
				set: { letter }
			});
		// The leaver's own letter goes with their membership; the history shows the task without it.
		await tx
			.delete(recurringTaskAssignments)
			.where(
				and(
					eq(recurringTaskAssignments.partnershipId, partnershipId),
					eq(recurringTaskAssignments.taskId, task.taskId),
					eq(recurringTaskAssignments.membershipId, member.id)
				)
			);
		const [row] = await tx
			.update(recurringTasks)
			.set({ updatedBy: actorId, updatedAt: now, version: sql`${recurringTasks.version} + 1` })
			.where(and(eq(recurringTasks.partnershipId, partnershipId), eq(recurringTasks.id, task.taskId)))
			.returning();
		const letters = await tx
			.select({ name: users.name, letter: recurringTaskAssignments.letter })
			.from(recurringTaskAssignments)
			.innerJoin(
				memberships,
				and(
					eq(memberships.partnershipId, recurringTaskAssignments.partnershipId),
					eq(memberships.id, recurringTaskAssignments.membershipId)
				)
			)
			.innerJoin(users, eq(users.id, memberships.userId))
			.where(
				and(eq(recurringTaskAssignments.partnershipId, partnershipId), eq(recurringTaskAssignments.taskId, task.taskId))
			)
			.orderBy(asc(recurringTaskAssignments.letter), asc(users.name));
		const ref = { recurringTaskId: task.taskId };
		await addRecordVersion(tx, {
			partnershipId,
			ref,
			version: row!.version,
			action: 'handed_over',
			content: {
				...(await lastContent(tx, partnershipId, ref)),
				title: row!.title,
				description: row!.description,
				frequency: row!.frequency,
				assignments: letters.map((l) => `${l.letter}: ${l.name}`)
			},
			savedBy: actorId
		});
		await audit('handover:task-rasci', { taskId: task.taskId, letter: task.letter, kept: letter, to: next.id });
	}
}
