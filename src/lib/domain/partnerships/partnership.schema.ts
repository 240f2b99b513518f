import { z } from 'zod';
import { ROLES } from '$lib/domain/permissions/permissions';

import { MEMBER_FUNCTIONS, ORGANISATION_TYPES } from './enums';

export { MEMBER_FUNCTIONS, ORGANISATION_TYPES, type MemberFunction, type OrganisationType } from './enums';

/** Who I am in this partnership: asked when creating or joining one. */
export const memberProfileSchema = z
	.object({
		organisationName: z
			.string()
			.trim()
			.min(2, 'Vul de naam van je organisatie of school in.')
			.max(120, 'Hoogstens 120 tekens.'),
		organisationType: z.enum(ORGANISATION_TYPES, 'Kies het soort organisatie.'),
		organisationTypeOther: z.string().trim().max(80, 'Hoogstens 80 tekens.').optional(),
		function: z.enum(MEMBER_FUNCTIONS, 'Kies je functie.'),
		functionOther: z.string().trim().max(80, 'Hoogstens 80 tekens.').optional()
	})
	.superRefine((v, ctx) => {
		if (v.organisationType === 'other' && !v.organisationTypeOther)
			ctx.addIssue({
				code: 'custom',
				path: ['organisationTypeOther'],
				message: 'Beschrijf kort wat voor organisatie het is.'
			});
		if (v.function === 'other' && !v.functionOther)
			ctx.addIssue({ code: 'custom', path: ['functionOther'], message: 'Beschrijf kort je functie.' });
	});
export type MemberProfile = z.infer<typeof memberProfileSchema>;

const partnershipFields = z.object({
	name: z
		.string()
		.trim()
		.min(3, 'Geef het samenwerkingsverband een naam (minstens 3 tekens).')
		.max(120, 'Hoogstens 120 tekens.'),
	region: z.string().trim().min(2, 'Vul de gemeente of regio in.').max(120, 'Hoogstens 120 tekens.'),
	description: z.string().trim().max(2000, 'Hoogstens 2000 tekens.').default('')
});

export const partnershipSchema = partnershipFields;
export type PartnershipInput = z.infer<typeof partnershipSchema>;

export const createPartnershipSchema = z.intersection(partnershipFields, memberProfileSchema);
export type CreatePartnershipInput = z.infer<typeof createPartnershipSchema>;

export const INVITE_EXPIRY_DAYS = [1, 7, 14, 30] as const;

export const invitationSchema = z.object({
	role: z.enum(ROLES, 'Kies een rol.'),
	expiresInDays: z.coerce
		.number()
		.refine((n) => (INVITE_EXPIRY_DAYS as readonly number[]).includes(n), 'Kies hoe lang de link geldig blijft.'),
	use: z.enum(['single', 'multiple'], 'Kies of de link één keer of meerdere keren mag dienen.')
});
export type InvitationInput = z.infer<typeof invitationSchema>;

export const changeRoleSchema = z.object({
	membershipId: z.uuid('Onbekend lid.'),
	role: z.enum(ROLES, 'Kies een rol.')
});

export const membershipIdSchema = z.object({ membershipId: z.uuid('Onbekend lid.') });
export const invitationIdSchema = z.object({ invitationId: z.uuid('Onbekende uitnodiging.') });

/** The members list: one role or all, and part of a name or organisation; anything unknown means all. */
export const memberFilterSchema = z.object({
	rol: z.enum(ROLES).or(z.literal('')).catch(''),
	zoek: z.string().trim().max(80).catch('')
});
export type MemberFilter = z.infer<typeof memberFilterSchema>;
