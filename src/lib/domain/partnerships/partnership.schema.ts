import { z } from 'zod';
import { ROLES } from '$lib/domain/permissions/permissions';

import { MEMBER_FUNCTIONS, ORGANISATION_TYPES } from './enums';
import { m } from '$lib/paraglide/messages.js';

export { MEMBER_FUNCTIONS, ORGANISATION_TYPES, type MemberFunction, type OrganisationType } from './enums';

/** Who I am in this partnership: asked when creating or joining one. */
export const memberProfileSchema = z
	.object({
		organisationName: z
			.string()
			.trim()
			.min(2, { error: () => m.err_member_organisation() })
			.max(120, { error: () => m.err_field_max({ max: 120 }) }),
		organisationType: z.enum(ORGANISATION_TYPES, { error: () => m.err_organisation_type() }),
		organisationTypeOther: z
			.string()
			.trim()
			.max(80, { error: () => m.err_field_max({ max: 80 }) })
			.optional(),
		function: z.enum(MEMBER_FUNCTIONS, { error: () => m.err_member_function() }),
		functionOther: z
			.string()
			.trim()
			.max(80, { error: () => m.err_field_max({ max: 80 }) })
			.optional()
	})
	.superRefine((v, ctx) => {
		if (v.organisationType === 'other' && !v.organisationTypeOther)
			ctx.addIssue({
				code: 'custom',
				path: ['organisationTypeOther'],
				message: m.err_member_organisation_other()
			});
		if (v.function === 'other' && !v.functionOther)
			ctx.addIssue({ code: 'custom', path: ['functionOther'], message: m.err_member_function_other() });
	});
export type MemberProfile = z.infer<typeof memberProfileSchema>;

const partnershipFields = z.object({
	name: z
		.string()
		.trim()
		.min(3, { error: () => m.err_partnership_name() })
		.max(120, { error: () => m.err_field_max({ max: 120 }) }),
	region: z
		.string()
		.trim()
		.min(2, { error: () => m.err_partnership_region() })
		.max(120, { error: () => m.err_field_max({ max: 120 }) }),
	description: z
		.string()
		.trim()
		.max(2000, { error: () => m.err_field_max({ max: 2000 }) })
		.default('')
});

export const partnershipSchema = partnershipFields;
export type PartnershipInput = z.infer<typeof partnershipSchema>;

export const createPartnershipSchema = z.intersection(partnershipFields, memberProfileSchema);
export type CreatePartnershipInput = z.infer<typeof createPartnershipSchema>;

export const INVITE_EXPIRY_DAYS = [1, 7, 14, 30] as const;

export const invitationSchema = z.object({
	role: z.enum(ROLES, { error: () => m.err_role_choose() }),
	expiresInDays: z.coerce
		.number()
		.refine((n) => (INVITE_EXPIRY_DAYS as readonly number[]).includes(n), { error: () => m.err_invite_expiry() }),
	use: z.enum(['single', 'multiple'], { error: () => m.err_invite_use() })
});
export type InvitationInput = z.infer<typeof invitationSchema>;

/** At most this many addresses in one submit: a coordinator invites a team, not a mailing list. */
export const MAX_INVITE_EMAILS = 20;

/** One or more addresses, separated by line breaks, commas, semicolons or spaces; lower case, each once. */
const inviteEmails = z.string().transform((text, ctx) => {
	const list = [
		...new Set(
			text
				.split(/[\s,;]+/)
				.filter(Boolean)
				.map((e) => e.toLowerCase())
		)
	];
	const bad = list.filter((e) => e.length > 254 || !z.email().safeParse(e).success);
	if (list.length === 0) ctx.addIssue({ code: 'custom', message: m.inv2_err_emails_empty() });
	else if (bad.length > 0) ctx.addIssue({ code: 'custom', message: m.inv2_err_emails_bad({ emails: bad.join(', ') }) });
	else if (list.length > MAX_INVITE_EMAILS)
		ctx.addIssue({ code: 'custom', message: m.inv2_err_emails_many({ max: MAX_INVITE_EMAILS }) });
	return list;
});

/** Invitations by mail: each address gets its own link that works once. */
export const mailInvitationSchema = invitationSchema.omit({ use: true }).extend({ emails: inviteEmails });
export type MailInvitationInput = z.infer<typeof mailInvitationSchema>;

/** The links made earlier in this visit, posted back by the form so the page keeps showing them. */
export const madeLinksSchema = z.object({
	made: z
		.array(z.string())
		.catch([])
		.transform((tokens) => tokens.filter((t) => /^[A-Za-z0-9_-]{43}$/.test(t)).slice(0, 50))
});

export const changeRoleSchema = z.object({
	membershipId: z.uuid({ error: () => m.err_member_unknown() }),
	role: z.enum(ROLES, { error: () => m.err_role_choose() })
});

export const membershipIdSchema = z.object({ membershipId: z.uuid({ error: () => m.err_member_unknown() }) });
export const invitationIdSchema = z.object({ invitationId: z.uuid({ error: () => m.err_invitation_unknown() }) });

/** The members list: one role or all, and part of a name or organisation; anything unknown means all. */
export const memberFilterSchema = z.object({
	rol: z.enum(ROLES).or(z.literal('')).catch(''),
	zoek: z.string().trim().max(80).catch('')
});
export type MemberFilter = z.infer<typeof memberFilterSchema>;
