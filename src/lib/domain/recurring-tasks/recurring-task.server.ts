// Recurring tasks of the partnership with their RASCI (method "afstemming en taakafbakening"). Every
// query names the partnership, joins included. Each save bumps the task's version and adds a
// version to its history (record-history.server), with the RASCI as text.
import { and, asc, count, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import { memberships, recurringTaskAssignments, recurringTasks, users } from '$lib/server/db/schema';
import { personName } from '$lib/domain/auth/person-name';
import { rasciProblem, type Assignment, type RasciLetter } from '$lib/domain/cases/rasci';
import { allMayHold } from '$lib/domain/partnerships/partnership.server';
import { canOn, type Role } from '$lib/domain/permissions/permissions';
import { addRecordVersion } from '$lib/domain/worksheets/record-history.server';
import { paged, qualified, totalOver } from '$lib/server/db/paged';
import { lockVersioned, updateVersioned } from '$lib/server/db/versioned';
import type { RecurringTaskInput, TaskFilter } from './recurring-task.schema';
import { rasciText } from './rasci-text';

export type RecurringTaskRow = typeof recurringTasks.$inferSelect;
export type TaskAssignment = { membershipId: string; userId: string; letter: RasciLetter; name: string };

type Scope = { partnershipId: string };

/** The RASCI of these tasks, by task, with the holders' names. */
async function assignmentsOf(db: Executor, partnershipId: string, taskIds: string[]) {
	const byTask = new Map<string, TaskAssignment[]>();
	if (taskIds.length === 0) return byTask;
	const rows = await db
		.select({
			taskId: recurringTaskAssignments.taskId,
			membershipId: recurringTaskAssignments.membershipId,
			userId: memberships.userId,
			letter: recurringTaskAssignments.letter,
			name: personName()
		})
		.from(recurringTaskAssignments)
		.innerJoin(
			memberships,
			and(
				eq(memberships.id, recurringTaskAssignments.membershipId),
				eq(memberships.partnershipId, recurringTaskAssignments.partnershipId)
			)
		)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(
			and(eq(recurringTaskAssignments.partnershipId, partnershipId), inArray(recurringTaskAssignments.taskId, taskIds))
		)
		.orderBy(asc(users.name));
	for (const { taskId, ...row } of rows) byTask.set(taskId, [...(byTask.get(taskId) ?? []), row]);
	return byTask;
}

/** The task as its history keeps it: the fields, and the RASCI with names. */
async function addTaskVersion(
	tx: Executor,
	{
		partnershipId,
		task,
		userId,
		action
	}: Scope & { task: RecurringTaskRow; userId: string; action: 'created' | 'updated' }
) {
	const rasci = (await assignmentsOf(tx, partnershipId, [task.id])).get(task.id) ?? [];
	await addRecordVersion(tx, {
		partnershipId,
		ref: { recurringTaskId: task.id },
		version: task.version,
		action,
		content: { title: task.title, description: task.description, frequency: task.frequency, rasci: rasciText(rasci) },
		savedBy: userId
	});
}

export async function createRecurringTask(
	db: Db,
	{ partnershipId, userId, input }: Scope & { userId: string; input: RecurringTaskInput }
): Promise<{ id: string }> {
	return db.transaction(async (tx) => {
		const [task] = await tx
			.insert(recurringTasks)
			.values({ partnershipId, ...input, createdBy: userId, updatedBy: userId })
			.returning();
		await addTaskVersion(tx, { partnershipId, task: task!, userId, action: 'created' });
		return { id: task!.id };
	});
}

/** One task of this partnership with its RASCI and its maker's name; null when it is not one. */
export async function getRecurringTask(db: Executor, { partnershipId, taskId }: Scope & { taskId: string }) {
	const [row] = await db
		.select({ task: recurringTasks, makerName: personName() })
		.from(recurringTasks)
		.leftJoin(users, eq(users.id, recurringTasks.createdBy))
		.where(and(eq(recurringTasks.partnershipId, partnershipId), eq(recurringTasks.id, taskId)));
	if (!row) return null;
	const assignments = (await assignmentsOf(db, partnershipId, [taskId])).get(taskId) ?? [];
	return { ...row, assignments };
}

/**
 * One page of the tasks (by title), each with its RASCI, and the counts over all tasks: per
 * frequency, and those where I have a letter.
 */
export async function listRecurringTasks(
	db: Db,
	{ partnershipId, userId, filter, page = 1 }: Scope & { userId: string; filter: TaskFilter; page?: number }
) {
	const mine = exists(
		db
			.select({ one: sql`1` })
			.from(recurringTaskAssignments)
			.innerJoin(
				memberships,
				and(
					eq(memberships.id, recurringTaskAssignments.membershipId),
					eq(memberships.partnershipId, recurringTaskAssignments.partnershipId)
				)
			)
			.where(
				and(
					eq(recurringTaskAssignments.partnershipId, partnershipId),
					sql`${recurringTaskAssignments.taskId} = ${qualified(recurringTasks.id)}`,
					eq(memberships.userId, userId)
				)
			)
	);
	const where: SQL[] = [eq(recurringTasks.partnershipId, partnershipId)];
	if (filter.frequentie) where.push(eq(recurringTasks.frequency, filter.frequentie));
	if (filter.van === 'mij') where.push(mine);
	const [tasks, byFrequency, [mineRow]] = await Promise.all([
		paged(
			({ limit, offset }) =>
				db
					.select({
						id: recurringTasks.id,
						title: recurringTasks.title,
						description: recurringTasks.description,
						frequency: recurringTasks.frequency,
						updatedAt: recurringTasks.updatedAt,
						total: totalOver
					})
					.from(recurringTasks)
					.where(and(...where))
					.orderBy(asc(recurringTasks.title), asc(recurringTasks.id))
					.limit(limit)
					.offset(offset),
			async () =>
				(
					await db
						.select({ n: count() })
						.from(recurringTasks)
						.where(and(...where))
				)[0]?.n ?? 0,
			page
		),
		db
			.select({ frequency: recurringTasks.frequency, n: count() })
			.from(recurringTasks)
			.where(eq(recurringTasks.partnershipId, partnershipId))
			.groupBy(recurringTasks.frequency),
		db
			.select({ n: count() })
			.from(recurringTasks)
			.where(and(eq(recurringTasks.partnershipId, partnershipId), mine))
	]);
	const rasci = await assignmentsOf(
		db,
		partnershipId,
		tasks.rows.map((t) => t.id)
	);
	const counts = {
		total: byFrequency.reduce((sum, r) => sum + r.n, 0),
		frequency: Object.fromEntries(byFrequency.map((r) => [r.frequency, r.n])) as Record<string, number>,
		mine: mineRow?.n ?? 0
	};
	return {
		tasks: { ...tasks, rows: tasks.rows.map((t) => ({ ...t, assignments: rasci.get(t.id) ?? [] })) },
		counts
	};
}

export type UpdateTaskResult =
	{ ok: true } | { ok: false; reason: 'not-found' } | { ok: false; reason: 'conflict'; current: RecurringTaskRow };

/** Changes a task's title, description and frequency; a stale version is a conflict. */
export async function updateRecurringTask(
	db: Db,
	{
		partnershipId,
		taskId,
		userId,
		version,
		input
	}: Scope & { taskId: string; userId: string; version: number; input: RecurringTaskInput }
): Promise<UpdateTaskResult> {
	return db.transaction(async (tx) => {
		const match = [eq(recurringTasks.partnershipId, partnershipId), eq(recurringTasks.id, taskId)];
		const saved = await updateVersioned(tx, recurringTasks, {
			match,
			version,
			set: { ...input, updatedBy: userId, updatedAt: new Date() }
		});
		if (!saved.ok) return saved;
		await addTaskVersion(tx, { partnershipId, task: saved.row, userId, action: 'updated' });
		return { ok: true } as const;
	});
}

export type TaskRasciResult =
	| { ok: true }
	| { ok: false; reason: 'not-found' | 'not-eligible' }
	| { ok: false; reason: 'invalid'; message: string }
	| { ok: false; reason: 'conflict'; current: RecurringTaskRow };

/**
 * Replaces the RASCI of a task, after the rule of a case action's (one A, at least one R, one
 * letter a person). Every holder must be a member who may hold 'task:rasci'. A new version.
 */
export async function setTaskAssignments(
	db: Db,
	{
		partnershipId,
		taskId,
		userId,
		version,
		assignments
	}: Scope & { taskId: string; userId: string; version: number; assignments: Assignment[] }
): Promise<TaskRasciResult> {
	const problem = rasciProblem(assignments);
	if (problem) return { ok: false, reason: 'invalid', message: problem };
	return db.transaction(async (tx) => {
		const match = [eq(recurringTasks.partnershipId, partnershipId), eq(recurringTasks.id, taskId)];
		const locked = await lockVersioned(tx, recurringTasks, { match, version });
		if (!locked.ok) return locked;
		const holders = assignments.map((a) => a.membershipId);
		if (!(await allMayHold(tx, { partnershipId, holding: 'task:rasci', membershipIds: holders })))
			return { ok: false, reason: 'not-eligible' } as const;
		await tx
			.delete(recurringTaskAssignments)
			.where(
				and(eq(recurringTaskAssignments.partnershipId, partnershipId), eq(recurringTaskAssignments.taskId, taskId))
			);
		await tx.insert(recurringTaskAssignments).values(assignments.map((a) => ({ partnershipId, taskId, ...a })));
		const saved = await updateVersioned(tx, recurringTasks, {
			match,
			version,
			set: { updatedBy: userId, updatedAt: new Date() }
		});
		if (!saved.ok) throw new Error('a locked task could not be saved');
		await addTaskVersion(tx, { partnershipId, task: saved.row, userId, action: 'updated' });
		return { ok: true } as const;
	});
}

/** Whether this user may delete the task: its maker, or a coordinator (worksheet:delete:own / :any). */
export function mayDeleteTask(task: { createdBy: string | null }, { userId, role }: { userId: string; role: Role }) {
	return canOn(role, 'worksheet:delete', { ownerId: task.createdBy, userId });
}

export async function deleteRecurringTask(
	db: Db,
	{ partnershipId, taskId, userId, role }: Scope & { taskId: string; userId: string; role: Role }
): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'forbidden' }> {
	return db.transaction(async (tx) => {
		const match = and(eq(recurringTasks.partnershipId, partnershipId), eq(recurringTasks.id, taskId));
		const [current] = await tx
			.select({ createdBy: recurringTasks.createdBy })
			.from(recurringTasks)
			.where(match)
			.for('update');
		if (!current) return { ok: false, reason: 'not-found' } as const;
		if (!mayDeleteTask(current, { userId, role })) return { ok: false, reason: 'forbidden' } as const;
		await tx.delete(recurringTasks).where(match);
		return { ok: true } as const;
	});
}
