import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { handoverErrors, handoverSchema } from '$lib/domain/partnerships/handover.schema';
import { getHandoverPage, leaveWithHandover } from '$lib/domain/partnerships/handover.server';
import { getDb } from '$lib/server/db/client';
import { notFound } from '$lib/http-errors';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'member:manage');
	const page = await requireRecord(
		getHandoverPage(getDb(), { partnershipId: ctx.partnership.id, membershipId: event.params.member })
	);
	return { page };
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'member:manage');
		const form = await event.request.formData();
		const parsed = parseForm(handoverSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await leaveWithHandover(getDb(), {
			partnershipId: ctx.partnership.id,
			membershipId: event.params.member,
			actorId: ctx.user.id,
			successors: parsed.data
		});
		if (result.ok) redirect(303, `/s/${ctx.partnership.id}/leden?verwijderd=1`);
		if (result.reason === 'not-found') notFound();
		const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
		return fail(result.reason === 'bad-successor' ? 400 : 409, {
			errors: handoverErrors(result, { self: event.params.member === ctx.membership.id }),
			values
		});
	}
};
