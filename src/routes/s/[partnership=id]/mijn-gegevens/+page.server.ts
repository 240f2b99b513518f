import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { canOn } from '$lib/domain/permissions/permissions';
import { memberProfileSchema } from '$lib/domain/partnerships/partnership.schema';
import { updateMemberProfile } from '$lib/domain/partnerships/member-profile.server';
import { getDb } from '$lib/server/db/client';
import { forbidden, notFound } from '$lib/http-errors';
import { requirePartnership, type PartnershipContext } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

// "My details in this partnership": the member's own organisation and function, and the way out.
function requireOwnProfile(ctx: PartnershipContext) {
	if (!canOn(ctx.role, 'member:profile', { ownerId: ctx.membership.userId, userId: ctx.user.id })) forbidden();
}

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requireOwnProfile(ctx);
	const { organisationName, organisationType, organisationTypeOther, function: fn, functionOther } = ctx.membership;
	return {
		profile: {
			organisationName,
			organisationType,
			organisationTypeOther: organisationTypeOther ?? '',
			function: fn,
			functionOther: functionOther ?? ''
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requireOwnProfile(ctx);
		const parsed = parseForm(memberProfileSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await updateMemberProfile(getDb(), {
			partnershipId: ctx.partnership.id,
			membershipId: ctx.membership.id,
			profile: parsed.data
		});
		if (!result.ok) notFound();
		return { saved: true };
	}
};
