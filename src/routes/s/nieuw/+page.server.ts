import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { createPartnershipSchema } from '$lib/domain/partnerships/partnership.schema';
import { createPartnership } from '$lib/domain/partnerships/partnership.server';
import { getDb } from '$lib/server/db/client';
import { requireUser } from '$lib/server/auth-guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireUser(event);
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(createPartnershipSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const partnership = await createPartnership(getDb(), { userId: user.id, input: parsed.data });
		redirect(303, `/s/${partnership.id}`);
	}
};
