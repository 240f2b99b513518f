// The forms of the collaboration scan: opening a round, and one answer sheet. Shared by client and
// server; the messages are the Dutch texts shown next to the fields.
import { addDays, isCalendarDate, todayInBelgium } from '$lib/dates';
import { z } from 'zod';
import { blocks } from '$lib/content/blocks';
import { SCAN_STATEMENTS } from '$lib/content/scan';
import type { BlockSlug } from '$lib/content/types';
import { m } from '$lib/paraglide/messages.js';

/** How long a new round stays open unless the coordinator picks another date. */
export const DEFAULT_ROUND_DAYS = 14;
/** A round stays open for at most this many days. */
export const MAX_ROUND_DAYS = 120;

/** The answer that means "weet niet": stored as null. */
export const UNKNOWN = 'weet-niet';
export const SCALE = ['1', '2', '3', '4', '5'] as const;
export const ANSWER_VALUES = [...SCALE, UNKNOWN] as const;

export const COMMENT_MAX = 1000;

/** The proposal the form starts from: a title with the month, and a closing date two weeks out. */
export function defaultRoundValues(today: string = todayInBelgium()): { title: string; closesOn: string } {
	const month = new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(`${today}T12:00:00Z`)
	);
	return { title: `Samenwerkingsscan ${month}`, closesOn: addDays(today, DEFAULT_ROUND_DAYS) };
}

/** Opening a round: a title and a closing date after today (Belgian time), at most MAX_ROUND_DAYS away. */
export function openRoundSchema(today: string = todayInBelgium()) {
	return z.object({
		title: z
			.string()
			.trim()
			.min(3, { error: () => m.err_round_title() })
			.max(120, { error: () => m.err_field_max({ max: 120 }) }),
		closesOn: z
			.string()
			.trim()
			.refine(isCalendarDate, { error: () => m.err_round_closes_on() })
			.refine((v) => v > today, { error: () => m.err_round_closes_future() })
			.refine((v) => v <= addDays(today, MAX_ROUND_DAYS), {
				error: () => m.err_round_closes_within({ days: MAX_ROUND_DAYS })
			})
	});
}
export type OpenRoundInput = z.infer<ReturnType<typeof openRoundSchema>>;

/** The form field of a block's optional comment. */
export const commentField = (block: BlockSlug) => `comment-${block}`;

const statementBlock = new Map(SCAN_STATEMENTS.map((s) => [s.id, s.block]));
const BLOCK_SLUGS = blocks.map((b) => b.slug);

/** The block of a statement id ("<block>-<n>"): from the content, else from the id itself. */
export function blockOfStatement(id: string): BlockSlug | null {
	const known = statementBlock.get(id);
	if (known) return known;
	const prefix = id.slice(0, id.lastIndexOf('-'));
	return (BLOCK_SLUGS as string[]).includes(prefix) ? (prefix as BlockSlug) : null;
}

export type ScanAnswer = {
	/** statement id → 1..5, or null for "weet niet" */
	ratings: Record<string, number | null>;
	/** block → comment; blocks without a comment are left out */
	comments: Partial<Record<BlockSlug, string>>;
};

/**
 * One answer sheet for the statements of a round: every statement needs a choice (1–5 or "weet
 * niet"); a comment per block is optional. Errors are keyed by the statement id or comment field.
 */
export function answerSchema(statementIds: readonly string[]) {
	const shape: Record<string, z.ZodType> = {};
	for (const id of statementIds) shape[id] = z.enum(ANSWER_VALUES, { error: () => m.err_scan_answer() });
	const roundBlocks = BLOCK_SLUGS.filter((b) => statementIds.some((id) => blockOfStatement(id) === b));
	for (const b of roundBlocks)
		shape[commentField(b)] = z
			.string()
			.trim()
			.max(COMMENT_MAX, { error: () => m.err_field_max({ max: COMMENT_MAX }) })
			.default('');
	return z.object(shape).transform((v): ScanAnswer => {
		const values = v as Record<string, string>;
		const ratings: ScanAnswer['ratings'] = {};
		for (const id of statementIds) ratings[id] = values[id] === UNKNOWN ? null : Number(values[id]);
		const comments: ScanAnswer['comments'] = {};
		for (const b of roundBlocks) if (values[commentField(b)]) comments[b] = values[commentField(b)];
		return { ratings, comments };
	});
}
