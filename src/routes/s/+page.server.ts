import { listPartnershipsForUser } from '$lib/domain/partnerships/partnership.server';
import { getDb } from '$lib/server/db/client';
import { requireUser } from '$lib/server/auth-guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { partnerships: await listPartnershipsForUser(getDb(), user.id), emailConfirmed: user.emailConfirmed };
};
