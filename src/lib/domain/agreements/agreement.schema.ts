import { z } from 'zod';
import * as fields from '$lib/fields';
import { voiceFields } from '$lib/content/cases';
import { worksheetSchema } from '$lib/domain/worksheets/worksheet';
import { AGREEMENT_STATUSES } from './agreement-status';

const optionalDate = (label: string) => fields.optionalDate(() => `Vul bij '${label}' een geldige datum in.`);

export const agreementSchema = z
	.object({
		what: z.string().trim().min(3, 'Beschrijf concreet wat er afgesproken is.').max(1000, 'Hoogstens 1000 tekens.'),
		ownerId: z.uuid('Kies wie de afspraak opneemt.'),
		dueDate: optionalDate('Tegen wanneer'),
		feedbackDate: optionalDate('Terugkoppeling op'),
		feedbackNote: z.string().trim().max(1000, 'Hoogstens 1000 tekens.').default('')
	})
	.superRefine((v, ctx) => {
		if (v.dueDate && v.feedbackDate && v.feedbackDate < v.dueDate)
			ctx.addIssue({
				code: 'custom',
				path: ['feedbackDate'],
				message: 'De terugkoppeling valt vóór de einddatum. Klopt dat? Kies een latere datum.'
			});
	});
export type AgreementInput = z.infer<typeof agreementSchema>;

export const agreementUpdateSchema = z.intersection(
	agreementSchema,
	z.object({
		status: z.enum(AGREEMENT_STATUSES, 'Kies een status.'),
		note: z.string().trim().max(500, 'Hoogstens 500 tekens.').default('')
	})
);
export type AgreementUpdateInput = z.infer<typeof agreementUpdateSchema>;

export const voiceSchema = worksheetSchema(voiceFields);

export const agreementFilterSchema = z.object({
	status: z.enum([...AGREEMENT_STATUSES, 'active', 'overdue', 'all']).catch('active'),
	owner: z.union([z.uuid(), z.literal('')]).catch(''),
	origin: z.enum(['case', 'meeting', 'goal', 'reflection', 'scan', 'all']).catch('all'),
	/** '' is soonest due first; 'gewijzigd' the most recently changed first. */
	sorteer: z.enum(['gewijzigd']).or(z.literal('')).catch('')
});
export type AgreementFilter = z.infer<typeof agreementFilterSchema>;
