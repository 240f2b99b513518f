import { z } from 'zod';
import { blocks } from '$lib/content/blocks';
import type { BlockSlug } from '$lib/content/types';
import { LEARNING_KINDS } from '$lib/domain/partnerships/enums';
import { m } from '$lib/paraglide/messages.js';

export const BLOCK_SLUGS = blocks.map((b) => b.slug) as [BlockSlug, ...BlockSlug[]];

/** The free-text fields; the personal-data guard runs over each of them before saving. */
export const LEARNING_TEXT_FIELDS = ['title', 'description', 'lesson'] as const;

export const learningEntrySchema = z.object({
	kind: z.enum(LEARNING_KINDS, { error: () => m.err_learning_kind() }),
	title: z
		.string()
		.trim()
		.min(3, { error: () => m.err_title_short() })
		.max(140, { error: () => m.err_field_max({ max: 140 }) }),
	description: z
		.string()
		.trim()
		.min(10, { error: () => m.err_learning_description() })
		.max(4000, { error: () => m.err_field_max({ max: 4000 }) }),
	lesson: z
		.string()
		.trim()
		.max(4000, { error: () => m.err_field_max({ max: 4000 }) })
		.default(''),
	blocks: z
		.array(z.enum(BLOCK_SLUGS, { error: () => m.err_block_from_list() }))
		.min(1, { error: () => m.err_block_at_least_one() })
		.transform((list) => BLOCK_SLUGS.filter((slug) => list.includes(slug)))
});
export type LearningEntryInput = z.infer<typeof learningEntrySchema>;

/** The list's filters, from the query string; anything unknown means "all". */
export const learningFilterSchema = z.object({
	soort: z.enum(LEARNING_KINDS).or(z.literal('')).catch(''),
	bouwsteen: z.enum(BLOCK_SLUGS).or(z.literal('')).catch('')
});
export type LearningFilter = z.infer<typeof learningFilterSchema>;
