import { can, PERMISSIONS, type Permission } from '$lib/domain/permissions/permissions';
import { requirePartnership } from '$lib/server/partnership-context';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	// The UI asks the same can() the server enforces.
	const permissions = Object.fromEntries(PERMISSIONS.map((p) => [p, can(ctx.role, p)])) as Record<Permission, boolean>;
	return {
		partnership: {
			id: ctx.partnership.id,
			name: ctx.partnership.name,
			region: ctx.partnership.region,
			description: ctx.partnership.description
		},
		role: ctx.role,
		me: { userId: ctx.user.id, membershipId: ctx.membership.id },
		permissions
	};
};
