import { readVersion } from '$lib/fields';
import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { roleCardArrays, roleCardDraftSchema, roleCardSchema } from '$lib/domain/role-cards/role-card.schema';
import {
	discardRoleCardDraft,
	getRoleCard,
	saveRoleCard,
	saveRoleCardDraft
} from '$lib/domain/role-cards/role-card.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'rolecard:write-own');
	const card = await getRoleCard(getDb(), { partnershipId: ctx.partnership.id, userId: ctx.user.id });
	return {
		// A draft is newer work than the saved card: it is what the form shows.
		values: card?.draft ?? card?.answers ?? {},
		draftSavedAt: card?.draft ? card.draftSavedAt : null,
		savedAt: card?.savedAt ?? null,
		version: card?.version ?? 0
	};
};

export const actions: Actions = {
	save: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'rolecard:write-own');
		const form = await event.request.formData();
		const version = readVersion(form);
		const parsed = parseForm(roleCardSchema, form, roleCardArrays);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors, version });
		const result = await saveRoleCard(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			answers: parsed.data,
			version
		});
		if (!result.ok)
			return fail(409, {
				values: parsed.data,
				errors: {},
				conflict: result.current.answers ?? {},
				version: result.current.version
			});
		return { saved: true, version: result.card.version };
	},
	draft: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'rolecard:write-own');
		const parsed = parseForm(roleCardDraftSchema, await event.request.formData(), roleCardArrays);
		// A draft that is too long is simply not kept; the save button reports the problem.
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors, draft: true });
		const at = await saveRoleCardDraft(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			draft: parsed.data
		});
		return { draftSavedAt: at.toISOString() };
	},
	discard: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'rolecard:write-own');
		await discardRoleCardDraft(getDb(), { partnershipId: ctx.partnership.id, userId: ctx.user.id });
		return { discarded: true };
	}
};
