import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { COVENANT_TEXT_FIELDS, covenantSchema } from '$lib/domain/covenants/covenant.schema';
import { createCovenant } from '$lib/domain/covenants/covenant.server';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:write');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'worksheet:write');
		const form = await event.request.formData();
		const parsed = parseForm(covenantSchema, form);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const anyway = savesAnyway(form);
		const guard = anyway
			? null
			: checkPersonalData(Object.fromEntries(COVENANT_TEXT_FIELDS.map((f) => [f, parsed.data[f]])));
		if (guard) return fail(422, { values: parsed.data, errors: {}, guard });
		const { id } = await createCovenant(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			input: parsed.data,
			savedAnyway: anyway
		});
		await discardDraft(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			formKey: draftKey.newCovenant()
		});
		redirect(303, `/s/${ctx.partnership.id}/convenanten/${id}`);
	}
};
