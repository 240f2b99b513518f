import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { LEARNING_TEXT_FIELDS, learningEntrySchema } from '$lib/domain/learning/learning.schema';
import { createLearningEntry } from '$lib/domain/learning/learning.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'learning:write');
	const kind = event.url.searchParams.get('soort');
	return { kind: kind === 'success' || kind === 'bottleneck' ? kind : '' };
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'learning:write');
		const form = await event.request.formData();
		const parsed = parseForm(learningEntrySchema, form, ['blocks']);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const anyway = savesAnyway(form);
		const guard = anyway
			? null
			: checkPersonalData(Object.fromEntries(LEARNING_TEXT_FIELDS.map((f) => [f, parsed.data[f]])));
		if (guard) return fail(422, { values: parsed.data, errors: {}, guard });
		const { id } = await createLearningEntry(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			input: parsed.data,
			savedAnyway: anyway
		});
		redirect(303, `/s/${ctx.partnership.id}/leerlogboek/${id}${anyway ? '?opgeslagen=ondanks' : ''}`);
	}
};
