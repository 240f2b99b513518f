import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { parseForm } from '$lib/forms';
import { pageParam } from '$lib/pagination';
import { organisationFilterSchema, suggestionSchema } from '$lib/domain/organisations/organisation.schema';
import {
	addSuggestedOrganisation,
	linkMembersByName,
	pageOfOrganisations,
	listOrganisationSuggestions
} from '$lib/domain/organisations/organisation.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages.js';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'network:read');
	const filter = organisationFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	const page = pageParam.parse(event.url.searchParams.get('pagina'));
	const db = getDb();
	const [organisations, suggestions] = await Promise.all([
		pageOfOrganisations(db, { partnershipId: ctx.partnership.id, filter, page }),
		listOrganisationSuggestions(db, { partnershipId: ctx.partnership.id })
	]);
	return { organisations, suggestions, filter, deleted: event.url.searchParams.has('verwijderd') };
};

export const actions: Actions = {
	/** One click: adds an organisation a member named, and links the members who named it. */
	addSuggestion: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'network:write');
		const parsed = parseForm(suggestionSchema, await event.request.formData());
		if (!parsed.ok)
			return fail(400, { suggestionError: parsed.errors.organisationName ?? m.err_organisation_unknown() });
		const result = await addSuggestedOrganisation(getDb(), {
			partnershipId: ctx.partnership.id,
			organisationName: parsed.data.organisationName
		});
		if (!result.ok)
			return fail(409, {
				suggestionError: result.reason === 'name-taken' ? m.err_suggestion_already_listed() : m.err_suggestion_gone()
			});
		redirect(303, `/s/${ctx.partnership.id}/organisaties/${result.id}?nieuw=voorstel`);
	},
	/** Links the members who named an organisation of the directory to it. */
	linkSuggestion: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'network:write');
		const parsed = parseForm(
			z.object({ organisationId: z.uuid(m.err_organisation_unknown()) }),
			await event.request.formData()
		);
		if (!parsed.ok) return fail(400, { suggestionError: m.err_organisation_unknown() });
		const linked = await linkMembersByName(getDb(), {
			partnershipId: ctx.partnership.id,
			organisationId: parsed.data.organisationId
		});
		return { linked };
	}
};
