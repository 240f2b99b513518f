import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { roleCards } from '$lib/server/db/schema';
import type { WorksheetAnswers } from '$lib/domain/worksheets/worksheet';
import { updateVersioned } from '$lib/server/db/versioned';

export type RoleCard = typeof roleCards.$inferSelect;
export { roleCardStatus, type RoleCardStatus } from './role-card';
export async function getRoleCard(db: Db, { partnershipId, userId }: { partnershipId: string; userId: string }) {
	const [card] = await db
		.select()
		.from(roleCards)
		.where(and(eq(roleCards.partnershipId, partnershipId), eq(roleCards.userId, userId)));
	return card ?? null;
}

export type SaveResult = { ok: true; card: RoleCard } | { ok: false; reason: 'conflict'; current: RoleCard };

/**
 * Saves the card and clears the draft. `version` is the one the form was loaded with:
 * a save from an older tab gets a conflict instead of silently overwriting.
 */
export async function saveRoleCard(
	db: Db,
	{
		partnershipId,
		userId,
		answers,
		version
	}: { partnershipId: string; userId: string; answers: WorksheetAnswers; version: number }
): Promise<SaveResult> {
	return db.transaction(async (tx) => {
		await tx
			.insert(roleCards)
			.values({ partnershipId, userId })
			.onConflictDoNothing({ target: [roleCards.partnershipId, roleCards.userId] });
		// The row exists now (made just above if it was not), so a miss can only be a conflict.
		const saved = await updateVersioned(tx, roleCards, {
			match: [eq(roleCards.partnershipId, partnershipId), eq(roleCards.userId, userId)],
			version,
			set: { answers, savedAt: new Date(), draft: null, draftSavedAt: null }
		});
		if (saved.ok) return { ok: true, card: saved.row };
		if (saved.reason === 'not-found') throw new Error('role card vanished inside its own transaction');
		return saved;
	});
}

/** Work in progress, autosaved while typing; never touches the saved card. */
export async function saveRoleCardDraft(
	db: Db,
	{ partnershipId, userId, draft }: { partnershipId: string; userId: string; draft: WorksheetAnswers }
): Promise<Date> {
	const now = new Date();
	await db
		.insert(roleCards)
		.values({ partnershipId, userId, draft, draftSavedAt: now })
		.onConflictDoUpdate({ target: [roleCards.partnershipId, roleCards.userId], set: { draft, draftSavedAt: now } });
	return now;
}

export async function discardRoleCardDraft(
	db: Db,
	{ partnershipId, userId }: { partnershipId: string; userId: string }
) {
	await db
		.update(roleCards)
		.set({ draft: null, draftSavedAt: null })
		.where(and(eq(roleCards.partnershipId, partnershipId), eq(roleCards.userId, userId)));
}

/** Saved cards of all members, for "Wie biedt wat". */
export async function listSavedRoleCards(db: Db, partnershipId: string) {
	return db
		.select({ userId: roleCards.userId, answers: roleCards.answers, savedAt: roleCards.savedAt })
		.from(roleCards)
		.where(and(eq(roleCards.partnershipId, partnershipId), sql`${roleCards.savedAt} is not null`));
}
