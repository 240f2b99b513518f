import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { TASK_TEXT_FIELDS, recurringTaskSchema } from '$lib/domain/recurring-tasks/recurring-task.schema';
import { createRecurringTask } from '$lib/domain/recurring-tasks/recurring-task.server';
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
		const parsed = parseForm(recurringTaskSchema, form);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const guard = savesAnyway(form)
			? null
			: checkPersonalData(Object.fromEntries(TASK_TEXT_FIELDS.map((f) => [f, parsed.data[f]])));
		if (guard) return fail(422, { values: parsed.data, errors: {}, guard });
		const { id } = await createRecurringTask(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			input: parsed.data
		});
		await discardDraft(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			formKey: draftKey.newTask()
		});
		redirect(303, `/s/${ctx.partnership.id}/taken/${id}?nieuw`);
	}
};
