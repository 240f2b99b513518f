import { z } from 'zod';
import { blocks } from '$lib/content/blocks';
import type { BlockSlug } from '$lib/content/types';
import { LEARNING_KINDS } from '$lib/domain/partnerships/enums';

export const BLOCK_SLUGS = blocks.map((b) => b.slug) as [BlockSlug, ...BlockSlug[]];

/** The free-text fields; the personal-data guard runs over each of them before saving. */
export const LEARNING_TEXT_FIELDS = ['title', 'description', 'lesson'] as const;

export const learningEntrySchema = z.object({
	kind: z.enum(LEARNING_KINDS, 'Kies: iets dat goed liep, of een knelpunt.'),
	title: z.string().trim().min(3, 'Geef een korte titel (minstens 3 tekens).').max(140, 'Hoogstens 140 tekens.'),
	description: z
		.string()
		.trim()
		.min(10, 'Beschrijf in een paar zinnen wat er gebeurde, zonder namen.')
		.max(4000, 'Hoogstens 4000 tekens.'),
	lesson: z.string().trim().max(4000, 'Hoogstens 4000 tekens.').default(''),
	blocks: z
		.array(z.enum(BLOCK_SLUGS, 'Kies een bouwsteen uit de lijst.'))
		.min(1, 'Kies minstens één bouwsteen waar dit over gaat.')
		.transform((list) => BLOCK_SLUGS.filter((slug) => list.includes(slug)))
});
export type LearningEntryInput = z.infer<typeof learningEntrySchema>;

/** The list's filters, from the query string; anything unknown means "all". */
export const learningFilterSchema = z.object({
	soort: z.enum(LEARNING_KINDS).or(z.literal('')).catch(''),
	bouwsteen: z.enum(BLOCK_SLUGS).or(z.literal('')).catch('')
});
export type LearningFilter = z.infer<typeof learningFilterSchema>;
