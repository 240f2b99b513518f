import { z } from 'zod';
import * as fields from '$lib/fields';
import { voiceFields } from '$lib/content/cases';
import { worksheetSchema } from '$lib/domain/worksheets/worksheet';
import { AGREEMENT_STATUSES } from './agreement-status';
import { m } from '$lib/paraglide/messages.js';

const optionalDate = (label: () => string) => fields.optionalDate(() => m.err_date_in_field({ label: label() }));

export const agreementSchema = z
	.object({
		what: z
			.string()
			.trim()
			.min(3, { error: () => m.err_agreement_what() })
			.max(1000, { error: () => m.err_field_max({ max: 1000 }) }),
		ownerId: z.uuid({ error: () => m.err_agreement_owner() }),
		dueDate: optionalDate(m.agreement_due),
		feedbackDate: optionalDate(m.agreement_feedback_date),
		feedbackNote: z
			.string()
			.trim()
			.max(1000, { error: () => m.err_field_max({ max: 1000 }) })
			.default('')
	})
	.superRefine((v, ctx) => {
		if (v.dueDate && v.feedbackDate && v.feedbackDate < v.dueDate)
			ctx.addIssue({
				code: 'custom',
				path: ['feedbackDate'],
				message: m.err_agreement_feedback_before_due()
			});
	});
export type AgreementInput = z.infer<typeof agreementSchema>;

export const agreementUpdateSchema = z.intersection(
	agreementSchema,
	z.object({
		status: z.enum(AGREEMENT_STATUSES, { error: () => m.err_status_choose() }),
		note: z
			.string()
			.trim()
			.max(500, { error: () => m.err_field_max({ max: 500 }) })
			.default('')
	})
);
export type AgreementUpdateInput = z.infer<typeof agreementUpdateSchema>;

export const voiceSchema = worksheetSchema(voiceFields);

export const agreementFilterSchema = z.object({
	status: z.enum([...AGREEMENT_STATUSES, 'active', 'overdue', 'all']).catch('active'),
	owner: z.union([z.uuid(), z.literal('')]).catch(''),
	origin: z.enum(['case', 'meeting', 'goal', 'reflection', 'scan', 'worksheet', 'all']).catch('all'),
	/** '' is soonest due first; 'gewijzigd' the most recently changed first. */
	sorteer: z.enum(['gewijzigd']).or(z.literal('')).catch('')
});
export type AgreementFilter = z.infer<typeof agreementFilterSchema>;
