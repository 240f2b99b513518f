import { readVersion } from '$lib/fields';
import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { LOOK_BACK_TEXT_FIELDS, lookBackSchema, pilotSchema } from '$lib/domain/pilots/pilot.schema';
import { deletePilot, getPilot, lookBack, mayDeletePilot, updatePilot } from '$lib/domain/pilots/pilot.server';
import { listRecordContributors, listRecordVersions } from '$lib/domain/worksheets/record-history.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { pilotOwners, typedValues } from '$lib/server/pilot-owners';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import { forbidden, notFound } from '$lib/http-errors';
import { can } from '$lib/domain/permissions/permissions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { m } from '$lib/paraglide/messages.js';

const find = (partnershipId: string, pilotId: string) => requireRecord(getPilot(getDb(), { partnershipId, pilotId }));

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:read');
	const found = await find(ctx.partnership.id, event.params.pilot);
	const scope = { partnershipId: ctx.partnership.id, ref: { pilotId: found.pilot.id } };
	const [versions, contributors, owners] = await Promise.all([
		listRecordVersions(getDb(), scope),
		listRecordContributors(getDb(), scope),
		can(ctx.role, 'worksheet:write') ? pilotOwners(ctx.partnership.id) : Promise.resolve([])
	]);
	// Someone who can no longer own a pilot (now an observer) still shows as its owner in the form.
	if (owners.length && !owners.some((o) => o.userId === found.pilot.ownerId))
		owners.unshift({ userId: found.pilot.ownerId, name: found.ownerName, organisationName: '' });
	return {
		found,
		versions,
		contributors,
		owners,
		mayDelete: mayDeletePilot(found.pilot, { userId: ctx.user.id, role: ctx.role })
	};
};

async function writeContext(event: RequestEvent) {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:write');
	const found = await find(ctx.partnership.id, event.params.pilot);
	return { ctx, pilot: found.pilot, form: await event.request.formData() };
}

export const actions: Actions = {
	save: async (event) => {
		const { ctx, pilot, form } = await writeContext(event);
		const parsed = parseForm(pilotSchema, form);
		if (!parsed.ok) return fail(400, { edit: true, values: parsed.values, errors: parsed.errors });
		const result = await updatePilot(getDb(), {
			partnershipId: ctx.partnership.id,
			pilotId: pilot.id,
			userId: ctx.user.id,
			version: readVersion(form),
			input: parsed.data
		});
		if (result.ok) return { edit: true, saved: true };
		if (result.reason === 'conflict')
			return fail(409, { edit: true, values: typedValues(form), errors: {}, conflict: result.current });
		if (result.reason === 'owner-not-member')
			return fail(400, { edit: true, values: typedValues(form), errors: { ownerId: m.pil_err_owner_not_member() } });
		notFound();
	},
	lookBack: async (event) => {
		const { ctx, pilot, form } = await writeContext(event);
		const parsed = parseForm(lookBackSchema, form);
		if (!parsed.ok) return fail(400, { lookBack: true, values: parsed.values, errors: parsed.errors });
		const anyway = savesAnyway(form);
		const guard = anyway
			? null
			: checkPersonalData(Object.fromEntries(LOOK_BACK_TEXT_FIELDS.map((f) => [f, parsed.data[f]])));
		if (guard) return fail(422, { lookBack: true, values: typedValues(form), errors: {}, guard });
		const result = await lookBack(getDb(), {
			partnershipId: ctx.partnership.id,
			pilotId: pilot.id,
			userId: ctx.user.id,
			version: readVersion(form),
			input: parsed.data,
			savedAnyway: anyway
		});
		if (result.ok) {
			await discardDraft(getDb(), {
				partnershipId: ctx.partnership.id,
				userId: ctx.user.id,
				formKey: draftKey.pilotLookBack(pilot.id)
			});
			return { lookBack: true, saved: true };
		}
		if (result.reason === 'conflict')
			return fail(409, { lookBack: true, values: typedValues(form), errors: {}, conflict: result.current });
		if (result.reason === 'already-looked-back')
			return fail(409, { lookBack: true, values: typedValues(form), errors: { form: m.pil_err_already() } });
		notFound();
	},
	delete: async (event) => {
		const { ctx, pilot } = await writeContext(event);
		const result = await deletePilot(getDb(), {
			partnershipId: ctx.partnership.id,
			pilotId: pilot.id,
			userId: ctx.user.id,
			role: ctx.role
		});
		if (!result.ok)
			if (result.reason === 'forbidden') forbidden();
			else notFound();
		redirect(303, `/s/${ctx.partnership.id}/pilots?verwijderd`);
	}
};
