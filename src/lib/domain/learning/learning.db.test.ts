import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeLearningEntry, makeTeam } from '../../../../tests/factories';
import { auditLog } from '$lib/server/db/schema';
import {
	createLearningEntry,
	deleteLearningEntry,
	getLearningEntry,
	listLearningEntries,
	updateLearningEntry
} from './learning.server';
import type { LearningEntryInput } from './learning.schema';

const { db } = getTestDb();

const success: LearningEntryInput = {
	kind: 'success',
	title: 'Samen één gesprek',
	description: 'De diensten zaten samen aan tafel met het gezin.',
	lesson: 'Vaker doen.',
	blocks: ['relatie', 'communicatie']
};
const bottleneck: LearningEntryInput = {
	kind: 'bottleneck',
	title: 'Geen terugkoppeling',
	description: 'De school hoorde niets na de doorverwijzing.',
	lesson: '',
	blocks: ['communicatie']
};
const all = { soort: '', bouwsteen: '' } as const;

describe('learning log', () => {
	it('lists entries with filters by kind and block, and counts over the whole log', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		await createLearningEntry(db, { ...scope, userId: t.member.id, input: success });
		await createLearningEntry(db, { ...scope, userId: t.coordinator.id, input: bottleneck });
		const everything = await listLearningEntries(db, { ...scope, filter: all });
		expect(everything.entries.rows.map((e) => e.title)).toEqual(['Geen terugkoppeling', 'Samen één gesprek']);
		expect(everything.entries.rows[1]?.authorName).toBe('Partner');
		expect(everything.counts).toMatchObject({
			total: 2,
			kind: { success: 1, bottleneck: 1 },
			block: { communicatie: 2, relatie: 1, betrokkenheid: 0 }
		});
		const bottlenecks = await listLearningEntries(db, { ...scope, filter: { soort: 'bottleneck', bouwsteen: '' } });
		expect(bottlenecks.entries.rows.map((e) => e.title)).toEqual(['Geen terugkoppeling']);
		expect(bottlenecks.counts.total).toBe(2);
		const relatie = await listLearningEntries(db, { ...scope, filter: { soort: '', bouwsteen: 'relatie' } });
		expect(relatie.entries.rows.map((e) => e.title)).toEqual(['Samen één gesprek']);
		expect(
			(await listLearningEntries(db, { ...scope, filter: { soort: 'bottleneck', bouwsteen: 'relatie' } })).entries.rows
		).toEqual([]);
	});

	it('shows one page of 25 at a time, newest first, with the total of the filtered list', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		for (let i = 0; i < 27; i++)
			await makeLearningEntry(db, { ...scope, userId: t.member.id, title: `Knelpunt ${String(i).padStart(2, '0')}` });
		await createLearningEntry(db, { ...scope, userId: t.member.id, input: success });
		const first = await listLearningEntries(db, { ...scope, filter: { soort: 'bottleneck', bouwsteen: '' } });
		expect(first.entries).toMatchObject({ total: 27, page: 1, pages: 2, pageSize: 25 });
		expect(first.entries.rows).toHaveLength(25);
		expect(first.entries.rows[0]?.title).toBe('Knelpunt 26');
		const second = await listLearningEntries(db, { ...scope, filter: { soort: 'bottleneck', bouwsteen: '' }, page: 2 });
		expect(second.entries.rows.map((e) => e.title)).toEqual(['Knelpunt 01', 'Knelpunt 00']);
		const beyond = await listLearningEntries(db, { ...scope, filter: all, page: 9 });
		expect(beyond.entries).toMatchObject({ rows: [], total: 28, page: 9, pages: 2 });
	});

	it('never shows or changes an entry of another partnership', async () => {
		const t = await makeTeam(db);
		const other = await makeTeam(db);
		const { id } = await createLearningEntry(db, {
			partnershipId: other.partnership.id,
			userId: other.coordinator.id,
			input: success
		});
		expect((await listLearningEntries(db, { partnershipId: t.partnership.id, filter: all })).entries.rows).toEqual([]);
		expect(await getLearningEntry(db, { partnershipId: t.partnership.id, entryId: id })).toBeNull();
		const asCoordinatorOfT = {
			partnershipId: t.partnership.id,
			entryId: id,
			userId: t.coordinator.id,
			role: 'coordinator' as const
		};
		expect(await updateLearningEntry(db, { ...asCoordinatorOfT, version: 1, input: bottleneck })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await deleteLearningEntry(db, asCoordinatorOfT)).toEqual({ ok: false, reason: 'not-found' });
		expect((await getLearningEntry(db, { partnershipId: other.partnership.id, entryId: id }))?.entry.title).toBe(
			success.title
		);
	});

	it('lets the author and a coordinator edit, refuses others and stale versions', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const { id } = await createLearningEntry(db, { ...scope, userId: t.coordinator.id, input: success });
		const asMember = { ...scope, entryId: id, userId: t.member.id, role: 'member' as const };
		expect(await updateLearningEntry(db, { ...asMember, version: 1, input: bottleneck })).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await deleteLearningEntry(db, asMember)).toEqual({ ok: false, reason: 'forbidden' });

		const mine = await createLearningEntry(db, { ...scope, userId: t.member.id, input: bottleneck });
		const own = { ...scope, entryId: mine.id, userId: t.member.id, role: 'member' as const };
		expect(
			await updateLearningEntry(db, { ...own, version: 1, input: { ...bottleneck, lesson: 'Vraag een korte status.' } })
		).toEqual({ ok: true });
		const stale = await updateLearningEntry(db, { ...own, version: 1, input: bottleneck });
		expect(stale).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { version: 2, lesson: 'Vraag een korte status.' }
		});
		const byCoordinator = { ...scope, entryId: mine.id, userId: t.coordinator.id, role: 'coordinator' as const };
		expect(await updateLearningEntry(db, { ...byCoordinator, version: 2, input: success })).toEqual({ ok: true });
		expect(await deleteLearningEntry(db, byCoordinator)).toEqual({ ok: true });
		expect(await getLearningEntry(db, { ...scope, entryId: mine.id })).toBeNull();
	});

	it('records a "save anyway" in the audit log, without a case', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const { id } = await createLearningEntry(db, { ...scope, userId: t.member.id, input: success, savedAnyway: true });
		await createLearningEntry(db, { ...scope, userId: t.member.id, input: bottleneck });
		await updateLearningEntry(db, {
			...scope,
			entryId: id,
			userId: t.member.id,
			role: 'member' as const,
			version: 1,
			input: success,
			savedAnyway: true
		});
		const rows = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.partnershipId, t.partnership.id), eq(auditLog.target, 'learning')));
		expect(rows).toHaveLength(2);
		expect(rows.every((r) => r.caseId === null && r.action === 'save-anyway' && r.userId === t.member.id)).toBe(true);
		expect(rows[0]?.detail).toEqual({ entryId: id });
	});
});
