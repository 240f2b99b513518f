import { todayInBelgium } from '$lib/dates';
import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { can } from '$lib/domain/permissions/permissions';
import { defaultRoundValues, openRoundSchema } from '$lib/domain/scan/scan.schema';
import { listScanRounds, openScanRound } from '$lib/domain/scan/scan.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages.js';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'scan:read');
	const rounds = await listScanRounds(getDb(), { partnershipId: ctx.partnership.id, userId: ctx.user.id });
	return {
		rounds,
		defaults: can(ctx.role, 'scan:manage') ? defaultRoundValues() : null
	};
};

export const actions: Actions = {
	open: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'scan:manage');
		const parsed = parseForm(openRoundSchema(todayInBelgium()), await event.request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await openScanRound(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			input: parsed.data
		});
		if (!result.ok)
			return fail(409, {
				values: parsed.data,
				errors: { form: m.err_round_already_open() }
			});
		redirect(303, `/s/${ctx.partnership.id}/scan/${result.id}?geopend`);
	}
};
