import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';

/** The retention periods a partnership can choose, in months (half a year up to ten years). */
export const RETENTION_MONTHS = [6, 12, 18, 24, 36, 48, 60, 84, 120] as const;

const CHOICES = RETENTION_MONTHS.map(String) as [string, ...string[]];

/** The retention section of the partnership's settings form. */
export const caseRetentionSchema = z.object({
	caseRetentionMonths: z.enum(CHOICES, { error: () => m.ret_err_months() }).transform(Number)
});
export type CaseRetentionInput = z.infer<typeof caseRetentionSchema>;
