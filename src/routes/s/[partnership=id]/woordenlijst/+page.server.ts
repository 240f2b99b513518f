import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { pageParam } from '$lib/pagination';
import { adoptStarterSchema, glossaryFilterSchema, glossaryTermSchema } from '$lib/domain/glossary/glossary.schema';
import { adoptStarterTerm, createTerm, listAdoptableStarters, listTerms } from '$lib/domain/glossary/glossary.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:read');
	const filter = glossaryFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	const page = pageParam.parse(event.url.searchParams.get('pagina'));
	const partnershipId = ctx.partnership.id;
	const [terms, starters] = await Promise.all([
		listTerms(getDb(), { partnershipId, filter, page }),
		listAdoptableStarters(getDb(), { partnershipId })
	]);
	return {
		terms,
		filter,
		starters: starters.map((e) => ({ slug: e.slug, term: e.term, plainWords: e.plainWords }))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'worksheet:write');
		const parsed = parseForm(glossaryTermSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await createTerm(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			input: parsed.data
		});
		if (!result.ok)
			return fail(409, {
				values: parsed.data,
				errors: { term: m.gls_err_duplicate() },
				duplicate: result.existing
			});
		redirect(303, `/s/${ctx.partnership.id}/woordenlijst/${result.id}?nieuw`);
	},
	adopt: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'worksheet:write');
		const parsed = parseForm(adoptStarterSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { adoptError: m.gls_err_starter() });
		const result = await adoptStarterTerm(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			slug: parsed.data.slug
		});
		if (result.ok) redirect(303, `/s/${ctx.partnership.id}/woordenlijst/${result.id}?overgenomen`);
		if (result.reason === 'duplicate')
			return fail(409, { adoptError: m.gls_err_duplicate(), duplicate: result.existing });
		return fail(400, { adoptError: m.gls_err_starter() });
	}
};
