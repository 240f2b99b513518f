// Live reflection moments: a facilitator puts a building block's questions to the group, members
// answer from their phones (optionally anonymously), the facilitator groups the answers and turns
// groups into agreements. Schemas and types shared by the server and the pages.
import { z } from 'zod';
import { blocks } from '$lib/content/blocks';
import type { BlockSlug } from '$lib/content/types';
import type { ReflectionStatus } from '$lib/domain/partnerships/enums';
import { m } from '$lib/paraglide/messages.js';

export const REFLECTION_BLOCK_SLUGS = blocks.map((b) => b.slug) as [BlockSlug, ...BlockSlug[]];

/** Letters and digits that cannot be mistaken for each other when read from a projector (no 0/O, 1/I). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;

/** A code as typed by a participant: case and spaces do not matter; null when it cannot be a code. */
export function normaliseCode(raw: string): string | null {
	const code = raw.replace(/[\s-]/g, '').toUpperCase();
	if (code.length !== CODE_LENGTH) return null;
	for (const c of code) if (!CODE_ALPHABET.includes(c)) return null;
	return code;
}

/** The questions a facilitator can choose from: the block's reflection questions, in order. */
export function questionsOf(slug: string): string[] {
	return blocks.find((b) => b.slug === slug)?.reflectionQuestions ?? [];
}

/** The two recurring questions close every block's list: they are ticked by default. */
export function defaultQuestionIndexes(slug: string): number[] {
	const n = questionsOf(slug).length;
	return n >= 2 ? [n - 2, n - 1] : [];
}

/** A checkbox: present with value "1" when ticked. */
const checkbox = z
	.string()
	.optional()
	.transform((v) => v === '1' || v === 'on');

export const momentSchema = z
	.object({
		block: z.enum(REFLECTION_BLOCK_SLUGS, { error: () => m.err_block_choose() }),
		questions: z
			.array(
				z
					.string()
					.regex(/^\d{1,2}$/, { error: () => m.err_questions_from_list() })
					.transform(Number)
			)
			.min(1, { error: () => m.err_questions_at_least_one() }),
		title: z
			.string()
			.trim()
			.min(3, { error: () => m.err_moment_title() })
			.max(140, { error: () => m.err_field_max({ max: 140 }) }),
		allowAnonymous: checkbox,
		meetingId: z
			.union([z.uuid({ error: () => m.err_meeting_from_list() }), z.literal('')])
			.transform((v) => (v === '' ? null : v))
	})
	.superRefine((v, ctx) => {
		const count = questionsOf(v.block).length;
		if (v.questions.some((i) => i >= count))
			ctx.addIssue({ code: 'custom', path: ['questions'], message: m.err_questions_from_list() });
	})
	.transform((v) => ({ ...v, questions: [...new Set(v.questions)].sort((a, b) => a - b) }));
export type MomentInput = z.infer<typeof momentSchema>;

export const answerSchema = z.object({
	question: z
		.string()
		.regex(/^\d{1,2}$/, { error: () => m.err_question_unknown() })
		.transform(Number),
	text: z
		.string()
		.trim()
		.min(2, { error: () => m.err_answer_text() })
		.max(1000, { error: () => m.err_field_max({ max: 1000 }) }),
	anonymous: checkbox
});
export type AnswerInput = z.infer<typeof answerSchema>;

export const groupTitleSchema = z.object({
	title: z
		.string()
		.trim()
		.min(2, { error: () => m.err_group_title() })
		.max(140, { error: () => m.err_field_max({ max: 140 }) })
});

export const groupRefSchema = z.object({ groupId: z.uuid({ error: () => m.err_group_unknown() }) });

export const moveAnswerSchema = z.object({
	answerId: z.uuid({ error: () => m.err_answer_unknown() }),
	groupId: z
		.union([z.uuid({ error: () => m.err_group_from_list() }), z.literal('')])
		.transform((v) => (v === '' ? null : v))
});

/** One answer as the facilitator page and the projector show it. The author is null when anonymous. */
export type LiveAnswer = {
	id: string;
	question: number;
	text: string;
	authorName: string | null;
	groupId: string | null;
	createdAt: string;
};

export type LiveGroup = {
	id: string;
	title: string;
	/** The agreement this group became (its text is read where the viewer may read agreements). */
	agreementId: string | null;
};

/** What the live view shows; pushed whole over server-sent events after every change. */
export type LiveState = {
	momentId: string;
	code: string;
	status: ReflectionStatus;
	answers: LiveAnswer[];
	groups: LiveGroup[];
};

/**
 * The next state, reusing the previous state's objects where nothing changed: the page then leaves
 * those parts of the DOM alone (a group picked in a select, but not yet moved, stays picked).
 */
export function mergeLiveState(previous: LiveState, next: LiveState): LiveState {
	const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
	const old = new Map(previous.answers.map((a) => [a.id, a]));
	const answers = next.answers.map((a) => {
		const before = old.get(a.id);
		return before && same(before, a) ? before : a;
	});
	const unchanged = answers.length === previous.answers.length && answers.every((a, i) => a === previous.answers[i]);
	return {
		...next,
		answers: unchanged ? previous.answers : answers,
		groups: same(previous.groups, next.groups) ? previous.groups : next.groups
	};
}
