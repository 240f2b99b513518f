import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { ORGANISATION_ARRAYS, organisationSchema } from '$lib/domain/organisations/organisation.schema';
import { createOrganisation, listMembersWithOrganisation } from '$lib/domain/organisations/organisation.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages.js';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'network:write');
	return { members: await listMembersWithOrganisation(getDb(), { partnershipId: ctx.partnership.id }) };
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'network:write');
		const parsed = parseForm(organisationSchema, await event.request.formData(), ORGANISATION_ARRAYS);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const created = await createOrganisation(getDb(), { partnershipId: ctx.partnership.id, input: parsed.data });
		if (!created.ok && created.reason === 'member-not-found')
			return fail(400, {
				values: parsed.data as Record<string, unknown>,
				errors: { members: m.err_member_not_found() }
			});
		if (!created.ok)
			return fail(409, {
				values: parsed.data as Record<string, unknown>,
				errors: { name: m.err_organisation_name_taken() }
			});
		redirect(303, `/s/${ctx.partnership.id}/organisaties/${created.id}?nieuw`);
	}
};
