import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { pilotSchema } from '$lib/domain/pilots/pilot.schema';
import { createPilot } from '$lib/domain/pilots/pilot.server';
import { pilotOwners, typedValues } from '$lib/server/pilot-owners';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import { mayHold } from '$lib/domain/permissions/permissions';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages.js';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:write');
	return {
		owners: await pilotOwners(ctx.partnership.id),
		defaultOwner: mayHold(ctx.role, 'pilot:owner') ? ctx.user.id : ''
	};
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'worksheet:write');
		const form = await event.request.formData();
		const parsed = parseForm(pilotSchema, form);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await createPilot(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			input: parsed.data
		});
		if (!result.ok)
			return fail(400, {
				values: typedValues(form),
				errors: { ownerId: m.pil_err_owner_not_member() }
			});
		redirect(303, `/s/${ctx.partnership.id}/pilots/${result.id}?nieuw`);
	}
};
