import { z } from 'zod';
import { EXPERTISE_VALUES } from '$lib/content/expertise';
import { LEVELS, ORGANISATION_TYPES, SECTORS } from '$lib/domain/partnerships/enums';

const text = (max: number) => z.string().trim().max(max, `Hoogstens ${max} tekens.`).default('');

/** One organisation of the directory, as the form sends it. */
export const organisationSchema = z
	.object({
		name: z
			.string()
			.trim()
			.min(2, 'Vul de naam van de organisatie in (minstens 2 tekens).')
			.max(120, 'Hoogstens 120 tekens.'),
		type: z.enum(ORGANISATION_TYPES, 'Kies het soort organisatie.'),
		typeOther: text(80),
		sector: z.enum(SECTORS, 'Kies de sector.'),
		level: z.enum(LEVELS, 'Kies het niveau.'),
		contactPerson: text(120),
		reachability: text(500),
		expertise: z.array(z.enum(EXPERTISE_VALUES, 'Kies uit de lijst met expertise.')).default([]),
		/** Own words, separated by commas. */
		expertiseOther: text(300),
		description: text(2000),
		/** Memberships of the people who work here. */
		members: z.array(z.uuid('Onbekende partner.')).default([])
	})
	.superRefine((v, ctx) => {
		if (v.type === 'other' && !v.typeOther)
			ctx.addIssue({
				code: 'custom',
				path: ['typeOther'],
				message: 'Je koos "andere": beschrijf kort wat voor organisatie het is.'
			});
	});
export type OrganisationInput = z.infer<typeof organisationSchema>;

/** Shown next to the name field. */
/** A linked person who is not a member of this partnership (a tampered form, or someone who just left). */
export const MEMBER_NOT_FOUND = 'Kies de mensen uit de lijst van partners van deze samenwerking.';
export const NAME_TAKEN =
	'Er staat al een organisatie met deze naam in de lijst. Kies een andere naam, of pas de bestaande organisatie aan.';

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
	organisationName: z.string().trim().min(2, 'Onbekende organisatie.').max(120, 'Onbekende organisatie.')
});

export const mandateSchema = z
	.object({
		/** '' = the partnership as a whole. */
		organisationId: z
			.union([z.uuid('Kies een organisatie uit de lijst.'), z.literal('')])
			.transform((v) => (v === '' ? null : v)),
		role: z
			.string()
			.trim()
			.min(2, 'Vul de rol of functie in, bijvoorbeeld "zorgcoördinator".')
			.max(120, 'Hoogstens 120 tekens.'),
		decidesAlone: text(2000),
		alignmentNeeded: text(2000),
		alignsWith: text(300)
	})
	.superRefine((v, ctx) => {
		if (!v.decidesAlone && !v.alignmentNeeded)
			ctx.addIssue({
				code: 'custom',
				path: ['decidesAlone'],
				message: 'Vul in wat deze rol zelf beslist, of wanneer er afstemming nodig is.'
			});
	});
export type MandateInput = z.infer<typeof mandateSchema>;

export const mandateIdSchema = z.object({ mandateId: z.uuid('Onbekend mandaat.') });
