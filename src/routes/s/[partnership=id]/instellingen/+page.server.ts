import { fail } from '@sveltejs/kit';
import { parseForm, type FieldErrors } from '$lib/forms';
import { partnershipSettingsSchema } from '$lib/domain/auth/second-factor.schema';
import { hasSecondFactor, setSecondFactorRule } from '$lib/domain/auth/second-factor.server';
import { updatePartnership } from '$lib/domain/partnerships/partnership.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'partnership:update');
	return {
		requireSecondFactor: ctx.partnership.requireSecondFactor,
		ownSecondFactor: await hasSecondFactor(getDb(), ctx.user.id)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'partnership:update');
		const parsed = parseForm(partnershipSettingsSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { requireSecondFactor, ...details } = parsed.data;
		const db = getDb();
		const rule = await setSecondFactorRule(db, {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			required: requireSecondFactor
		});
		if (!rule.ok)
			return fail(400, {
				values: { ...details, requireSecondFactor: 'on' },
				errors: <FieldErrors>{ requireSecondFactor: m.second_factor_rule_own_missing() }
			});
		await updatePartnership(db, { partnershipId: ctx.partnership.id, input: details });
		return { saved: true };
	}
};
