// The shared glossary of a partnership (method "communicatie", step "een gedeelde woordenlijst"):
// a term, what it means in plain words, and what it means in each sector. Client-safe.
import { z } from 'zod';
import { line } from '$lib/fields';
import { SECTORS } from '$lib/domain/partnerships/enums';
import { m } from '$lib/paraglide/messages.js';

export const TERM_MAX = 100;
export const PLAIN_WORDS_MAX = 1000;
export const MEANING_MAX = 1000;
const SEARCH_MAX = 100;

/** The same word in other capitals or spacing is the same term (the database's unique key too). */
export const termKey = (term: string) => term.trim().toLowerCase();

export const glossaryTermSchema = z.object({
	term: line(TERM_MAX).pipe(z.string().min(1, { error: () => m.gls_err_term_required() })),
	plainWords: z
		.string()
		.trim()
		.max(PLAIN_WORDS_MAX, { error: () => m.err_field_max({ max: PLAIN_WORDS_MAX }) })
		.default('')
});
export type GlossaryTermInput = z.infer<typeof glossaryTermSchema>;

/** One sector's meaning; an empty meaning removes it. */
export const glossaryMeaningSchema = z.object({
	sector: z.enum(SECTORS, { error: () => m.gls_err_sector() }),
	meaning: z
		.string()
		.trim()
		.max(MEANING_MAX, { error: () => m.err_field_max({ max: MEANING_MAX }) })
		.default('')
});
export type GlossaryMeaningInput = z.infer<typeof glossaryMeaningSchema>;

/** The list's search and filter, from the query string; anything unknown means "all". */
export const glossaryFilterSchema = z.object({
	q: z.string().trim().max(SEARCH_MAX).catch(''),
	sector: z.enum(SECTORS).or(z.literal('')).catch('')
});
export type GlossaryFilter = z.infer<typeof glossaryFilterSchema>;

/** A starter term of the public glossary, by its slug. */
export const adoptStarterSchema = z.object({
	slug: z
		.string()
		.trim()
		.regex(/^[a-z0-9-]{1,60}$/, { error: () => m.gls_err_starter() })
});
