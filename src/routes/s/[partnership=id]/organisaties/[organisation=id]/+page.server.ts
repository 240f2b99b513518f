import { readVersion } from '$lib/fields';
import { fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/permissions/permissions';
import { parseForm } from '$lib/forms';
import { ORGANISATION_ARRAYS, organisationSchema } from '$lib/domain/organisations/organisation.schema';
import {
	deleteOrganisation,
	getOrganisation,
	listMembersWithOrganisation,
	updateOrganisation
} from '$lib/domain/organisations/organisation.server';
import { listMandates } from '$lib/domain/organisations/mandate.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages.js';
import { notFound } from '$lib/http-errors';

async function find(partnershipId: string, organisationId: string) {
	const found = await getOrganisation(getDb(), { partnershipId, organisationId });
	if (!found) notFound();
	return found;
}

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'network:read');
	const organisation = await find(ctx.partnership.id, event.params.organisation);
	const db = getDb();
	const [members, mandates] = await Promise.all([
		can(ctx.role, 'network:write') ? listMembersWithOrganisation(db, { partnershipId: ctx.partnership.id }) : [],
		listMandates(db, { partnershipId: ctx.partnership.id })
	]);
	return {
		organisation,
		members,
		mandates: mandates.filter((md) => md.organisationId === organisation.id),
		added: event.url.searchParams.get('nieuw')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'network:write');
		const organisation = await find(ctx.partnership.id, event.params.organisation);
		const form = await event.request.formData();
		const parsed = parseForm(organisationSchema, form, ORGANISATION_ARRAYS);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const values = parsed.data as Record<string, unknown>;
		const result = await updateOrganisation(getDb(), {
			partnershipId: ctx.partnership.id,
			organisationId: organisation.id,
			version: readVersion(form),
			input: parsed.data
		});
		if (result.ok) return { saved: true };
		if (result.reason === 'conflict')
			return fail(409, { values, errors: {} as Record<string, string>, conflict: result.current });
		if (result.reason === 'name-taken')
			return fail(409, { values, errors: { name: m.err_organisation_name_taken() } as Record<string, string> });
		if (result.reason === 'member-not-found')
			return fail(400, { values, errors: { members: m.err_member_not_found() } as Record<string, string> });
		notFound();
	},
	delete: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'network:write');
		const organisation = await find(ctx.partnership.id, event.params.organisation);
		if (!(await deleteOrganisation(getDb(), { partnershipId: ctx.partnership.id, organisationId: organisation.id })))
			notFound();
		redirect(303, `/s/${ctx.partnership.id}/organisaties?verwijderd`);
	}
};
