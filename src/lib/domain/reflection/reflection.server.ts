// Live reflection moments. Every query is scoped by partnership; a moment of another partnership
// is "not found". Each change announces itself with pg_notify in its own transaction (see
// $lib/server/realtime.ts), so projectors on every app instance see it at once.
//
// Anonymity: an answer given anonymously is stored without author, and nothing else links it to
// the person (no audit entry, no notification with their id).
import { randomInt } from 'node:crypto';
import { and, asc, count, desc, eq, isNull, max, sql } from 'drizzle-orm';
import type { Db, Tx } from '$lib/server/db/client';
import { meetings, reflectionAnswers, reflectionGroups, reflectionMoments, users } from '$lib/server/db/schema';
import { notifyReflection, type ReflectionEventKind } from '$lib/server/realtime';
import { recordAudit } from '$lib/domain/audit/audit.server';
import { createAgreement } from '$lib/domain/agreements/agreement.server';
import type { AgreementInput } from '$lib/domain/agreements/agreement.schema';
import { getBlock } from '$lib/content/blocks';
import { getMethod } from '$lib/content/methods';
import { stepQuestions } from '$lib/domain/worksheets/worksheet';
import { canOn, type Role } from '$lib/domain/permissions/permissions';
import {
	CODE_ALPHABET,
	CODE_LENGTH,
	questionsOf,
	type AnswerInput,
	type LiveState,
	type MomentInput
} from './reflection.schema';
import { inPartnership } from '$lib/server/db/scoped';
import { personName } from '$lib/domain/auth/person-name';

type Scope = { partnershipId: string };
type MomentScope = Scope & { momentId: string };
export type MomentRow = typeof reflectionMoments.$inferSelect;

/** A random short code from the unambiguous alphabet. */
export function generateMomentCode(): string {
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
}

/** Who may run a moment (group, turn into agreements, close): its facilitator or a coordinator (reflection:run:own / :any). */
export function mayRunMoment(
	moment: { facilitatorId: string | null },
	{ userId, role }: { userId: string; role: Role }
) {
	return canOn(role, 'reflection:run', { ownerId: moment.facilitatorId, userId });
}

function isUniqueViolation(err: unknown, constraint: string): boolean {
	for (
		let e = err as { code?: string; constraint?: string; cause?: unknown } | undefined, depth = 0;
		e && depth < 4;
		e = e.cause as typeof e, depth++
	)
		if (e.code === '23505' && (e.constraint ?? '').includes(constraint)) return true;
	return false;
}

export type CreateMomentResult =
	{ ok: true; id: string; code: string } | { ok: false; reason: 'meeting-not-found' | 'step-not-found' };

/**
 * Starts a moment: the chosen questions are copied, so the summary keeps them as they were asked.
 * With `methodStep` (`<method>/<step>`) the moment runs that worksheet step: its guiding questions
 * are asked (`input.questions` is ignored) and the block is the method's.
 */
export async function createReflectionMoment(
	db: Db,
	{ partnershipId, userId, input, methodStep }: Scope & { userId: string; input: MomentInput; methodStep?: string }
): Promise<CreateMomentResult> {
	let questions: string[];
	let block = input.block;
	if (methodStep) {
		const [methodSlug, stepSlug] = methodStep.split('/');
		const method = getMethod(methodSlug ?? '');
		const step = method?.steps.find((s) => s.slug === stepSlug);
		if (!method || !step) return { ok: false, reason: 'step-not-found' };
		questions = stepQuestions(step);
		block = method.block;
	} else {
		const all = questionsOf(input.block);
		questions = input.questions.map((i) => all[i]).filter((q): q is string => Boolean(q));
	}
	if (input.meetingId) {
		if (!(await inPartnership(db, meetings, { partnershipId, id: input.meetingId })))
			return { ok: false, reason: 'meeting-not-found' };
	}
	// The code is unique over all partnerships; a clash (one in a billion) simply draws again.
	for (let attempt = 0; ; attempt++) {
		const code = generateMomentCode();
		try {
			const [created] = await db
				.insert(reflectionMoments)
				.values({
					partnershipId,
					code,
					block,
					questions,
					methodStep: methodStep ?? null,
					title: input.title,
					allowAnonymous: input.allowAnonymous,
					meetingId: input.meetingId,
					facilitatorId: userId
				})
				.returning({ id: reflectionMoments.id });
			return { ok: true, id: created!.id, code };
		} catch (err) {
			if (attempt < 5 && isUniqueViolation(err, 'code')) continue;
			throw err;
		}
	}
}

export async function listMoments(db: Db, { partnershipId }: Scope) {
	const answerCounts = db
		.select({ momentId: reflectionAnswers.momentId, n: count().as('n') })
		.from(reflectionAnswers)
		.where(eq(reflectionAnswers.partnershipId, partnershipId))
		.groupBy(reflectionAnswers.momentId)
		.as('answer_counts');
	return db
		.select({
			id: reflectionMoments.id,
			title: reflectionMoments.title,
			block: reflectionMoments.block,
			status: reflectionMoments.status,
			createdAt: reflectionMoments.createdAt,
			closedAt: reflectionMoments.closedAt,
			questionCount: sql<number>`cardinality(${reflectionMoments.questions})`,
			answerCount: sql<number>`coalesce(${answerCounts.n}, 0)::int`,
			facilitatorName: personName()
		})
		.from(reflectionMoments)
		.leftJoin(answerCounts, eq(answerCounts.momentId, reflectionMoments.id))
		.leftJoin(users, eq(users.id, reflectionMoments.facilitatorId))
		.where(eq(reflectionMoments.partnershipId, partnershipId))
		.orderBy(desc(reflectionMoments.createdAt));
}

/** A moment with its facilitator and meeting; null when it is not in this partnership. */
export async function getMoment(db: Db, { partnershipId, momentId }: MomentScope) {
	const [row] = await db
		.select({
			moment: reflectionMoments,
			facilitatorName: personName(),
			meetingTitle: meetings.title,
			meetingStartsAt: meetings.startsAt
		})
		.from(reflectionMoments)
		.leftJoin(users, eq(users.id, reflectionMoments.facilitatorId))
		.leftJoin(meetings, and(eq(meetings.id, reflectionMoments.meetingId), eq(meetings.partnershipId, partnershipId)))
		.where(and(eq(reflectionMoments.partnershipId, partnershipId), eq(reflectionMoments.id, momentId)));
	return row ?? null;
}

/** The short link's lookup. Codes are unique over all partnerships: the caller checks membership. */
export async function findMomentByCode(db: Db, { code }: { code: string }) {
	const [row] = await db
		.select({ id: reflectionMoments.id, partnershipId: reflectionMoments.partnershipId })
		.from(reflectionMoments)
		.where(eq(reflectionMoments.code, code));
	return row ?? null;
}

/** What the live views show: every answer (author only when named) and the groups. */
export async function getLiveState(db: Db, { partnershipId, momentId }: MomentScope): Promise<LiveState | null> {
	const [moment] = await db
		.select({ id: reflectionMoments.id, code: reflectionMoments.code, status: reflectionMoments.status })
		.from(reflectionMoments)
		.where(and(eq(reflectionMoments.partnershipId, partnershipId), eq(reflectionMoments.id, momentId)));
	if (!moment) return null;
	const [answers, groups] = await Promise.all([
		db
			.select({
				id: reflectionAnswers.id,
				question: reflectionAnswers.question,
				text: reflectionAnswers.text,
				authorName: personName(),
				groupId: reflectionAnswers.groupId,
				createdAt: reflectionAnswers.createdAt
			})
			.from(reflectionAnswers)
			.leftJoin(users, eq(users.id, reflectionAnswers.authorId))
			.where(and(eq(reflectionAnswers.partnershipId, partnershipId), eq(reflectionAnswers.momentId, momentId)))
			.orderBy(asc(reflectionAnswers.createdAt), asc(reflectionAnswers.id)),
		db
			.select({ id: reflectionGroups.id, title: reflectionGroups.title, agreementId: reflectionGroups.agreementId })
			.from(reflectionGroups)
			.where(and(eq(reflectionGroups.partnershipId, partnershipId), eq(reflectionGroups.momentId, momentId)))
			.orderBy(asc(reflectionGroups.position), asc(reflectionGroups.createdAt))
	]);
	return {
		momentId: moment.id,
		code: moment.code,
		status: moment.status,
		answers: answers.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
		groups
	};
}

/** Locks the moment row for the rest of the transaction (a close waits for answers in flight). */
async function lockMoment(tx: Tx, { partnershipId, momentId }: MomentScope) {
	const [moment] = await tx
		.select()
		.from(reflectionMoments)
		.where(and(eq(reflectionMoments.partnershipId, partnershipId), eq(reflectionMoments.id, momentId)))
		.for('update');
	return moment ?? null;
}

async function announce(tx: Tx, { partnershipId, momentId }: MomentScope, kind: ReflectionEventKind) {
	await notifyReflection(tx, { partnershipId, momentId, kind });
}

export type SubmitAnswerResult =
	| { ok: true; id: string }
	| { ok: false; reason: 'not-found' | 'closed' | 'no-such-question' | 'anonymous-not-allowed' };

/** A participant's answer. Anonymous: stored without author, and without an audit entry that would name them. */
export async function submitAnswer(
	db: Db,
	{
		partnershipId,
		momentId,
		userId,
		input,
		savedAnyway = false
	}: MomentScope & { userId: string; input: AnswerInput; savedAnyway?: boolean }
): Promise<SubmitAnswerResult> {
	return db.transaction(async (tx) => {
		// FOR SHARE: answers do not wait for each other, but a close waits for them (and they for it).
		const [moment] = await tx
			.select({
				status: reflectionMoments.status,
				questions: reflectionMoments.questions,
				allowAnonymous: reflectionMoments.allowAnonymous
			})
			.from(reflectionMoments)
			.where(and(eq(reflectionMoments.partnershipId, partnershipId), eq(reflectionMoments.id, momentId)))
			.for('share');
		if (!moment) return { ok: false, reason: 'not-found' } as const;
		if (moment.status !== 'open') return { ok: false, reason: 'closed' } as const;
		if (input.question < 0 || input.question >= moment.questions.length)
			return { ok: false, reason: 'no-such-question' } as const;
		if (input.anonymous && !moment.allowAnonymous) return { ok: false, reason: 'anonymous-not-allowed' } as const;
		const [created] = await tx
			.insert(reflectionAnswers)
			.values({
				partnershipId,
				momentId,
				question: input.question,
				text: input.text,
				authorId: input.anonymous ? null : userId
			})
			.returning({ id: reflectionAnswers.id });
		if (savedAnyway && !input.anonymous)
			await recordAudit(tx, {
				partnershipId,
				caseId: null,
				userId,
				action: 'save-anyway',
				target: 'reflection-answer',
				detail: { momentId, answerId: created!.id }
			});
		await announce(tx, { partnershipId, momentId }, 'answer');
		return { ok: true, id: created!.id } as const;
	});
}

type Changed = { ok: true } | { ok: false; reason: 'not-found' };

export async function createGroup(
	db: Db,
	{ partnershipId, momentId, title }: MomentScope & { title: string }
): Promise<{ ok: true; id: string } | { ok: false; reason: 'not-found' }> {
	return db.transaction(async (tx) => {
		if (!(await lockMoment(tx, { partnershipId, momentId }))) return { ok: false, reason: 'not-found' } as const;
		const [{ last }] = (await tx
			.select({ last: max(reflectionGroups.position) })
			.from(reflectionGroups)
			.where(and(eq(reflectionGroups.partnershipId, partnershipId), eq(reflectionGroups.momentId, momentId)))) as [
			{ last: number | null }
		];
		const [created] = await tx
			.insert(reflectionGroups)
			.values({ partnershipId, momentId, title, position: (last ?? -1) + 1 })
			.returning({ id: reflectionGroups.id });
		await announce(tx, { partnershipId, momentId }, 'group');
		return { ok: true, id: created!.id } as const;
	});
}

export async function renameGroup(
	db: Db,
	{ partnershipId, momentId, groupId, title }: MomentScope & { groupId: string; title: string }
): Promise<Changed> {
	return db.transaction(async (tx) => {
		const updated = await tx
			.update(reflectionGroups)
			.set({ title })
			.where(
				and(
					eq(reflectionGroups.partnershipId, partnershipId),
					eq(reflectionGroups.momentId, momentId),
					eq(reflectionGroups.id, groupId)
				)
			)
			.returning({ id: reflectionGroups.id });
		if (updated.length === 0) return { ok: false, reason: 'not-found' } as const;
		await announce(tx, { partnershipId, momentId }, 'group');
		return { ok: true } as const;
	});
}

/** Removes a group; its answers go back to "not grouped". An agreement made from it stays. */
export async function deleteGroup(
	db: Db,
	{ partnershipId, momentId, groupId }: MomentScope & { groupId: string }
): Promise<Changed> {
	return db.transaction(async (tx) => {
		const deleted = await tx
			.delete(reflectionGroups)
			.where(
				and(
					eq(reflectionGroups.partnershipId, partnershipId),
					eq(reflectionGroups.momentId, momentId),
					eq(reflectionGroups.id, groupId)
				)
			)
			.returning({ id: reflectionGroups.id });
		if (deleted.length === 0) return { ok: false, reason: 'not-found' } as const;
		await announce(tx, { partnershipId, momentId }, 'group');
		return { ok: true } as const;
	});
}

/** Puts an answer in a group of the same moment, or takes it out (groupId null). */
export async function moveAnswer(
	db: Db,
	{ partnershipId, momentId, answerId, groupId }: MomentScope & { answerId: string; groupId: string | null }
): Promise<Changed> {
	return db.transaction(async (tx) => {
		if (groupId) {
			const [group] = await tx
				.select({ id: reflectionGroups.id })
				.from(reflectionGroups)
				.where(
					and(
						eq(reflectionGroups.partnershipId, partnershipId),
						eq(reflectionGroups.momentId, momentId),
						eq(reflectionGroups.id, groupId)
					)
				);
			if (!group) return { ok: false, reason: 'not-found' } as const;
		}
		const updated = await tx
			.update(reflectionAnswers)
			.set({ groupId })
			.where(
				and(
					eq(reflectionAnswers.partnershipId, partnershipId),
					eq(reflectionAnswers.momentId, momentId),
					eq(reflectionAnswers.id, answerId)
				)
			)
			.returning({ id: reflectionAnswers.id });
		if (updated.length === 0) return { ok: false, reason: 'not-found' } as const;
		await announce(tx, { partnershipId, momentId }, 'group');
		return { ok: true } as const;
	});
}

export type GroupAgreementResult =
	{ ok: true; id: string } | { ok: false; reason: 'not-found' | 'already' | 'owner-not-member' };

/** Turns a group into an agreement of this reflection, and remembers it on the group, in one transaction. */
export async function createAgreementFromGroup(
	db: Db,
	{
		partnershipId,
		momentId,
		groupId,
		userId,
		input,
		voice,
		savedAnyway = false
	}: MomentScope & {
		groupId: string;
		userId: string;
		input: AgreementInput;
		voice: Record<string, string> | null;
		savedAnyway?: boolean;
	}
): Promise<GroupAgreementResult> {
	return db.transaction(async (tx) => {
		const [group] = await tx
			.select({ id: reflectionGroups.id, agreementId: reflectionGroups.agreementId })
			.from(reflectionGroups)
			.where(
				and(
					eq(reflectionGroups.partnershipId, partnershipId),
					eq(reflectionGroups.momentId, momentId),
					eq(reflectionGroups.id, groupId)
				)
			)
			.for('update');
		if (!group) return { ok: false, reason: 'not-found' } as const;
		if (group.agreementId) return { ok: false, reason: 'already' } as const;
		// createAgreement opens a transaction of its own; inside this one that is a savepoint.
		const made = await createAgreement(tx as unknown as Db, {
			partnershipId,
			userId,
			input,
			voice,
			savedAnyway,
			reflectionId: momentId
		});
		if (!made.ok)
			return made.reason === 'owner-not-member'
				? ({ ok: false, reason: 'owner-not-member' } as const)
				: ({ ok: false, reason: 'not-found' } as const);
		await tx
			.update(reflectionGroups)
			.set({ agreementId: made.id })
			.where(
				and(
					eq(reflectionGroups.partnershipId, partnershipId),
					eq(reflectionGroups.id, groupId),
					isNull(reflectionGroups.agreementId)
				)
			);
		await announce(tx, { partnershipId, momentId }, 'agreement');
		return { ok: true, id: made.id } as const;
	});
}

/** Closes a moment: no more answers. Grouping and agreements can go on afterwards. */
export async function closeMoment(db: Db, { partnershipId, momentId }: MomentScope): Promise<Changed> {
	return db.transaction(async (tx) => {
		const moment = await lockMoment(tx, { partnershipId, momentId });
		if (!moment) return { ok: false, reason: 'not-found' } as const;
		if (moment.status === 'closed') return { ok: true } as const;
		await tx
			.update(reflectionMoments)
			.set({ status: 'closed', closedAt: new Date() })
			.where(and(eq(reflectionMoments.partnershipId, partnershipId), eq(reflectionMoments.id, momentId)));
		await announce(tx, { partnershipId, momentId }, 'status');
		return { ok: true } as const;
	});
}

/**
 * The printable summary: the questions, the groups with their answers (and the agreement each
 * became), and the answers that were not grouped, per question. No names: it is about content.
 */
export async function getReflectionSummary(db: Db, scope: MomentScope) {
	const found = await getMoment(db, scope);
	const live = found ? await getLiveState(db, scope) : null;
	if (!found || !live) return null;
	const text = (a: LiveState['answers'][number]) => ({ id: a.id, question: a.question, text: a.text });
	return {
		...found,
		blockTitle: getBlock(found.moment.block)?.title ?? found.moment.block,
		answerCount: live.answers.length,
		groups: live.groups.map((g) => ({ ...g, answers: live.answers.filter((a) => a.groupId === g.id).map(text) })),
		ungrouped: found.moment.questions.map((question, index) => ({
			index,
			question,
			answers: live.answers.filter((a) => a.question === index && !a.groupId).map(text)
		}))
	};
}
