import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import {
	invitationIdSchema,
	invitationSchema,
	madeLinksSchema,
	mailInvitationSchema
} from '$lib/domain/partnerships/partnership.schema';
import {
	createInvitation,
	invitationPath,
	listInvitations,
	listMadeLinks,
	mailInvitations,
	revokeInvitation
} from '$lib/domain/partnerships/invitation.server';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import { getDb } from '$lib/server/db/client';
import { log } from '$lib/server/log';
import { sendMail, siteOrigin } from '$lib/server/mail';
import { requirePartnership, requirePermission, type PartnershipContext } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'member:invite');
	const invitations = await listInvitations(getDb(), ctx.partnership.id);
	return {
		invitations: invitations.map((i) => ({
			id: i.id,
			role: i.role,
			singleUse: i.singleUse,
			useCount: i.useCount,
			expiresAt: i.expiresAt,
			createdAt: i.createdAt,
			status: i.status,
			email: i.email
		}))
	};
};

/**
 * The links made earlier in this visit (the form posts their tokens back), with the new one first:
 * the page keeps showing every link, with and without JavaScript.
 */
async function madeLinks(event: RequestEvent, ctx: PartnershipContext, form: FormData, newToken?: string) {
	const posted = madeLinksSchema.parse({ made: form.getAll('made').filter((v) => typeof v === 'string') }).made;
	const tokens = newToken ? [newToken, ...posted.filter((t) => t !== newToken)] : posted;
	const links = await listMadeLinks(getDb(), { partnershipId: ctx.partnership.id, createdBy: ctx.user.id, tokens });
	return links.map((l) => ({ ...l, link: new URL(invitationPath(l.token), event.url.origin).href }));
}

/** What the form keeps selected after a link or a mail: the same choices for the next partner. */
const choices = (values: { role: string; expiresInDays: number; use?: string }) => ({
	role: values.role,
	expiresInDays: String(values.expiresInDays),
	use: values.use ?? 'single'
});

export const actions: Actions = {
	// One form, two buttons: "Link maken" (send=link, also the default) and "Uitnodiging mailen" (send=mail).
	create: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'member:invite');
		const form = await event.request.formData();
		if (form.get('send') === 'mail') {
			const parsed = parseForm(mailInvitationSchema, form);
			if (!parsed.ok)
				return fail(400, { values: parsed.values, errors: parsed.errors, made: await madeLinks(event, ctx, form) });
			const result = await mailInvitations(getDb(), {
				partnershipId: ctx.partnership.id,
				createdBy: ctx.user.id,
				input: parsed.data,
				mail: { origin: siteOrigin(), send: sendMail, locale: getLocale() }
			});
			const made = await madeLinks(event, ctx, form);
			const values = {
				...choices({ ...parsed.data, use: form.get('use') === 'multiple' ? 'multiple' : 'single' }),
				emails: ''
			};
			if (!result.ok) {
				const errors =
					result.reason === 'rate-limited'
						? { emails: m.inv2_err_emails_rate({ max: result.max }) }
						: {
								emails: [
									result.open.length ? m.inv2_err_emails_open({ emails: result.open.join(', ') }) : '',
									result.members.length ? m.inv2_err_emails_member({ emails: result.members.join(', ') }) : ''
								]
									.filter(Boolean)
									.join(' ')
							};
				return fail(result.reason === 'rate-limited' ? 429 : 409, {
					values: { ...values, emails: String(form.get('emails') ?? '') },
					errors,
					made
				});
			}
			// Without the address: the log keeps no personal data.
			for (const { error } of result.failed)
				log.error({ err: error, mail: { kind: 'invitation' } }, 'Invitation mail failed; its link was revoked');
			const failed = result.failed.map((f) => f.email);
			return { mailed: result.sent, failed, made, values: { ...values, emails: failed.join('\n') } };
		}
		const parsed = parseForm(invitationSchema, form);
		if (!parsed.ok)
			return fail(400, { values: parsed.values, errors: parsed.errors, made: await madeLinks(event, ctx, form) });
		const { token } = await createInvitation(getDb(), {
			partnershipId: ctx.partnership.id,
			createdBy: ctx.user.id,
			input: parsed.data
		});
		return {
			created: true,
			made: await madeLinks(event, ctx, form, token),
			values: { ...choices(parsed.data), emails: String(form.get('emails') ?? '') }
		};
	},
	revoke: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'member:invite');
		const form = await event.request.formData();
		const parsed = parseForm(invitationIdSchema, form);
		if (
			!parsed.ok ||
			!(await revokeInvitation(getDb(), { partnershipId: ctx.partnership.id, invitationId: parsed.data.invitationId }))
		)
			return fail(404, { errors: { form: 'not-found' }, made: await madeLinks(event, ctx, form) });
		return { revoked: true, made: await madeLinks(event, ctx, form) };
	}
};
