import { z } from 'zod';
import * as fields from '$lib/fields';
import type { GoalContent } from '$lib/server/db/schema/goals';

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

const optionalDate = (label: string) => fields.optionalDate(() => `Vul bij '${label}' een geldige datum in.`);

const text = (max: number) => z.string().trim().max(max, `Hoogstens ${max} tekens.`).default('');

export const goalSchema = z
	.object({
		why: z
			.string()
			.trim()
			.min(10, 'Schrijf in een paar zinnen waarom jullie samenwerken (minstens 10 tekens).')
			.max(2000, 'Hoogstens 2000 tekens.'),
		specific: z
			.string()
			.trim()
			.min(3, 'Beschrijf wat jullie samen willen bereiken.')
			.max(1000, 'Hoogstens 1000 tekens.'),
		measurable: text(1000),
		active: text(1000),
		realistic: text(1000),
		timeBound: optionalDate('Tijdsgebonden'),
		involved: text(1000),
		familiesInvolved: z.enum(FAMILIES_INVOLVED, 'Kies of gezinnen betrokken waren.'),
		reviewDate: optionalDate('Evaluatiedatum')
	})
	.superRefine((v, ctx) => {
		if (v.timeBound && v.reviewDate && v.reviewDate > v.timeBound)
			ctx.addIssue({
				code: 'custom',
				path: ['reviewDate'],
				message: 'De evaluatie valt na de einddatum van het doel. Kies een datum ervoor of op die dag.'
			});
	});
export type GoalInput = z.infer<typeof goalSchema>;

/** Which fields differ between two versions (the first version has no predecessor: everything is new). */
export function changedFields(before: GoalContent | null, after: GoalContent): GoalField[] {
	if (!before) return GOAL_FIELDS.filter((f) => after[f] !== '' && after[f] !== null);
	return GOAL_FIELDS.filter((f) => (before[f] ?? null) !== (after[f] ?? null));
}
