import { readVersion } from '$lib/fields';
import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { mandateIdSchema, mandateSchema } from '$lib/domain/organisations/organisation.schema';
import {
	createMandate,
	deleteMandate,
	listMandates,
	listRoleCardMandates,
	updateMandate
} from '$lib/domain/organisations/mandate.server';
import { listOrganisations } from '$lib/domain/organisations/organisation.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';
import { notFound } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';

/** What the user typed, to show again. */
const typed = (form: FormData) =>
	Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'network:read');
	const db = getDb();
	const partnershipId = ctx.partnership.id;
	const [mandates, organisations, roleCards] = await Promise.all([
		listMandates(db, { partnershipId }),
		listOrganisations(db, { partnershipId }),
		listRoleCardMandates(db, { partnershipId })
	]);
	return { mandates, organisations: organisations.map((o) => ({ id: o.id, name: o.name })), roleCards };
};

export const actions: Actions = {
	create: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'network:write');
		const form = await event.request.formData();
		const parsed = parseForm(mandateSchema, form);
		if (!parsed.ok) return fail(400, { action: 'create', values: parsed.values, errors: parsed.errors });
		const result = await createMandate(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			input: parsed.data
		});
		if (!result.ok)
			return fail(400, {
				action: 'create',
				values: typed(form),
				errors: { organisationId: m.err_mandate_organisation_gone() }
			});
		return { action: 'create', created: true };
	},
	update: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'network:write');
		const form = await event.request.formData();
		const id = parseForm(mandateIdSchema, form);
		if (!id.ok) notFound();
		const mandateId = id.data.mandateId;
		const parsed = parseForm(mandateSchema, form);
		if (!parsed.ok) return fail(400, { action: 'update', mandateId, values: parsed.values, errors: parsed.errors });
		const values = typed(form);
		const result = await updateMandate(getDb(), {
			partnershipId: ctx.partnership.id,
			mandateId,
			userId: ctx.user.id,
			version: readVersion(form),
			input: parsed.data
		});
		if (result.ok) return { action: 'update', mandateId, saved: true };
		if (result.reason === 'conflict')
			return fail(409, { action: 'update', mandateId, values, errors: {}, conflict: result.current });
		if (result.reason === 'organisation-not-found')
			return fail(400, {
				action: 'update',
				mandateId,
				values,
				errors: { organisationId: m.err_mandate_organisation_gone() }
			});
		notFound();
	},
	delete: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'network:write');
		const id = parseForm(mandateIdSchema, await event.request.formData());
		if (!id.ok || !(await deleteMandate(getDb(), { partnershipId: ctx.partnership.id, mandateId: id.data.mandateId })))
			notFound();
		return { action: 'delete', deleted: true };
	}
};
