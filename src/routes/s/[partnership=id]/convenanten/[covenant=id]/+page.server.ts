import { fail, redirect } from '@sveltejs/kit';
import { readVersion } from '$lib/fields';
import { parseForm } from '$lib/forms';
import {
	COMMITMENT_TEXT_FIELDS,
	COVENANT_TEXT_FIELDS,
	commitmentRefSchema,
	commitmentSchema,
	covenantSchema
} from '$lib/domain/covenants/covenant.schema';
import {
	addCommitment,
	deleteCovenant,
	getCovenant,
	mayDeleteCovenant,
	removeCommitment,
	updateCommitment,
	updateCovenant,
	type CovenantSave
} from '$lib/domain/covenants/covenant.server';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { listRecordContributors, listRecordVersions } from '$lib/domain/worksheets/record-history.server';
import { todayInBelgium } from '$lib/dates';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import { forbidden, notFound } from '$lib/http-errors';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function find(partnershipId: string, covenantId: string) {
	return requireRecord(getCovenant(getDb(), { partnershipId, covenantId }));
}

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:read');
	const scope = { partnershipId: ctx.partnership.id };
	const found = await find(scope.partnershipId, event.params.covenant);
	const ref = { covenantId: found.covenant.id };
	const [versions, contributors] = await Promise.all([
		listRecordVersions(getDb(), { ...scope, ref }),
		listRecordContributors(getDb(), { ...scope, ref })
	]);
	return {
		found,
		versions,
		contributors,
		today: todayInBelgium(),
		mayDelete: mayDeleteCovenant(found.covenant, { userId: ctx.user.id, role: ctx.role })
	};
};

/** A member who writes worksheets, on a covenant of this partnership. */
async function writeContext(event: RequestEvent) {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:write');
	const { covenant } = await find(ctx.partnership.id, event.params.covenant);
	const form = await event.request.formData();
	return {
		ctx,
		covenant,
		form,
		scope: { partnershipId: ctx.partnership.id, covenantId: covenant.id, userId: ctx.user.id }
	};
}

/** The commitment a form names; an id that is not one is the same 404 as another partnership's. */
function commitmentIdOf(form: FormData): string {
	const parsed = commitmentRefSchema.safeParse({ commitmentId: form.get('commitmentId') ?? '' });
	if (!parsed.success) notFound();
	return parsed.data.commitmentId;
}

/** The answer to a saved commitment or plan: done, a conflict that shows both versions, or a 404. */
function answer(result: CovenantSave, target: string, values: Record<string, unknown>, done: Record<string, unknown>) {
	if (result.ok) return { target, ...done };
	if (result.reason === 'conflict') return fail(409, { target, values, errors: {}, conflict: result.current });
	// The plan itself is still there (writeContext found it): the commitment was removed meanwhile.
	if (target !== 'save' && target !== 'add') return fail(404, { target: 'gone' });
	notFound();
}

export const actions: Actions = {
	save: async (event) => {
		const { ctx, form, scope } = await writeContext(event);
		const parsed = parseForm(covenantSchema, form);
		if (!parsed.ok) return fail(400, { target: 'save', values: parsed.values, errors: parsed.errors });
		const anyway = savesAnyway(form);
		const guard = anyway
			? null
			: checkPersonalData(Object.fromEntries(COVENANT_TEXT_FIELDS.map((f) => [f, parsed.data[f]])));
		if (guard) return fail(422, { target: 'save', values: parsed.data, errors: {}, guard });
		const result = await updateCovenant(getDb(), {
			...scope,
			version: readVersion(form),
			input: parsed.data,
			savedAnyway: anyway
		});
		if (result.ok)
			await discardDraft(getDb(), {
				partnershipId: ctx.partnership.id,
				userId: ctx.user.id,
				formKey: draftKey.covenant(scope.covenantId)
			});
		return answer(result, 'save', parsed.data, { saved: true });
	},
	add: async (event) => {
		const { form, scope } = await writeContext(event);
		const parsed = parseForm(commitmentSchema, form);
		if (!parsed.ok) return fail(400, { target: 'add', values: parsed.values, errors: parsed.errors });
		const anyway = savesAnyway(form);
		const guard = anyway
			? null
			: checkPersonalData(Object.fromEntries(COMMITMENT_TEXT_FIELDS.map((f) => [f, parsed.data[f]])));
		if (guard) return fail(422, { target: 'add', values: parsed.data, errors: {}, guard });
		const result = await addCommitment(getDb(), {
			...scope,
			version: readVersion(form),
			input: parsed.data,
			savedAnyway: anyway
		});
		return answer(result, 'add', parsed.data, { added: true });
	},
	edit: async (event) => {
		const { form, scope } = await writeContext(event);
		const commitmentId = commitmentIdOf(form);
		const parsed = parseForm(commitmentSchema, form);
		if (!parsed.ok) return fail(400, { target: commitmentId, values: parsed.values, errors: parsed.errors });
		const anyway = savesAnyway(form);
		const guard = anyway
			? null
			: checkPersonalData(Object.fromEntries(COMMITMENT_TEXT_FIELDS.map((f) => [f, parsed.data[f]])));
		if (guard) return fail(422, { target: commitmentId, values: parsed.data, errors: {}, guard });
		const result = await updateCommitment(getDb(), {
			...scope,
			commitmentId,
			version: readVersion(form),
			input: parsed.data,
			savedAnyway: anyway
		});
		return answer(result, commitmentId, parsed.data, { saved: true });
	},
	remove: async (event) => {
		const { form, scope } = await writeContext(event);
		const commitmentId = commitmentIdOf(form);
		const result = await removeCommitment(getDb(), { ...scope, commitmentId, version: readVersion(form) });
		return answer(result, commitmentId, {}, { removed: true });
	},
	delete: async (event) => {
		const { ctx, scope } = await writeContext(event);
		const result = await deleteCovenant(getDb(), { ...scope, role: ctx.role });
		if (!result.ok)
			if (result.reason === 'forbidden') forbidden();
			else notFound();
		redirect(303, `/s/${ctx.partnership.id}/convenanten?verwijderd`);
	}
};
