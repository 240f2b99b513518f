import { fail } from '@sveltejs/kit';
import { parseForm, type FieldErrors } from '$lib/forms';
import { partnershipSettingsSchema } from '$lib/domain/auth/second-factor.schema';
import { hasSecondFactor, setSecondFactorRule } from '$lib/domain/auth/second-factor.server';
import { updatePartnership } from '$lib/domain/partnerships/partnership.server';
import { caseRetentionSchema } from '$lib/domain/cases/retention.schema';
import { setCaseRetention } from '$lib/domain/cases/retention.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'partnership:update');
	return {
		requireSecondFactor: ctx.partnership.requireSecondFactor,
		caseRetentionMonths: ctx.partnership.caseRetentionMonths,
		ownSecondFactor: await hasSecondFactor(getDb(), ctx.user.id)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'partnership:update');
		const form = await event.request.formData();
		const parsed = parseForm(partnershipSettingsSchema, form);
		// The retention section has its own schema (ADR 0021); both sets of errors show at once.
		const retention = parseForm(caseRetentionSchema, form);
		if (!parsed.ok || !retention.ok) {
			const values = !parsed.ok ? parsed.values : !retention.ok ? retention.values : {};
			const errors = { ...(parsed.ok ? {} : parsed.errors), ...(retention.ok ? {} : retention.errors) };
			return fail(400, { values, errors });
		}
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
		await setCaseRetention(db, {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			months: retention.data.caseRetentionMonths
		});
		return { saved: true };
	}
};
