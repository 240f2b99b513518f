import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { invitationIdSchema, invitationSchema } from '$lib/domain/partnerships/partnership.schema';
import { createInvitation, listInvitations, revokeInvitation } from '$lib/domain/partnerships/invitation.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

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
			status: i.status
		}))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'member:invite');
		const parsed = parseForm(invitationSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { token } = await createInvitation(getDb(), {
			partnershipId: ctx.partnership.id,
			createdBy: ctx.user.id,
			input: parsed.data
		});
		return { link: new URL(`/uitnodiging/${token}`, event.url.origin).href };
	},
	revoke: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'member:invite');
		const parsed = parseForm(invitationIdSchema, await event.request.formData());
		if (
			!parsed.ok ||
			!(await revokeInvitation(getDb(), { partnershipId: ctx.partnership.id, invitationId: parsed.data.invitationId }))
		)
			return fail(404, { errors: { form: 'not-found' } });
		return { revoked: true };
	}
};
