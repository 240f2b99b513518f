import { desc, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { goals, goalVersions, users } from '$lib/server/db/schema';
import { recordAudit } from '$lib/domain/audit/audit.server';
import type { GoalContent, GoalInput } from './goal.schema';
import { saveVersioned } from '$lib/server/db/versioned';
import { personName } from '$lib/domain/auth/person-name';

type Scope = { partnershipId: string };
export type StoredGoal = GoalContent & { id: string; version: number; updatedAt: Date; updatedByName: string | null };
export type SaveGoalResult =
	{ ok: true; version: number } | { ok: false; reason: 'conflict'; current: StoredGoal | null };

const contentOf = (g: GoalContent): GoalContent => ({
	why: g.why,
	specific: g.specific,
	measurable: g.measurable,
	active: g.active,
	realistic: g.realistic,
	timeBound: g.timeBound,
	involved: g.involved,
	familiesInvolved: g.familiesInvolved,
	reviewDate: g.reviewDate
});

/** The partnership's current common goal, or null when none was written yet. */
export async function getGoal(db: Db, { partnershipId }: Scope): Promise<StoredGoal | null> {
	const [row] = await db
		.select({ goal: goals, updatedByName: personName() })
		.from(goals)
		.leftJoin(users, eq(users.id, goals.updatedBy))
		.where(eq(goals.partnershipId, partnershipId));
	if (!row) return null;
	return {
		...contentOf(row.goal),
		id: row.goal.id,
		version: row.goal.version,
		updatedAt: row.goal.updatedAt,
		updatedByName: row.updatedByName
	};
}

/**
 * Saves the goal. `version` is what the editor started from (0 = there was no goal yet); any other
 * value than the stored version is a conflict and returns the current goal, never a silent overwrite.
 * Every successful save appends the full content to the history.
 */
export async function saveGoal(
	db: Db,
	{
		partnershipId,
		userId,
		input,
		version,
		savedAnyway
	}: Scope & { userId: string; input: GoalInput; version: number; savedAnyway?: boolean }
): Promise<SaveGoalResult> {
	const content = contentOf(input);
	const result = await db.transaction(async (tx) => {
		const result = await saveVersioned(tx, goals, {
			match: [eq(goals.partnershipId, partnershipId)],
			version,
			set: { ...content, updatedBy: userId, updatedAt: new Date() },
			insert: { partnershipId, ...content, updatedBy: userId },
			unique: goals.partnershipId
		});
		if (!result.ok) return null;
		const saved = result.row;
		await tx
			.insert(goalVersions)
			.values({ partnershipId, goalId: saved.id, version: saved.version, content, savedBy: userId });
		await recordAudit(tx, {
			partnershipId,
			caseId: null,
			userId,
			action: savedAnyway ? 'save-anyway' : version === 0 ? 'create' : 'update',
			target: 'goal'
		});
		return saved;
	});
	if (result) return { ok: true, version: result.version };
	return { ok: false, reason: 'conflict', current: await getGoal(db, { partnershipId }) };
}

/** The history of the goal, newest first. */
export async function listGoalVersions(db: Db, { partnershipId }: Scope) {
	return db
		.select({
			id: goalVersions.id,
			version: goalVersions.version,
			content: goalVersions.content,
			savedAt: goalVersions.savedAt,
			savedByName: personName()
		})
		.from(goalVersions)
		.leftJoin(users, eq(users.id, goalVersions.savedBy))
		.where(eq(goalVersions.partnershipId, partnershipId))
		.orderBy(desc(goalVersions.version));
}
