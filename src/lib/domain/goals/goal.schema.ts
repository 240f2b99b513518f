import { z } from 'zod';
import * as fields from '$lib/fields';
import type { GoalContent } from '$lib/server/db/schema/goals';
import { m } from '$lib/paraglide/messages.js';

export type { GoalContent };

export const FAMILIES_INVOLVED = ['yes', 'partly', 'no'] as const;
export type FamiliesInvolved = (typeof FAMILIES_INVOLVED)[number];

/** The fields of a goal in the order the form shows them: the why first, then S-M-A-R-T. */
export const GOAL_FIELDS = [
	'why',
	'specific',
	'measurable',
	'active',
	'realistic',
	'timeBound',
	'involved',
	'familiesInvolved',
	'reviewDate'
] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];

const optionalDate = (label: () => string) => fields.optionalDate(() => m.err_date_in_field({ label: label() }));

const text = (max: number) =>
	z
		.string()
		.trim()
		.max(max, { error: () => m.err_field_max({ max }) })
		.default('');

export const goalSchema = z
	.object({
		why: z
			.string()
			.trim()
			.min(10, { error: () => m.err_goal_why() })
			.max(2000, { error: () => m.err_field_max({ max: 2000 }) }),
		specific: z
			.string()
			.trim()
			.min(3, { error: () => m.err_goal_specific() })
			.max(1000, { error: () => m.err_field_max({ max: 1000 }) }),
		measurable: text(1000),
		active: text(1000),
		realistic: text(1000),
		timeBound: optionalDate(m.goal_letter_time),
		involved: text(1000),
		familiesInvolved: z.enum(FAMILIES_INVOLVED, { error: () => m.err_goal_families() }),
		reviewDate: optionalDate(m.goal_review)
	})
	.superRefine((v, ctx) => {
		if (v.timeBound && v.reviewDate && v.reviewDate > v.timeBound)
			ctx.addIssue({
				code: 'custom',
				path: ['reviewDate'],
				message: m.err_goal_review_after_end()
			});
	});
export type GoalInput = z.infer<typeof goalSchema>;

/** Which fields differ between two versions (the first version has no predecessor: everything is new). */
export function changedFields(before: GoalContent | null, after: GoalContent): GoalField[] {
	if (!before) return GOAL_FIELDS.filter((f) => after[f] !== '' && after[f] !== null);
	return GOAL_FIELDS.filter((f) => (before[f] ?? null) !== (after[f] ?? null));
}
