// A partnership's shared answers to the methods' worksheets (issue 16, ADR 0030): one row per
// method and step, saved with a version (a stale save is a conflict that carries what is stored),
// and every save adds a version to the one record history.
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import { methodAnswers, roleCards, users } from '$lib/server/db/schema';
import { saveVersioned } from '$lib/server/db/versioned';
import { personName } from '$lib/domain/auth/person-name';
import { getMethod, methods } from '$lib/content/methods';
import type { Method, MethodStep } from '$lib/content/types';
import { addRecordVersion, listRecordContributors, listRecordVersions } from './record-history.server';
import { fillableStep, worksheetFields, worksheetSchema, type WorksheetAnswers } from './worksheet';
import { methodProgress, type MethodProgress } from './progress';

type Scope = { partnershipId: string };

export type StepAnswer = {
	id: string;
	method: string;
	step: string;
	answers: Record<string, unknown>;
	version: number;
	updatedAt: Date;
	updatedByName: string | null;
};

/** A step whose answers the partnership shares: every step but the role card (one card per member). */
export function sharedStep(method: string, step: string): { method: Method; step: MethodStep } | null {
	const found = getMethod(method);
	const s = found?.steps.find((x) => x.slug === step);
	if (!found || !s || s.worksheet === 'role-card') return null;
	return { method: found, step: fillableStep(s) };
}

const answerColumns = {
	id: methodAnswers.id,
	method: methodAnswers.method,
	step: methodAnswers.step,
	answers: methodAnswers.answers,
	version: methodAnswers.version,
	updatedAt: methodAnswers.updatedAt,
	updatedByName: personName()
};

/** The answers of every step of one method, by step slug (one query). */
export async function getMethodAnswers(
	db: Executor,
	{ partnershipId, method }: Scope & { method: string }
): Promise<Record<string, StepAnswer>> {
	const rows = await db
		.select(answerColumns)
		.from(methodAnswers)
		.leftJoin(users, eq(users.id, methodAnswers.updatedBy))
		.where(and(eq(methodAnswers.partnershipId, partnershipId), eq(methodAnswers.method, method)));
	return Object.fromEntries(rows.map((r) => [r.step, r]));
}

/** One step's answers, or null while nobody saved them. */
export async function getStepAnswer(
	db: Executor,
	{ partnershipId, method, step }: Scope & { method: string; step: string }
): Promise<StepAnswer | null> {
	const [row] = await db
		.select(answerColumns)
		.from(methodAnswers)
		.leftJoin(users, eq(users.id, methodAnswers.updatedBy))
		.where(
			and(
				eq(methodAnswers.partnershipId, partnershipId),
				eq(methodAnswers.method, method),
				eq(methodAnswers.step, step)
			)
		);
	return row ?? null;
}

export type SaveStepResult =
	| { ok: true; answer: StepAnswer }
	| { ok: false; reason: 'not-found' | 'invalid' }
	| { ok: false; reason: 'conflict'; current: StepAnswer };

/**
 * Saves one step's answers. `version` is what the form was loaded with (0: no answers yet, the first
 * save inserts). Any other version than the stored one is a conflict with the current answers.
 */
export async function saveStepAnswers(
	db: Db,
	{
		partnershipId,
		userId,
		method,
		step,
		answers,
		version
	}: Scope & { userId: string; method: string; step: string; answers: WorksheetAnswers; version: number }
): Promise<SaveStepResult> {
	const found = sharedStep(method, step);
	if (!found) return { ok: false, reason: 'not-found' };
	const parsed = worksheetSchema(worksheetFields(found.step)).safeParse(answers);
	if (!parsed.success) return { ok: false, reason: 'invalid' };
	const content = parsed.data;
	const match = [
		eq(methodAnswers.partnershipId, partnershipId),
		eq(methodAnswers.method, method),
		eq(methodAnswers.step, step)
	];
	const saved = await db.transaction(async (tx) => {
		const result = await saveVersioned(tx, methodAnswers, {
			match,
			version,
			set: { answers: content, updatedBy: userId, updatedAt: new Date() },
			insert: { partnershipId, method, step, answers: content, createdBy: userId, updatedBy: userId },
			unique: [methodAnswers.partnershipId, methodAnswers.method, methodAnswers.step]
		});
		if (!result.ok) return result;
		await addRecordVersion(tx, {
			partnershipId,
			ref: { methodAnswerId: result.row.id },
			version: result.row.version,
			action: result.row.version === 1 ? 'created' : 'updated',
			content,
			savedBy: userId
		});
		return result;
	});
	if (!saved.ok && saved.reason === 'not-found') return { ok: false, reason: 'not-found' };
	const current = await getStepAnswer(db, { partnershipId, method, step });
	if (!current) return { ok: false, reason: 'not-found' };
	return saved.ok ? { ok: true, answer: current } : { ok: false, reason: 'conflict', current };
}

/** Every method's progress for the worksheet index: two queries, whatever the number of methods. */
export async function listMethodProgress(db: Executor, { partnershipId }: Scope): Promise<MethodProgress[]> {
	const [rows, [card]] = await Promise.all([
		db
			.select({
				method: methodAnswers.method,
				step: methodAnswers.step,
				answers: methodAnswers.answers,
				updatedAt: methodAnswers.updatedAt,
				updatedByName: personName()
			})
			.from(methodAnswers)
			.leftJoin(users, eq(users.id, methodAnswers.updatedBy))
			.where(eq(methodAnswers.partnershipId, partnershipId)),
		db
			.select({ id: roleCards.id })
			.from(roleCards)
			.where(and(eq(roleCards.partnershipId, partnershipId), isNotNull(roleCards.answers)))
			.limit(1)
	]);
	return methods.map((mt) => methodProgress(mt, rows, Boolean(card)));
}

/** History and contributors of each saved step of a method, by step slug. */
export async function listStepHistories(db: Executor, { partnershipId, answers }: Scope & { answers: StepAnswer[] }) {
	const entries = await Promise.all(
		answers.map(async (a) => {
			const ref = { methodAnswerId: a.id };
			const [versions, contributors] = await Promise.all([
				listRecordVersions(db, { partnershipId, ref, limit: 20 }),
				listRecordContributors(db, { partnershipId, ref })
			]);
			return [a.step, { versions, contributors }] as const;
		})
	);
	return Object.fromEntries(entries);
}
