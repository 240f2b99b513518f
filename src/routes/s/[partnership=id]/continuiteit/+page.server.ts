import { fail, redirect } from '@sveltejs/kit';
import { pageParam } from '$lib/pagination';
import { m } from '$lib/paraglide/messages.js';
import { continuityFilterSchema } from '$lib/domain/continuity/continuity.schema';
import { createContinuityItem, listContinuityItems } from '$lib/domain/continuity/continuity.server';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { continuityCandidates, readContinuityForm } from '$lib/server/continuity-form';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:read');
	const filter = continuityFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	const page = pageParam.parse(event.url.searchParams.get('pagina'));
	const [{ items, counts }, candidates] = await Promise.all([
		listContinuityItems(getDb(), { partnershipId: ctx.partnership.id, userId: ctx.user.id, filter, page }),
		continuityCandidates(ctx.partnership.id)
	]);
	return { items, counts, filter, candidates };
};

export const actions: Actions = {
	add: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'worksheet:write');
		const read = readContinuityForm(await event.request.formData(), 'add');
		if (!read.ok) return read.failure;
		const owner = { partnershipId: ctx.partnership.id, userId: ctx.user.id };
		const result = await createContinuityItem(getDb(), { ...owner, input: read.input });
		if (!result.ok)
			return fail(400, { part: 'add', values: read.values, errors: { holderId: m.cty_err_not_eligible() } });
		await discardDraft(getDb(), { ...owner, formKey: draftKey.newContinuityItem() });
		redirect(303, `/s/${ctx.partnership.id}/continuiteit?toegevoegd`);
	}
};
