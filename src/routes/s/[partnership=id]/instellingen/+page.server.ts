import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { partnershipSchema } from '$lib/domain/partnerships/partnership.schema';
import { updatePartnership } from '$lib/domain/partnerships/partnership.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requirePermission(await requirePartnership(event), 'partnership:update');
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'partnership:update');
		const parsed = parseForm(partnershipSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		await updatePartnership(getDb(), { partnershipId: ctx.partnership.id, input: parsed.data });
		return { saved: true };
	}
};
