import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makePartnership } from '../../../../tests/factories';
import { getRoleCard, listSavedRoleCards, roleCardStatus, saveRoleCard, saveRoleCardDraft } from './role-card.server';

const { db } = getTestDb();

describe('role cards', () => {
	it('keeps a draft apart from the saved card, and clears it on save', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const ids = { partnershipId: partnership.id, userId: coordinator.id };
		await saveRoleCardDraft(db, { ...ids, draft: { coreTask: 'half af' } });
		let card = await getRoleCard(db, ids);
		expect(roleCardStatus(card)).toBe('draft');
		expect(card?.answers).toBeNull();
		expect(await listSavedRoleCards(db, partnership.id)).toHaveLength(0);

		const saved = await saveRoleCard(db, { ...ids, answers: { coreTask: 'Leerlingen begeleiden' }, version: 0 });
		expect(saved.ok).toBe(true);
		card = await getRoleCard(db, ids);
		expect(roleCardStatus(card)).toBe('saved');
		expect(card?.draft).toBeNull();
		expect(card?.version).toBe(1);
		expect((await listSavedRoleCards(db, partnership.id))[0]?.answers).toEqual({ coreTask: 'Leerlingen begeleiden' });
	});

	it('refuses a save from a stale version instead of overwriting', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const ids = { partnershipId: partnership.id, userId: coordinator.id };
		expect((await saveRoleCard(db, { ...ids, answers: { coreTask: 'eerste venster' }, version: 0 })).ok).toBe(true);
		const stale = await saveRoleCard(db, { ...ids, answers: { coreTask: 'tweede venster' }, version: 0 });
		expect(stale.ok).toBe(false);
		if (!stale.ok) expect(stale.current.answers).toEqual({ coreTask: 'eerste venster' });
		expect((await getRoleCard(db, ids))?.answers).toEqual({ coreTask: 'eerste venster' });
	});
});
