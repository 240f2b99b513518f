import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { pageParam } from '$lib/pagination';
import { changeRoleSchema, memberFilterSchema } from '$lib/domain/partnerships/partnership.schema';
import { changeMemberRole, pageOfMembers, type MemberChangeResult } from '$lib/domain/partnerships/partnership.server';
import { roleCardStatus } from '$lib/domain/role-cards/role-card';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'member:read');
	const filter = memberFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	const page = pageParam.parse(event.url.searchParams.get('pagina'));
	const { members, counts } = await pageOfMembers(getDb(), { partnershipId: ctx.partnership.id, filter, page });
	return {
		members: {
			...members,
			rows: members.rows.map(({ roleCardSavedAt, roleCardDraftSavedAt, ...mb }) => ({
				...mb,
				cardStatus: roleCardStatus({ savedAt: roleCardSavedAt, draftSavedAt: roleCardDraftSavedAt })
			}))
		},
		counts,
		filter
	};
};

function outcome(result: MemberChangeResult, membershipId: string, done: 'role') {
	if (result.ok) return { done, membershipId };
	if (result.reason === 'last-coordinator') return fail(409, { membershipId, errors: { form: 'last-coordinator' } });
	return fail(404, { membershipId, errors: { form: 'not-found' } });
}

export const actions: Actions = {
	role: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'member:manage');
		const parsed = parseForm(changeRoleSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { membershipId: String(parsed.values.membershipId ?? ''), errors: parsed.errors });
		const { membershipId, role } = parsed.data;
		return outcome(
			await changeMemberRole(getDb(), { partnershipId: ctx.partnership.id, membershipId, role }),
			membershipId,
			'role'
		);
	}
};
