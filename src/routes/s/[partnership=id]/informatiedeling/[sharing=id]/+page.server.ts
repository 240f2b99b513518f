import { readVersion } from '$lib/fields';
import { fail } from '@sveltejs/kit';
import { can } from '$lib/domain/permissions/permissions';
import { parseForm } from '$lib/forms';
import { sharingAgreementSchema } from '$lib/domain/sharing/sharing.schema';
import {
	getSharingAgreement,
	listPartnershipOrganisations,
	updateSharingAgreement
} from '$lib/domain/sharing/sharing.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';
import { notFound } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';

async function find(partnershipId: string, sharingId: string) {
	return requireRecord(getSharingAgreement(getDb(), { partnershipId, sharingId }));
}

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'sharing:read');
	const agreement = await find(ctx.partnership.id, event.params.sharing);
	const organisations = can(ctx.role, 'sharing:write')
		? await listPartnershipOrganisations(getDb(), { partnershipId: ctx.partnership.id })
		: [];
	return { agreement, organisations, justCreated: event.url.searchParams.has('nieuw') };
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'sharing:write');
		const agreement = await find(ctx.partnership.id, event.params.sharing);
		const form = await event.request.formData();
		const parsed = parseForm(sharingAgreementSchema, form, ['parties']);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await updateSharingAgreement(getDb(), {
			partnershipId: ctx.partnership.id,
			sharingId: agreement.id,
			version: readVersion(form),
			input: parsed.data
		});
		if (result.ok) return { saved: true };
		if (result.reason === 'conflict') return fail(409, { values: parsed.data, errors: {}, conflict: result.current });
		if (result.reason === 'unknown-organisation')
			return fail(400, {
				values: parsed.data,
				errors: { parties: m.err_sharing_parties_not_here() }
			});
		notFound();
	}
};
