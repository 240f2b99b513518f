import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeMember, makeTeam, makeUser } from '../../../../tests/factories';
import { memberships, recurringTaskAssignments } from '$lib/server/db/schema';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { getDraft, saveDraft } from '$lib/domain/drafts/draft.server';
import { listRecordContributors, listRecordVersions } from '$lib/domain/worksheets/record-history.server';
import {
	createRecurringTask,
	deleteRecurringTask,
	getRecurringTask,
	listRecurringTasks,
	setTaskAssignments,
	updateRecurringTask
} from './recurring-task.server';
import type { RecurringTaskInput, TaskFilter } from './recurring-task.schema';

const { db } = getTestDb();

const meeting: RecurringTaskInput = {
	title: 'Het overleg voorbereiden',
	description: 'De agenda rondsturen en de zaal boeken.',
	frequency: 'monthly'
};
const newsletter: RecurringTaskInput = { title: 'De nieuwsbrief', description: '', frequency: 'trimester' };
const all: TaskFilter = { frequentie: '', van: '' };

async function membershipOf(partnershipId: string, userId: string) {
	const [row] = await db
		.select({ id: memberships.id })
		.from(memberships)
		.where(and(eq(memberships.partnershipId, partnershipId), eq(memberships.userId, userId)));
	return row!.id;
}

/** A coordinator, a member and an observer, with their memberships. */
async function world() {
	const t = await makeTeam(db);
	const partnershipId = t.partnership.id;
	const observer = await makeMember(db, {
		partnershipId,
		role: 'observer',
		user: await makeUser(db, { name: 'Waarnemer' }),
		invitedBy: t.coordinator.id
	});
	return {
		...t,
		partnershipId,
		coordinatorMs: await membershipOf(partnershipId, t.coordinator.id),
		memberMs: t.membership.id,
		observerMs: observer.membership.id
	};
}

describe('recurring tasks', () => {
	it('creates a task with a first version, and reads it back in this partnership only', async () => {
		const w = await world();
		const { id } = await createRecurringTask(db, {
			partnershipId: w.partnershipId,
			userId: w.member.id,
			input: meeting
		});
		const found = await getRecurringTask(db, { partnershipId: w.partnershipId, taskId: id });
		expect(found?.task).toMatchObject({ ...meeting, version: 1, createdBy: w.member.id });
		expect(found?.makerName).toBe('Partner');
		const versions = await listRecordVersions(db, { partnershipId: w.partnershipId, ref: { recurringTaskId: id } });
		expect(versions).toHaveLength(1);
		expect(versions[0]).toMatchObject({ version: 1, action: 'created', savedByName: 'Partner' });
		expect(versions[0]!.content).toEqual({ ...meeting, rasci: '' });

		const other = await makeTeam(db);
		expect(await getRecurringTask(db, { partnershipId: other.partnership.id, taskId: id })).toBeNull();
	});

	it('sets a RASCI by the rule of case actions, bumps the version and keeps it as text in the history', async () => {
		const w = await world();
		const scope = { partnershipId: w.partnershipId };
		const { id } = await createRecurringTask(db, { ...scope, userId: w.coordinator.id, input: meeting });
		// No A, two A's, one letter twice for a person: refused, nothing stored.
		for (const assignments of [
			[{ membershipId: w.memberMs, letter: 'R' as const }],
			[
				{ membershipId: w.memberMs, letter: 'A' as const },
				{ membershipId: w.coordinatorMs, letter: 'A' as const }
			],
			[{ membershipId: w.memberMs, letter: 'A' as const }],
			[
				{ membershipId: w.memberMs, letter: 'A' as const },
				{ membershipId: w.memberMs, letter: 'R' as const }
			]
		]) {
			const refused = await setTaskAssignments(db, {
				...scope,
				taskId: id,
				userId: w.coordinator.id,
				version: 1,
				assignments
			});
			expect(refused).toMatchObject({ ok: false, reason: 'invalid' });
		}
		expect((await getRecurringTask(db, { ...scope, taskId: id }))?.assignments).toEqual([]);

		const saved = await setTaskAssignments(db, {
			...scope,
			taskId: id,
			userId: w.member.id,
			version: 1,
			assignments: [
				{ membershipId: w.memberMs, letter: 'R' },
				{ membershipId: w.coordinatorMs, letter: 'A' }
			]
		});
		expect(saved).toEqual({ ok: true });
		const found = await getRecurringTask(db, { ...scope, taskId: id });
		expect(found?.task.version).toBe(2);
		expect(found?.assignments.map((a) => [a.name, a.letter])).toEqual([
			['Coördinator', 'A'],
			['Partner', 'R']
		]);
		const versions = await listRecordVersions(db, { ...scope, ref: { recurringTaskId: id } });
		expect(versions.map((v) => v.version)).toEqual([2, 1]);
		expect(versions[0]!.content.rasci).toBe('A: Coördinator, R: Partner');
		expect(await listRecordContributors(db, { ...scope, ref: { recurringTaskId: id } })).toEqual([
			'Coördinator',
			'Partner'
		]);

		// A stale version is a conflict, and the RASCI stays as it was.
		const stale = await setTaskAssignments(db, {
			...scope,
			taskId: id,
			userId: w.member.id,
			version: 1,
			assignments: [
				{ membershipId: w.memberMs, letter: 'A' },
				{ membershipId: w.coordinatorMs, letter: 'R' }
			]
		});
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { version: 2 } });
		expect(
			(await getRecurringTask(db, { ...scope, taskId: id }))?.assignments.find((a) => a.letter === 'A')?.name
		).toBe('Coördinator');
	});

	it('refuses observers and people of another partnership as holders', async () => {
		const w = await world();
		const scope = { partnershipId: w.partnershipId };
		const { id } = await createRecurringTask(db, { ...scope, userId: w.coordinator.id, input: meeting });
		const other = await makeTeam(db);
		for (const stranger of [w.observerMs, other.membership.id]) {
			const refused = await setTaskAssignments(db, {
				...scope,
				taskId: id,
				userId: w.coordinator.id,
				version: 1,
				assignments: [
					{ membershipId: w.memberMs, letter: 'R' },
					{ membershipId: stranger, letter: 'A' }
				]
			});
			expect(refused).toEqual({ ok: false, reason: 'not-eligible' });
		}
		const rows = await db.select().from(recurringTaskAssignments).where(eq(recurringTaskAssignments.taskId, id));
		expect(rows).toEqual([]);
		expect((await getRecurringTask(db, { ...scope, taskId: id }))?.task.version).toBe(1);
	});

	it('updates with a version, and a stale save is a conflict with what is stored', async () => {
		const w = await world();
		const scope = { partnershipId: w.partnershipId };
		const { id } = await createRecurringTask(db, { ...scope, userId: w.coordinator.id, input: meeting });
		const first = await updateRecurringTask(db, {
			...scope,
			taskId: id,
			userId: w.member.id,
			version: 1,
			input: { ...meeting, frequency: 'weekly' }
		});
		expect(first).toEqual({ ok: true });
		const second = await updateRecurringTask(db, {
			...scope,
			taskId: id,
			userId: w.coordinator.id,
			version: 1,
			input: { ...meeting, title: 'Iets anders' }
		});
		expect(second).toMatchObject({ ok: false, reason: 'conflict', current: { version: 2, frequency: 'weekly' } });
		const versions = await listRecordVersions(db, { ...scope, ref: { recurringTaskId: id } });
		expect(versions.map((v) => [v.version, v.action, v.content.frequency])).toEqual([
			[2, 'updated', 'weekly'],
			[1, 'created', 'monthly']
		]);
	});

	it('lists a page with filters by frequency and "mine", and counts over all tasks', async () => {
		const w = await world();
		const scope = { partnershipId: w.partnershipId };
		const a = await createRecurringTask(db, { ...scope, userId: w.coordinator.id, input: meeting });
		await createRecurringTask(db, { ...scope, userId: w.coordinator.id, input: newsletter });
		await setTaskAssignments(db, {
			...scope,
			taskId: a.id,
			userId: w.coordinator.id,
			version: 1,
			assignments: [
				{ membershipId: w.memberMs, letter: 'A' },
				{ membershipId: w.coordinatorMs, letter: 'R' }
			]
		});
		const everything = await listRecurringTasks(db, { ...scope, userId: w.member.id, filter: all });
		expect(everything.tasks.rows.map((t) => t.title)).toEqual(['De nieuwsbrief', 'Het overleg voorbereiden']);
		expect(everything.tasks.rows[1]!.assignments).toHaveLength(2);
		expect(everything.counts).toMatchObject({ total: 2, mine: 1, frequency: { monthly: 1, trimester: 1 } });
		const mine = await listRecurringTasks(db, {
			...scope,
			userId: w.member.id,
			filter: { frequentie: '', van: 'mij' }
		});
		expect(mine.tasks.rows.map((t) => t.title)).toEqual(['Het overleg voorbereiden']);
		const termly = await listRecurringTasks(db, {
			...scope,
			userId: w.member.id,
			filter: { frequentie: 'trimester', van: '' }
		});
		expect(termly.tasks.rows.map((t) => t.title)).toEqual(['De nieuwsbrief']);
		const coordinatorMine = await listRecurringTasks(db, {
			...scope,
			userId: w.coordinator.id,
			filter: { frequentie: '', van: 'mij' }
		});
		expect(coordinatorMine.tasks.total).toBe(1);

		// Another partnership sees none of them.
		const other = await makeTeam(db);
		const theirs = await listRecurringTasks(db, {
			partnershipId: other.partnership.id,
			userId: other.member.id,
			filter: all
		});
		expect(theirs.tasks.total).toBe(0);
		expect(theirs.counts.total).toBe(0);
	});

	it('pages 25 at a time', async () => {
		const w = await world();
		for (let i = 0; i < 27; i++)
			await createRecurringTask(db, {
				partnershipId: w.partnershipId,
				userId: w.coordinator.id,
				input: { ...meeting, title: `Taak ${String(i).padStart(2, '0')}` }
			});
		const second = await listRecurringTasks(db, {
			partnershipId: w.partnershipId,
			userId: w.member.id,
			filter: all,
			page: 2
		});
		expect(second.tasks).toMatchObject({ total: 27, page: 2, pages: 2 });
		expect(second.tasks.rows.map((t) => t.title)).toEqual(['Taak 25', 'Taak 26']);
	});

	it('lets the maker or a coordinator delete a task; another member or partnership cannot', async () => {
		const w = await world();
		const scope = { partnershipId: w.partnershipId };
		const other = await makeMember(db, { partnershipId: w.partnershipId, invitedBy: w.coordinator.id });
		const byMember = await createRecurringTask(db, { ...scope, userId: w.member.id, input: meeting });
		expect(
			await deleteRecurringTask(db, { ...scope, taskId: byMember.id, userId: other.user.id, role: 'member' })
		).toEqual({ ok: false, reason: 'forbidden' });
		const foreign = await makeTeam(db);
		expect(
			await deleteRecurringTask(db, {
				partnershipId: foreign.partnership.id,
				taskId: byMember.id,
				userId: foreign.coordinator.id,
				role: 'coordinator'
			})
		).toEqual({ ok: false, reason: 'not-found' });
		expect(
			await updateRecurringTask(db, {
				partnershipId: foreign.partnership.id,
				taskId: byMember.id,
				userId: foreign.coordinator.id,
				version: 1,
				input: newsletter
			})
		).toEqual({ ok: false, reason: 'not-found' });
		expect(
			await deleteRecurringTask(db, { ...scope, taskId: byMember.id, userId: w.member.id, role: 'member' })
		).toEqual({
			ok: true
		});
		const byOther = await createRecurringTask(db, { ...scope, userId: other.user.id, input: meeting });
		expect(
			await deleteRecurringTask(db, { ...scope, taskId: byOther.id, userId: w.coordinator.id, role: 'coordinator' })
		).toEqual({ ok: true });
		expect(await getRecurringTask(db, { ...scope, taskId: byOther.id })).toBeNull();
	});
	it('keeps a draft of a task’s edit form only for a task of this partnership', async () => {
		const w = await world();
		const { id } = await createRecurringTask(db, {
			partnershipId: w.partnershipId,
			userId: w.member.id,
			input: meeting
		});
		const values = { title: 'Half getypt', description: '', frequency: 'weekly' };
		const mine = await saveDraft(db, {
			partnershipId: w.partnershipId,
			userId: w.member.id,
			formKey: draftKey.task(id),
			values,
			version: 1
		});
		expect(mine.ok).toBe(true);
		const other = await makeTeam(db);
		const theirs = await saveDraft(db, {
			partnershipId: other.partnership.id,
			userId: other.member.id,
			formKey: draftKey.task(id),
			values,
			version: 1
		});
		expect(theirs).toEqual({ ok: false, reason: 'not-found' });
		expect(
			await getDraft(db, { partnershipId: other.partnership.id, userId: other.member.id, formKey: draftKey.task(id) })
		).toBeNull();
	});
});
