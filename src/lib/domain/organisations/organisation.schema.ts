import { z } from 'zod';
import { EXPERTISE_VALUES } from '$lib/content/expertise';
import { LEVELS, ORGANISATION_TYPES, SECTORS } from '$lib/domain/partnerships/enums';
import { m } from '$lib/paraglide/messages.js';

const text = (max: number) =>
	z
		.string()
		.trim()
		.max(max, { error: () => m.err_field_max({ max }) })
		.default('');

/** One organisation of the directory, as the form sends it. */
export const organisationSchema = z
	.object({
		name: z
			.string()
			.trim()
			.min(2, { error: () => m.err_organisation_name() })
			.max(120, { error: () => m.err_field_max({ max: 120 }) }),
		type: z.enum(ORGANISATION_TYPES, { error: () => m.err_organisation_type() }),
		typeOther: text(80),
		sector: z.enum(SECTORS, { error: () => m.err_sector_choose() }),
		level: z.enum(LEVELS, { error: () => m.err_level_choose() }),
		contactPerson: text(120),
		reachability: text(500),
		expertise: z.array(z.enum(EXPERTISE_VALUES, { error: () => m.err_expertise_from_list() })).default([]),
		/** Own words, separated by commas. */
		expertiseOther: text(300),
		description: text(2000),
		/** Memberships of the people who work here. */
		members: z.array(z.uuid({ error: () => m.err_partner_unknown() })).default([])
	})
	.superRefine((v, ctx) => {
		if (v.type === 'other' && !v.typeOther)
			ctx.addIssue({
				code: 'custom',
				path: ['typeOther'],
				message: m.err_organisation_type_other()
			});
	});
export type OrganisationInput = z.infer<typeof organisationSchema>;

/** Form names that carry several values. */
export const ORGANISATION_ARRAYS = ['expertise', 'members'] as const;

export const organisationFilterSchema = z.object({
	sector: z.union([z.enum(SECTORS), z.literal('')]).catch(''),
	level: z.union([z.enum(LEVELS), z.literal('')]).catch(''),
	/** Part of the name. */
	zoek: z.string().trim().max(80).catch('')
});
export type OrganisationFilter = z.infer<typeof organisationFilterSchema>;

/** A one-click suggestion: the organisation name as members typed it. */
export const suggestionSchema = z.object({
	organisationName: z
		.string()
		.trim()
		.min(2, { error: () => m.err_organisation_unknown() })
		.max(120, { error: () => m.err_organisation_unknown() })
});

export const mandateSchema = z
	.object({
		/** '' = the partnership as a whole. */
		organisationId: z
			.union([z.uuid({ error: () => m.err_organisation_from_list() }), z.literal('')])
			.transform((v) => (v === '' ? null : v)),
		role: z
			.string()
			.trim()
			.min(2, { error: () => m.err_mandate_role() })
			.max(120, { error: () => m.err_field_max({ max: 120 }) }),
		decidesAlone: text(2000),
		alignmentNeeded: text(2000),
		alignsWith: text(300)
	})
	.superRefine((v, ctx) => {
		if (!v.decidesAlone && !v.alignmentNeeded)
			ctx.addIssue({
				code: 'custom',
				path: ['decidesAlone'],
				message: m.err_mandate_decides()
			});
	});
export type MandateInput = z.infer<typeof mandateSchema>;

export const mandateIdSchema = z.object({ mandateId: z.uuid({ error: () => m.err_mandate_unknown() }) });
