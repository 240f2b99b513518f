import { readVersion } from '$lib/fields';
import { todayInBelgium } from '$lib/dates';
import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { goalSchema } from '$lib/domain/goals/goal.schema';
import { getGoal, listGoalVersions, saveGoal } from '$lib/domain/goals/goal.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { listAgreementsFrom } from '$lib/domain/agreements/agreement.server';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { can, mayHold } from '$lib/domain/permissions/permissions';
import { getDb } from '$lib/server/db/client';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { addAgreementAction } from '$lib/server/agreement-action';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';
import { notFound } from '$lib/http-errors';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'partnership:read');
	const db = getDb();
	const scope = { partnershipId: ctx.partnership.id };
	const [goal, versions, members] = await Promise.all([
		getGoal(db, scope),
		listGoalVersions(db, scope),
		listMembers(db, ctx.partnership.id)
	]);
	// Agreements to reach the goal: for who may read agreements (observers see their number only).
	const agreements = goal ? await listAgreementsFrom(db, { ...scope, userId: ctx.user.id, goalId: goal.id }) : [];
	return {
		goal,
		versions,
		today: todayInBelgium(),
		agreements: can(ctx.role, 'agreement:read') ? agreements : null,
		agreementCount: agreements.length,
		owners: members
			.filter((mb) => mayHold(mb.role, 'agreement:owner'))
			.map((mb) => ({ userId: mb.userId, name: mb.name, organisationName: mb.organisationName }))
	};
};

export const actions: Actions = {
	save: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'goal:write');
		const form = await event.request.formData();
		const parsed = parseForm(goalSchema, form);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { why, specific, measurable, active, realistic, involved } = parsed.data;
		// Free text may describe a child or a family: the guard looks first, unless the user chose "save anyway".
		const guard = savesAnyway(form)
			? null
			: checkPersonalData({ why, specific, measurable, active, realistic, involved });
		if (guard) return fail(422, { values: Object.fromEntries(form), errors: {}, guard });
		const result = await saveGoal(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			input: parsed.data,
			version: readVersion(form),
			savedAnyway: savesAnyway(form)
		});
		if (!result.ok) return fail(409, { values: Object.fromEntries(form), errors: {}, conflict: result.current });
		await discardDraft(getDb(), { partnershipId: ctx.partnership.id, userId: ctx.user.id, formKey: draftKey.goal() });
		return { saved: true };
	},
	addAgreement: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'agreement:write');
		const goal = await getGoal(getDb(), { partnershipId: ctx.partnership.id });
		if (!goal) notFound();
		return addAgreementAction(await event.request.formData(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			ref: { goalId: goal.id }
		});
	}
};
