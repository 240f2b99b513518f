import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { isoDate, makeMember, makePilot, makeTeam, makeUser } from '../../../../tests/factories';
import { learningEntries, pilots, recordVersions } from '$lib/server/db/schema';
import { listRecordContributors, listRecordVersions } from '$lib/domain/worksheets/record-history.server';
import { getLearningEntry } from '$lib/domain/learning/learning.server';
import { lookBackSchema, pilotSchema, pilotState, type LookBackInput, type PilotInput } from './pilot.schema';
import {
	createPilot,
	deletePilot,
	getPilot,
	getPilotForLearningEntry,
	learningTitleFor,
	listPilots,
	lookBack,
	updatePilot
} from './pilot.server';

const { db } = getTestDb();

// A save whose history cannot be written: the look back's last step fails.
const failHistory = vi.hoisted(() => ({ on: false }));
vi.mock('$lib/domain/worksheets/record-history.server', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/domain/worksheets/record-history.server')>();
	return {
		...actual,
		addRecordVersion: async (...args: Parameters<typeof actual.addRecordVersion>) => {
			if (failHistory.on) throw new Error('disk full');
			return actual.addRecordVersion(...args);
		}
	};
});

const plan = (ownerId: string, values: Partial<Record<keyof PilotInput, string>> = {}): PilotInput =>
	pilotSchema.parse({
		title: 'Het CAW op het koffiemoment',
		aim: 'Ouders leren de CAW-medewerker kennen.',
		ownerId,
		startsOn: isoDate(0),
		lookBackOn: isoDate(30),
		...values
	});
const lesson: LookBackInput = {
	kind: 'success',
	wentWell: 'Drie ouders stelden een vraag aan de CAW-medewerker.',
	learned: 'Een vast moment werkt beter dan een folder.'
};

describe('pilot schema', () => {
	it('needs a title, an owner and a look back that is not before the start', () => {
		const bad = pilotSchema.safeParse({ title: ' ', aim: '', ownerId: '', startsOn: '2026-05-10', lookBackOn: '' });
		expect(bad.success).toBe(false);
		const fields = bad.error!.issues.map((i) => i.path[0]);
		expect(fields).toEqual(expect.arrayContaining(['title', 'ownerId', 'lookBackOn']));
		const early = pilotSchema.safeParse({
			title: 'Proef',
			ownerId: crypto.randomUUID(),
			startsOn: '2026-05-10',
			lookBackOn: '2026-05-01'
		});
		expect(early.error?.issues.map((i) => i.path[0])).toEqual(['lookBackOn']);
		expect(
			pilotSchema.safeParse({ title: 'x'.repeat(201), ownerId: crypto.randomUUID(), lookBackOn: '2026-05-01' }).success
		).toBe(false);
		expect(lookBackSchema.safeParse({ kind: 'success', wentWell: 'kort', learned: '' }).success).toBe(false);
	});

	it('tells running, due and looked-back pilots apart', () => {
		expect(pilotState({ lookBackOn: '2026-05-02', lookedBackAt: null }, '2026-05-01')).toBe('lopend');
		expect(pilotState({ lookBackOn: '2026-05-01', lookedBackAt: null }, '2026-05-01')).toBe('terugblikken');
		expect(pilotState({ lookBackOn: '2026-06-01', lookedBackAt: new Date() }, '2026-05-01')).toBe('afgerond');
		expect(learningTitleFor('a'.repeat(200))).toHaveLength(140);
	});
});

describe('pilots', () => {
	it('creates a pilot with its first version, the owner by name', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const created = await createPilot(db, { ...scope, userId: t.coordinator.id, input: plan(t.member.id) });
		expect(created.ok).toBe(true);
		const id = (created as { id: string }).id;
		const found = await getPilot(db, { ...scope, pilotId: id });
		expect(found).toMatchObject({ ownerName: 'Partner', entry: null, pilot: { title: 'Het CAW op het koffiemoment' } });
		const versions = await listRecordVersions(db, { ...scope, ref: { pilotId: id } });
		expect(versions).toHaveLength(1);
		expect(versions[0]).toMatchObject({ version: 1, action: 'created', content: { owner: 'Partner' } });
	});

	it('refuses an observer or a non-member as owner', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const { user: observer } = await makeMember(db, { ...scope, role: 'observer', invitedBy: t.coordinator.id });
		const stranger = await makeUser(db);
		for (const ownerId of [observer.id, stranger.id])
			expect(await createPilot(db, { ...scope, userId: t.coordinator.id, input: plan(ownerId) })).toEqual({
				ok: false,
				reason: 'owner-not-member'
			});
		const { id } = await makePilot(db, { ...scope, userId: t.member.id });
		expect(
			await updatePilot(db, { ...scope, pilotId: id, userId: t.member.id, version: 1, input: plan(observer.id) })
		).toEqual({ ok: false, reason: 'owner-not-member' });
		const [{ n }] = (await db
			.select({ n: count() })
			.from(pilots)
			.where(eq(pilots.partnershipId, t.partnership.id))) as [{ n: number }];
		expect(n).toBe(1);
	});

	it('keeps a version per save, names contributors, and refuses a stale version', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const { id } = await makePilot(db, { ...scope, userId: t.member.id, title: 'Eerste titel' });
		const changed = plan(t.coordinator.id, { title: 'Tweede titel' });
		expect(
			await updatePilot(db, { ...scope, pilotId: id, userId: t.coordinator.id, version: 1, input: changed })
		).toEqual({
			ok: true
		});
		const stale = await updatePilot(db, {
			...scope,
			pilotId: id,
			userId: t.member.id,
			version: 1,
			input: plan(t.member.id, { title: 'Derde titel' })
		});
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { version: 2, title: 'Tweede titel' } });
		const versions = await listRecordVersions(db, { ...scope, ref: { pilotId: id } });
		expect(versions.map((v) => [v.version, v.action, v.content.title, v.content.owner])).toEqual([
			[2, 'updated', 'Tweede titel', t.coordinator.name],
			[1, 'created', 'Eerste titel', 'Partner']
		]);
		expect(await listRecordContributors(db, { ...scope, ref: { pilotId: id } })).toEqual([
			'Partner',
			t.coordinator.name
		]);
	});

	it('turns a look back into exactly one learning-log entry, once', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const { id } = await makePilot(db, { ...scope, userId: t.member.id, title: 'Koffiemoment' });
		const done = await lookBack(db, { ...scope, pilotId: id, userId: t.member.id, version: 1, input: lesson });
		expect(done.ok).toBe(true);
		const entryId = (done as { learningEntryId: string }).learningEntryId;
		const found = await getPilot(db, { ...scope, pilotId: id });
		expect(found?.pilot).toMatchObject({
			wentWell: lesson.wentWell,
			learned: lesson.learned,
			learningEntryId: entryId
		});
		expect(found?.pilot.lookedBackAt).toBeInstanceOf(Date);
		expect(found?.entry).toMatchObject({ id: entryId, title: 'Proefproject: Koffiemoment', kind: 'success' });
		expect((await getLearningEntry(db, { ...scope, entryId }))?.entry).toMatchObject({
			kind: 'success',
			title: 'Proefproject: Koffiemoment',
			description: lesson.wentWell,
			lesson: lesson.learned,
			blocks: ['respect-en-vertrouwen'],
			createdBy: t.member.id
		});
		expect(await getPilotForLearningEntry(db, { ...scope, entryId })).toEqual({ id, title: 'Koffiemoment' });
		const versions = await listRecordVersions(db, { ...scope, ref: { pilotId: id } });
		expect(versions[0]).toMatchObject({ version: 2, action: 'looked_back', content: { learned: lesson.learned } });

		// A second look back (a second tab, or a stale form) makes no second entry.
		expect(await lookBack(db, { ...scope, pilotId: id, userId: t.coordinator.id, version: 2, input: lesson })).toEqual({
			ok: false,
			reason: 'already-looked-back'
		});
		expect(await lookBack(db, { ...scope, pilotId: id, userId: t.coordinator.id, version: 1, input: lesson })).toEqual({
			ok: false,
			reason: 'already-looked-back'
		});
		const entries = await db
			.select({ n: count() })
			.from(learningEntries)
			.where(eq(learningEntries.partnershipId, t.partnership.id));
		expect(entries[0]?.n).toBe(1);
	});

	it('leaves nothing behind when the look back fails halfway (one transaction)', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const { id } = await makePilot(db, { ...scope, userId: t.member.id });
		failHistory.on = true;
		try {
			await expect(
				lookBack(db, { ...scope, pilotId: id, userId: t.member.id, version: 1, input: lesson })
			).rejects.toThrow('disk full');
		} finally {
			failHistory.on = false;
		}
		const entries = await db
			.select({ n: count() })
			.from(learningEntries)
			.where(eq(learningEntries.partnershipId, t.partnership.id));
		expect(entries[0]?.n).toBe(0);
		expect((await getPilot(db, { ...scope, pilotId: id }))?.pilot).toMatchObject({
			lookedBackAt: null,
			learningEntryId: null,
			version: 1
		});
	});

	it('refuses a stale look back with what is stored now', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const { id } = await makePilot(db, { ...scope, userId: t.member.id });
		await updatePilot(db, { ...scope, pilotId: id, userId: t.member.id, version: 1, input: plan(t.member.id) });
		expect(await lookBack(db, { ...scope, pilotId: id, userId: t.member.id, version: 1, input: lesson })).toMatchObject(
			{
				ok: false,
				reason: 'conflict',
				current: { version: 2 }
			}
		);
	});

	it('lists by state, soonest look back first, with counts per state', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const today = isoDate(0);
		const later = await makePilot(db, { ...scope, userId: t.member.id, title: 'Later', lookBackOn: isoDate(40) });
		await makePilot(db, { ...scope, userId: t.member.id, title: 'Binnenkort', lookBackOn: isoDate(5) });
		await makePilot(db, { ...scope, userId: t.member.id, title: 'Vandaag', startsOn: isoDate(-20), lookBackOn: today });
		await lookBack(db, { ...scope, pilotId: later.id, userId: t.member.id, version: 1, input: lesson });
		const all = await listPilots(db, { ...scope, filter: { stand: '' }, today });
		expect(all.pilots.rows.map((p) => [p.title, p.state])).toEqual([
			['Vandaag', 'terugblikken'],
			['Binnenkort', 'lopend'],
			['Later', 'afgerond']
		]);
		expect(all.counts).toEqual({ total: 3, lopend: 1, terugblikken: 1, afgerond: 1 });
		const due = await listPilots(db, { ...scope, filter: { stand: 'terugblikken' }, today });
		expect(due.pilots.rows.map((p) => p.title)).toEqual(['Vandaag']);
		expect((await listPilots(db, { ...scope, filter: { stand: 'afgerond' }, today })).pilots.rows[0]?.ownerName).toBe(
			'Partner'
		);
		const beyond = await listPilots(db, { ...scope, filter: { stand: '' }, page: 5, today });
		expect(beyond.pilots).toMatchObject({ rows: [], total: 3, page: 5 });
	});

	it('lets the maker or a coordinator delete, not another member; the learning entry stays', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const { user: other } = await makeMember(db, { ...scope, role: 'member', invitedBy: t.coordinator.id });
		const { id } = await makePilot(db, { ...scope, userId: t.member.id });
		const done = await lookBack(db, { ...scope, pilotId: id, userId: t.member.id, version: 1, input: lesson });
		expect(await deletePilot(db, { ...scope, pilotId: id, userId: other.id, role: 'member' })).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await deletePilot(db, { ...scope, pilotId: id, userId: t.member.id, role: 'member' })).toEqual({ ok: true });
		expect(await getPilot(db, { ...scope, pilotId: id })).toBeNull();
		const entryId = (done as { learningEntryId: string }).learningEntryId;
		expect(await getLearningEntry(db, { ...scope, entryId })).not.toBeNull();
		const second = await makePilot(db, { ...scope, userId: t.member.id });
		expect(
			await deletePilot(db, { ...scope, pilotId: second.id, userId: t.coordinator.id, role: 'coordinator' })
		).toEqual({ ok: true });
	});

	it('never shows or changes a pilot of another partnership', async () => {
		const a = await makeTeam(db);
		const b = await makeTeam(db);
		const { id } = await makePilot(db, { partnershipId: b.partnership.id, userId: b.member.id, title: 'Van B' });
		const asA = { partnershipId: a.partnership.id, pilotId: id, userId: a.coordinator.id };
		expect(await getPilot(db, { partnershipId: a.partnership.id, pilotId: id })).toBeNull();
		expect((await listPilots(db, { partnershipId: a.partnership.id, filter: { stand: '' } })).pilots.rows).toEqual([]);
		expect(await updatePilot(db, { ...asA, version: 1, input: plan(a.member.id) })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await lookBack(db, { ...asA, version: 1, input: lesson })).toEqual({ ok: false, reason: 'not-found' });
		expect(await deletePilot(db, { ...asA, role: 'coordinator' })).toEqual({ ok: false, reason: 'not-found' });
		// B's owner cannot own A's pilot, and A's member cannot own B's.
		expect(
			await createPilot(db, { partnershipId: a.partnership.id, userId: a.coordinator.id, input: plan(b.member.id) })
		).toEqual({
			ok: false,
			reason: 'owner-not-member'
		});
		const versionsOfB = await db
			.select({ n: count() })
			.from(recordVersions)
			.where(and(eq(recordVersions.partnershipId, a.partnership.id), eq(recordVersions.pilotId, id)));
		expect(versionsOfB[0]?.n).toBe(0);
		expect((await getPilot(db, { partnershipId: b.partnership.id, pilotId: id }))?.pilot).toMatchObject({
			title: 'Van B',
			version: 1,
			lookedBackAt: null
		});
		const entriesOfB = await db
			.select({ n: count() })
			.from(learningEntries)
			.where(eq(learningEntries.partnershipId, b.partnership.id));
		expect(entriesOfB[0]?.n).toBe(0);
	});
});
