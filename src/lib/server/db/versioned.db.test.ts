import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeLearningEntry, makeTeam } from '../../../../tests/factories';
import { goals, learningEntries } from './schema';
import { lockVersioned, saveVersioned, updateVersioned } from './versioned';

const { db } = getTestDb();

describe('versioned saves', () => {
	it('saves from the stored version, bumps it, and calls a stale version a conflict with what is stored', async () => {
		const t = await makeTeam(db);
		const entry = await makeLearningEntry(db, { partnershipId: t.partnership.id, userId: t.member.id });
		const match = [eq(learningEntries.partnershipId, t.partnership.id), eq(learningEntries.id, entry.id)];
		const first = await updateVersioned(db, learningEntries, { match, version: 1, set: { title: 'Eerste' } });
		expect(first).toMatchObject({ ok: true, row: { title: 'Eerste', version: 2 } });
		const stale = await updateVersioned(db, learningEntries, { match, version: 1, set: { title: 'Tweede' } });
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { title: 'Eerste', version: 2 } });
	});

	it('does not find a record of another partnership, even with the right version', async () => {
		const t = await makeTeam(db);
		const other = await makeTeam(db);
		const entry = await makeLearningEntry(db, { partnershipId: t.partnership.id, userId: t.member.id });
		const match = [eq(learningEntries.partnershipId, other.partnership.id), eq(learningEntries.id, entry.id)];
		expect(await updateVersioned(db, learningEntries, { match, version: 1, set: { title: 'X' } })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await lockVersioned(db, learningEntries, { match, version: 1 })).toEqual({ ok: false, reason: 'not-found' });
	});

	it('locks a row only at the version the editor started from', async () => {
		const t = await makeTeam(db);
		const entry = await makeLearningEntry(db, { partnershipId: t.partnership.id, userId: t.member.id });
		const match = [eq(learningEntries.partnershipId, t.partnership.id), eq(learningEntries.id, entry.id)];
		const result = await db.transaction(async (tx) => [
			await lockVersioned(tx, learningEntries, { match, version: 1 }),
			await lockVersioned(tx, learningEntries, { match, version: 7 })
		]);
		expect(result[0]).toMatchObject({ ok: true, row: { id: entry.id } });
		expect(result[1]).toMatchObject({ ok: false, reason: 'conflict', current: { version: 1 } });
	});

	it('makes a record at version 0 once; a second first save is a conflict', async () => {
		const t = await makeTeam(db);
		const match = [eq(goals.partnershipId, t.partnership.id)];
		const save = (why: string) =>
			saveVersioned(db, goals, {
				match,
				version: 0,
				set: { why },
				insert: { partnershipId: t.partnership.id, why, updatedBy: t.coordinator.id },
				unique: goals.partnershipId
			});
		expect(await save('Eerst')).toMatchObject({ ok: true, row: { why: 'Eerst', version: 1 } });
		expect(await save('Later')).toMatchObject({ ok: false, reason: 'conflict', current: { why: 'Eerst' } });
	});
});
