// A recurring task of the partnership (method "afstemming en taakafbakening", step RASCI): what it
// is, why it exists and how often it comes back. Its RASCI follows the rule of a case action's
// ($lib/domain/cases/rasci).
import { z } from 'zod';
import { TASK_FREQUENCIES, type TaskFrequency } from '$lib/domain/partnerships/enums';
import { m } from '$lib/paraglide/messages.js';

export { TASK_FREQUENCIES, type TaskFrequency };

export const TASK_TITLE_MAX = 200;
export const TASK_DESCRIPTION_MAX = 2000;

/** The free-text fields; the personal-data guard runs over each of them before saving. */
export const TASK_TEXT_FIELDS = ['title', 'description'] as const;

export const recurringTaskSchema = z.object({
	title: z
		.string()
		.trim()
		.min(1, { error: () => m.rtk_err_title() })
		.max(TASK_TITLE_MAX, { error: () => m.err_field_max({ max: TASK_TITLE_MAX }) }),
	description: z
		.string()
		.trim()
		.max(TASK_DESCRIPTION_MAX, { error: () => m.err_field_max({ max: TASK_DESCRIPTION_MAX }) })
		.default(''),
	frequency: z.enum(TASK_FREQUENCIES, { error: () => m.rtk_err_frequency() })
});
export type RecurringTaskInput = z.infer<typeof recurringTaskSchema>;

/** The list's filters, from the query string (`?frequentie=&van=mij`); anything unknown means "all". */
export const taskFilterSchema = z.object({
	frequentie: z.enum(TASK_FREQUENCIES).or(z.literal('')).catch(''),
	van: z.literal('mij').or(z.literal('')).catch('')
});
export type TaskFilter = z.infer<typeof taskFilterSchema>;
