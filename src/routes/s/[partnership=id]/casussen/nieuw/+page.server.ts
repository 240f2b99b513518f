import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { newCaseSchema } from '$lib/domain/cases/case.schema';
import { createCase } from '$lib/domain/cases/case.server';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { getDb } from '$lib/server/db/client';
import { mayHold } from '$lib/domain/permissions/permissions';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages.js';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'case:write');
	const members = await listMembers(getDb(), ctx.partnership.id);
	return {
		members: members
			.filter((mb) => mayHold(mb.role, 'case:partner'))
			.map((mb) => ({ membershipId: mb.membershipId, name: mb.name, organisationName: mb.organisationName }))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'case:write');
		const form = await event.request.formData();
		const parsed = parseForm(newCaseSchema, form, ['partners']);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const anyway = savesAnyway(form);
		const guard = anyway ? null : checkPersonalData({ code: parsed.data.code, situation: parsed.data.situation });
		if (guard) return fail(422, { values: parsed.data, errors: {}, guard });
		const created = await createCase(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			input: parsed.data,
			savedAnyway: anyway
		});
		if (!created.ok && created.reason === 'not-eligible')
			return fail(400, { values: parsed.data, errors: { partners: m.err_case_partners() } });
		if (!created.ok)
			return fail(409, {
				values: parsed.data,
				errors: { code: m.err_case_code_taken_here() }
			});
		redirect(303, `/s/${ctx.partnership.id}/casussen/${created.id}${anyway ? '?opgeslagen=ondanks' : ''}`);
	}
};
