import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { handoverErrors, handoverSchema } from '$lib/domain/partnerships/handover.schema';
import { getHandoverPage, leaveWithHandover } from '$lib/domain/partnerships/handover.server';
import { getDb } from '$lib/server/db/client';
import { notFound } from '$lib/http-errors';
import { requirePartnership, requireRecord } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

// Every member may leave: being a member is the permission (no role check). What they hold goes
// to the successor they name (ADR 0019).
export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	const page = await requireRecord(
		getHandoverPage(getDb(), { partnershipId: ctx.partnership.id, membershipId: ctx.membership.id })
	);
	return { page };
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		const form = await event.request.formData();
		const parsed = parseForm(handoverSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await leaveWithHandover(getDb(), {
			partnershipId: ctx.partnership.id,
			membershipId: ctx.membership.id,
			actorId: ctx.user.id,
			successors: parsed.data
		});
		if (result.ok) redirect(303, '/s?vertrokken=1');
		if (result.reason === 'not-found') notFound();
		const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
		return fail(result.reason === 'bad-successor' ? 400 : 409, {
			errors: handoverErrors(result, { self: true }),
			values
		});
	}
};
