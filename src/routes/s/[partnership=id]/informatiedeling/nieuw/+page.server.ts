import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { sharingAgreementSchema } from '$lib/domain/sharing/sharing.schema';
import { createSharingAgreement, listPartnershipOrganisations } from '$lib/domain/sharing/sharing.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages.js';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'sharing:write');
	return { organisations: await listPartnershipOrganisations(getDb(), { partnershipId: ctx.partnership.id }) };
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'sharing:write');
		const form = await event.request.formData();
		const parsed = parseForm(sharingAgreementSchema, form, ['parties']);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const created = await createSharingAgreement(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			input: parsed.data
		});
		if (!created.ok)
			return fail(400, {
				values: parsed.data,
				errors: { parties: m.err_sharing_parties_not_here() }
			});
		redirect(303, `/s/${ctx.partnership.id}/informatiedeling/${created.id}?nieuw`);
	}
};
