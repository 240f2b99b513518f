import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '$lib/server/db/client';
import type { DemoContext } from '$lib/server/seed';
import { can } from '$lib/domain/permissions/permissions';
import { todayInBelgium } from '$lib/domain/agreements/agreement-status';
import { goals, goalVersions, users } from '$lib/server/db/schema';
import { recordAudit } from '$lib/domain/audit/audit.server';
import type { GoalContent, GoalInput } from './goal.schema';

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
		.select({ goal: goals, updatedByName: users.name })
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
		let saved: { id: string; version: number } | undefined;
		if (version === 0) {
			[saved] = await tx
				.insert(goals)
				.values({ partnershipId, ...content, updatedBy: userId })
				.onConflictDoNothing({ target: goals.partnershipId })
				.returning({ id: goals.id, version: goals.version });
		} else {
			[saved] = await tx
				.update(goals)
				.set({ ...content, updatedBy: userId, updatedAt: new Date(), version: sql`${goals.version} + 1` })
				.where(and(eq(goals.partnershipId, partnershipId), eq(goals.version, version)))
				.returning({ id: goals.id, version: goals.version });
		}
		if (!saved) return null;
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
			savedByName: users.name
		})
		.from(goalVersions)
		.leftJoin(users, eq(users.id, goalVersions.savedBy))
		.where(eq(goalVersions.partnershipId, partnershipId))
		.orderBy(desc(goalVersions.version));
}

/** Demo: a goal that was first written vaguely and then made SMART, so the history has two versions. */
export async function seedDemoGoal(tx: Tx, ctx: DemoContext): Promise<void> {
	const coordinator = ctx.members.find((mb) => can(mb.role, 'goal:write')) ?? ctx.members[0];
	const userId = coordinator?.userId ?? null;
	const next = Number(todayInBelgium().slice(0, 4)) + 1;
	const first: GoalContent = {
		why: 'Kinderen en gezinnen in de wijk hebben vaak met meerdere diensten tegelijk te maken. Ze vertellen hun verhaal telkens opnieuw en vallen soms tussen twee stoelen.',
		specific: 'We willen beter samenwerken tussen school en hulp.',
		measurable: '',
		active: '',
		realistic: '',
		timeBound: null,
		involved: 'De zorgcoördinatoren van de scholen en het CLB.',
		familiesInvolved: 'no',
		reviewDate: null
	};
	const second: GoalContent = {
		...first,
		specific:
			'Als een school een gezin doorverwijst naar het CLB, het CAW of het OCMW, heeft dat gezin binnen tien schooldagen een eerste gesprek, en hoort de school binnen die tijd of het gezin is aangekomen.',
		measurable:
			'We tellen per trimester het aantal doorverwijzingen en hoeveel er binnen tien schooldagen een eerste gesprek hadden. Doel: acht op de tien.',
		active:
			'Elke school houdt de doorverwijzingen bij; het CLB en het CAW geven een korte status terug (aangemeld, in begeleiding, afgesloten), zonder inhoud.',
		realistic:
			'De diensten hebben nu al een vast aanspreekpunt per school; we vragen alleen een korte terugkoppeling, geen extra overleg.',
		timeBound: `${next}-06-30`,
		involved:
			'De zorgcoördinatoren van de scholen, het CLB, het CAW, het OCMW en de brugfiguur. Twee ouders uit de oudergroep van de brede school gaven feedback.',
		familiesInvolved: 'partly',
		reviewDate: `${next}-01-31`
	};
	const [goal] = await tx
		.insert(goals)
		.values({ partnershipId: ctx.partnershipId, ...second, updatedBy: userId, version: 2 })
		.returning({ id: goals.id });
	await tx.insert(goalVersions).values([
		{
			partnershipId: ctx.partnershipId,
			goalId: goal!.id,
			version: 1,
			content: first,
			savedBy: userId,
			savedAt: new Date(Date.now() - 1000 * 60 * 60 * 24 * 40)
		},
		{ partnershipId: ctx.partnershipId, goalId: goal!.id, version: 2, content: second, savedBy: userId }
	]);
}
