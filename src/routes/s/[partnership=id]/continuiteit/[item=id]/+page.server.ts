import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { readVersion } from '$lib/fields';
import { notFound, forbidden } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';
import {
	deleteContinuityItem,
	getContinuityItem,
	mayDeleteItem,
	updateContinuityItem
} from '$lib/domain/continuity/continuity.server';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { listRecordContributors, listRecordVersions } from '$lib/domain/worksheets/record-history.server';
import { continuityCandidates, readContinuityForm } from '$lib/server/continuity-form';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:read');
	const partnershipId = ctx.partnership.id;
	const item = await requireRecord(getContinuityItem(getDb(), { partnershipId, itemId: event.params.item }));
	const ref = { continuityItemId: item.id };
	const [versions, contributors, candidates] = await Promise.all([
		listRecordVersions(getDb(), { partnershipId, ref }),
		listRecordContributors(getDb(), { partnershipId, ref }),
		continuityCandidates(partnershipId)
	]);
	return {
		item,
		versions,
		contributors,
		candidates,
		mayDelete: mayDeleteItem(item, { userId: ctx.user.id, role: ctx.role })
	};
};

async function writeContext(event: RequestEvent<{ partnership: string; item: string }>) {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:write');
	const item = await requireRecord(
		getContinuityItem(getDb(), { partnershipId: ctx.partnership.id, itemId: event.params.item })
	);
	return { ctx, item, form: await event.request.formData() };
}

export const actions: Actions = {
	save: async (event) => {
		const { ctx, item, form } = await writeContext(event);
		const read = readContinuityForm(form, 'item');
		if (!read.ok) return read.failure;
		const owner = { partnershipId: ctx.partnership.id, userId: ctx.user.id };
		const result = await updateContinuityItem(getDb(), {
			...owner,
			itemId: item.id,
			version: readVersion(form),
			input: read.input
		});
		if (result.ok) {
			await discardDraft(getDb(), { ...owner, formKey: draftKey.continuityItem(item.id) });
			return { part: 'item', saved: true };
		}
		switch (result.reason) {
			case 'not-eligible':
				return fail(400, { part: 'item', values: read.values, errors: { holderId: m.cty_err_not_eligible() } });
			case 'conflict':
				return fail(409, { part: 'item', values: read.values, errors: {}, conflict: result.current });
			case 'not-found':
				notFound();
		}
	},
	delete: async (event) => {
		const { ctx, item } = await writeContext(event);
		const result = await deleteContinuityItem(getDb(), {
			partnershipId: ctx.partnership.id,
			itemId: item.id,
			userId: ctx.user.id,
			role: ctx.role
		});
		if (!result.ok)
			if (result.reason === 'forbidden') forbidden();
			else notFound();
		redirect(303, `/s/${ctx.partnership.id}/continuiteit?verwijderd`);
	}
};
