import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { memberProfileSchema } from '$lib/domain/partnerships/partnership.schema';
import { acceptInvitation, getInvitationByToken } from '$lib/domain/partnerships/invitation.server';
import { getMembership } from '$lib/domain/partnerships/partnership.server';
import { getDb } from '$lib/server/db/client';
import { requireUser } from '$lib/server/auth-guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const found = await getInvitationByToken(getDb(), params.token);
	if (!found) return { status: 'unknown' as const };
	if (locals.user && (await getMembership(getDb(), { partnershipId: found.partnership.id, userId: locals.user.id })))
		redirect(303, `/s/${found.partnership.id}`);
	// The partnership's name only shows while the link works.
	if (found.status !== 'valid') return { status: found.status };
	return {
		status: 'valid' as const,
		partnership: { name: found.partnership.name, region: found.partnership.region },
		role: found.invitation.role,
		loggedIn: Boolean(locals.user),
		emailConfirmed: locals.user?.emailConfirmed ?? false
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(memberProfileSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await acceptInvitation(getDb(), {
			token: event.params.token,
			userId: user.id,
			profile: parsed.data
		});
		if (!result.ok)
			return fail(result.status === 'unconfirmed' ? 403 : 410, {
				values: parsed.data,
				errors: { form: result.status === 'unconfirmed' ? 'unconfirmed' : 'invalid' }
			});
		// A newcomer starts with the onboarding pack.
		redirect(303, `/s/${result.partnershipId}/welkom?nieuw`);
	}
};
